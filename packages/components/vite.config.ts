import { defineConfig } from 'vite';
import { minifyTemplates } from './template-minifier.js';

/** One entry per public subpath: `import '@muenchen-digital/components/kpi-tile.js'` registers just that. */
const entries = {
  index: 'src/index.ts',
  'kpi-tile': 'src/kpi-tile.ts',
  'kpi-group': 'src/kpi-group.ts',
  'source-list': 'src/source-list.ts',
};

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
