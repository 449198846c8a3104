// Generates custom-elements.json from the classes' JSDoc: the API that Storybook's docs,
// editors and framework wrappers read.
export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/examples/**', 'src/shared/define-element.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
};
