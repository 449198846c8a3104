// Runs before `pnpm pack` and `pnpm publish` (each package's `prepack`): a package folder without its
// build, or with part of it, would otherwise be published with files its package.json points at missing.
import { existsSync, readFileSync } from 'node:fs';
import { entryPoints } from './package-entry-points.js';

const packageJson = JSON.parse(readFileSync('package.json', 'utf8'));
const missing = entryPoints(packageJson).filter((path) => !existsSync(path));
if (missing.length > 0) {
  console.error(`${packageJson.name}: ${missing.join(', ')} missing. Run \`pnpm build\` before packing or publishing.`);
  process.exit(1);
}
