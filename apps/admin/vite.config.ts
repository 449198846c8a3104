import { resolve } from 'node:path';
import { defineConfig } from 'vite';

/**
 * Two pages: the editor (index.html) and the preview frame it embeds (preview.html). Relative asset
 * paths let `dist/` run from any static server and any sub-path.
 */
export default defineConfig({
  base: './',
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      input: { index: resolve(import.meta.dirname, 'index.html'), preview: resolve(import.meta.dirname, 'preview.html') },
    },
  },
});
