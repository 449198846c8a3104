import { defineConfig } from 'vite';
import packageJson from './package.json' with { type: 'json' };
import { minifyTemplates } from './template-minifier.js';

/**
 * One entry per public subpath, read from package.json's `exports` so the two never disagree:
 * `import '@muenchen-digital/components/kpi-tile.js'` registers just that element.
 */
const entries = Object.fromEntries(
  Object.keys(packageJson.exports)
    .map((subpath) => /^\.\/([\w-]+)\.js$/.exec(subpath)?.[1] ?? (subpath === '.' ? 'index' : undefined))
    .filter((name): name is string => name !== undefined)
    .map((name) => [name, `src/${name}.ts`]),
);

// `vite build` makes the production build (dist/), without development warnings;
// `vite build --mode development` makes dist/development/, with them, for the `development` condition.
export default defineConfig(({ mode }) => {
  const development = mode === 'development';
  return {
    define: { __MDK_DEV__: JSON.stringify(development) },
    plugins: [minifyTemplates()],
    build: {
      outDir: development ? 'dist/development' : 'dist',
      emptyOutDir: !development,
      minify: false,
      sourcemap: true,
      target: 'es2022',
      lib: { entry: entries, formats: ['es'] },
      rolldownOptions: {
        // Lit stays an import (a dependency, not bundled in): the page's bundler keeps one copy for all.
        external: [/^lit(\/.*)?$/, /^@lit\//],
        output: {
          // One file per module keeps the sideEffects list exact and lets bundlers drop unused parts.
          preserveModules: true,
          preserveModulesRoot: 'src',
          entryFileNames: '[name].js',
        },
      },
    },
  };
});
