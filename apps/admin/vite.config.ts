import { resolve } from 'node:path';
import { themeNames } from '@muenchen-digital/tokens';
import { defineConfig, type Plugin } from 'vite';
import { themeStylesheets } from '../../tooling/theme-stylesheets.js';
import { offeredThemes } from './offered-themes-plugin.js';
import { appContentSecurityPolicy } from './src/security/content-security-policy.js';

/**
 * The app's Content Security Policy as a `<meta>` in every built page, right after the charset.
 * Build only: Vite's dev server injects inline scripts and styles (client, HMR) that the policy
 * would block.
 */
function contentSecurityPolicy(policy: string): Plugin {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}" />`;
  return {
    name: 'mdk-content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const charset = /<meta charset="utf-8"\s*\/?>/i;
        if (!charset.test(html)) throw new Error('Content-Security-Policy: the page needs <meta charset="utf-8"> to put the policy after');
        return html.replace(charset, (tag) => `${tag}\n    ${meta}`);
      },
    },
  };
}

/**
 * Two pages: the editor (index.html) and the preview frame it embeds (preview.html). Relative asset
 * paths let `dist/` run from any static server and any sub-path. `mpa`: the dev server answers a
 * missing file with 404, as a static server does, not with index.html (the app asks for an optional
 * start-document.json).
 */
export default defineConfig({
  appType: 'mpa',
  base: './',
  plugins: [contentSecurityPolicy(appContentSecurityPolicy), themeStylesheets(themeNames), offeredThemes()],
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      input: { index: resolve(import.meta.dirname, 'index.html'), preview: resolve(import.meta.dirname, 'preview.html') },
    },
  },
});
