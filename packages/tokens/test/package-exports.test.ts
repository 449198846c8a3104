// What a consumer's bundler or Node reaches through the package's name (the exports map).
import { readdir } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { themeNames } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
// The package resolving its own name, as a consumer's does.
const { resolve } = createRequire(join(root, 'package.json'));

describe('the exports map', () => {
  it('reaches every DTCG source file in tokens/, which the README points tools to', async () => {
    const sources = (await readdir(join(root, 'tokens'), { recursive: true })).filter((path) => path.endsWith('.json'));
    expect(sources.length).toBeGreaterThan(3);
    for (const source of sources) {
      const path = relative(root, join(root, 'tokens', source)).split('\\').join('/');
      expect(resolve(`@muenchen-digital/tokens/${path}`)).toBe(join(root, path));
    }
  });

  it('reaches each theme stylesheet and the built tokens by their documented names', () => {
    expect(themeNames).toContain('musterstadt');
    for (const theme of themeNames) expect(resolve(`@muenchen-digital/tokens/${theme}.css`)).toBe(join(root, 'dist', `${theme}.css`));
    expect(resolve('@muenchen-digital/tokens/tokens.json')).toBe(join(root, 'dist', 'tokens.json'));
  });
});
