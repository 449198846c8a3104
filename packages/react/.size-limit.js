// Size budgets (gzip) of the wrappers themselves: React, Lit and the kit's elements are left out
// (the kit budgets its elements in packages/components). Bundled as ES modules, as a page's bundler
// sees the package.
const ignore = ['react', 'lit', '@muenchen-digital/components'];
const esm = (config) => ({ ...config, format: 'esm' });

export default [
  { name: 'kpi-tile wrapper', path: 'dist/kpi-tile.js', import: '{ MdkKpiTile }', ignore, gzip: true, limit: '1 kB', modifyEsbuildConfig: esm },
  { name: 'every wrapper', path: 'dist/index.js', ignore, gzip: true, limit: '2 kB', modifyEsbuildConfig: esm },
];
