// The built CSS files are what a page links: check them as files, not the values behind them.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { themeNames, tokenValues } from './generated/token-values.js';

const distDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const cssOf = (theme: string) => readFileSync(join(distDir, `${theme}.css`), 'utf8');
const declaredIn = (css: string, selector: string) => {
  const start = css.indexOf(`${selector} {`);
  const body = css.slice(start, css.indexOf('}', start));
  return new Set([...body.matchAll(/(--mdk-[\w-]+):/g)].map((match) => match[1]));
};
const colourProperties = (theme: (typeof themeNames)[number]) =>
  Object.keys(tokenValues[theme].light)
    .filter((path) => path.startsWith('color.'))
    .map((path) => `--mdk-${path.replaceAll('.', '-')}`);

describe.each(themeNames)('theme file %s.css', (theme) => {
  const css = cssOf(theme);

  it('declares its fonts at document level, self-hosted', () => {
    expect(css).toMatch(/@font-face\s*{[^}]*url\(\.\/fonts\/[\w-]+\.woff2\)/);
    expect(css).not.toMatch(/https?:\/\//);
  });

  it('switches modes by media query and by data-mdk-mode', () => {
    expect(css).toContain('@media screen and (prefers-color-scheme: dark)');
    expect(css).toContain('@media (prefers-contrast: more)');
    for (const mode of ['light', 'dark', 'high-contrast']) expect(css).toContain(`[data-mdk-mode="${mode}"]`);
  });

  it('repeats every colour in each forced mode, so a mode forced inside another inherits none of it', () => {
    for (const selector of ['[data-mdk-mode="dark"]', '[data-mdk-mode="high-contrast"]']) {
      const declared = declaredIn(css, selector);
      for (const property of colourProperties(theme)) expect(declared, `${selector} ${property}`).toContain(property);
    }
  });
});
