// The files a package.json sends its users to, shared by the tarball test (package-tarball.ts) and
// the check before packing (refuse-unbuilt-pack.js). Plain JavaScript, so Node runs it as it is.
import { posix } from 'node:path';

/** Every file package.json points at: main, types, customElements, web-types and each export target. */
export function entryPoints(packageJson) {
  const targets = (value) =>
    typeof value === 'string' ? [value] : value && typeof value === 'object' ? Object.values(value).flatMap(targets) : [];
  return ['main', 'module', 'types', 'typings', 'customElements', 'web-types', 'exports']
    .flatMap((field) => targets(packageJson[field]))
    .filter((target) => !target.includes('*'))
    .map((target) => posix.normalize(target));
}
