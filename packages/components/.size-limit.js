// Size budgets (gzip, Lit left out) live in size-budgets.json. Bundled as ES modules — as a page's
// bundler sees the kit — so the measure holds the kit's code and not esbuild's `require` shim for
// the external Lit that its default (IIFE) output would add.
import { readFileSync } from 'node:fs';

const budgets = JSON.parse(readFileSync(new URL('./size-budgets.json', import.meta.url), 'utf8'));

export default budgets.map((budget) => ({
  ...budget,
  modifyEsbuildConfig: (config) => ({ ...config, format: 'esm' }),
}));
