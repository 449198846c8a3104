// Generates custom-elements.json from the classes' JSDoc: the API that Storybook's docs,
// editors and framework wrappers read.

/** Points the manifest at the files the package ships: `src/x.ts` becomes `dist/x.js`. */
function shippedPaths() {
  const toShipped = (path) => path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');
  return {
    name: 'shipped-paths',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        module.path = toShipped(module.path);
        for (const entry of module.exports ?? []) {
          if (entry.declaration?.module) entry.declaration.module = toShipped(entry.declaration.module);
        }
      }
    },
  };
}

/** Keeps the manifest to the public API: private (#), protected and internal members are not for users. */
function publicMembersOnly() {
  return {
    name: 'public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (!declaration.members) continue;
          declaration.members = declaration.members.filter(
            (member) => !member.name.startsWith('#') && member.privacy !== 'private' && member.privacy !== 'protected',
          );
        }
      }
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/examples/**', 'src/shared/define-element.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  plugins: [publicMembersOnly(), shippedPaths()],
};
