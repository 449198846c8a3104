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

/** CSS's generic families: the reader's own fonts, which need no `@font-face` (a theme on system fonts alone). */
const genericFamilies = new Set(['serif', 'sans-serif', 'monospace', 'cursive', 'fantasy', 'system-ui', 'ui-serif', 'ui-sans-serif', 'ui-monospace', 'ui-rounded', 'math', 'emoji', 'fangsong']);

/**
 * The font families a theme's tokens put first (`font.family.*`, every mode) that no `@font-face` in
 * its CSS declares: a typo there ("Lora Serif") builds and passes everything else, and the page
 * silently shows the fallback. A generic family first (`system-ui`) is the theme's choice of the
 * reader's own fonts.
 */
function familiesWithoutFace(css: string, values: Record<string, Record<string, string | number>>): string[] {
  const declared = new Set([...css.matchAll(/@font-face\s*{[^}]*?font-family:\s*['"]?([^;'"]+)/g)].map((match) => match[1]!.trim()));
  const firstFamilies = Object.values(values).flatMap((mode) =>
    Object.entries(mode)
      .filter(([path]) => path.startsWith('font.family.'))
      .map(([path, value]) => [path, String(value).split(',')[0]!.trim().replace(/^['"]|['"]$/g, '')] as const),
  );
  return [...new Set(firstFamilies.filter(([, family]) => !declared.has(family) && !genericFamilies.has(family)).map(([path, family]) => `${path}: "${family}" has no @font-face`))];
}

describe('a font family without its face', () => {
  it('is found: the check bites on a misspelt family', () => {
    const css = "@font-face { font-family: 'Lora'; src: url(./fonts/lora-latin-400-normal.woff2) format('woff2'); }";
    expect(familiesWithoutFace(css, { light: { 'font.family.body': "'Lora Serif', Georgia, serif" } })).toEqual([
      'font.family.body: "Lora Serif" has no @font-face',
    ]);
    expect(familiesWithoutFace(css, { light: { 'font.family.body': "'Lora', Georgia, serif" } })).toEqual([]);
  });

  it('is not asked of a generic family: a theme may choose the reader\'s own fonts', () => {
    expect(familiesWithoutFace('', { light: { 'font.family.body': 'system-ui, sans-serif' } })).toEqual([]);
    // A named system font is no generic family: it may be missing on the reader's machine.
    expect(familiesWithoutFace('', { light: { 'font.family.body': 'Arial, sans-serif' } })).toEqual(['font.family.body: "Arial" has no @font-face']);
  });
});

describe.each(themeNames)('theme file %s.css', (theme) => {
  const css = cssOf(theme);

  it('declares a font face for the first family of every font token, in every mode', () => {
    expect(familiesWithoutFace(css, tokenValues[theme])).toEqual([]);
  });

  it('declares its fonts at document level, self-hosted', () => {
    // Every face from the theme's own copy in fonts/ (a theme on the reader's own fonts has none),
    // but the fallback faces, which are the reader's own Arial.
    const faces = css.match(/@font-face\s*{[^}]*}/g) ?? [];
    for (const face of faces.filter((face) => !/font-family: '[^']+ Fallback'/.test(face))) expect(face).toMatch(/url\(\.\/fonts\/[\w-]+\.woff2\)/);
    expect(css).not.toMatch(/https?:\/\//);
  });

  it("gives each of its fonts a fallback face that takes the font's room, named right after it", () => {
    // Every family with a face of its own (a theme on the reader's own fonts has none).
    const families = [...new Set([...css.matchAll(/@font-face\s*{\s*font-family:\s*'([^']+)';[^}]*url\(/g)].map((match) => match[1]!))];
    for (const family of families) {
      const fallback = new RegExp(`@font-face {\\s*font-family: '${family} Fallback';\\s*src: local\\('Arial'\\), local\\('ArialMT'\\), local\\('Liberation Sans'\\), local\\('LiberationSans'\\);[^}]*size-adjust: [\\d.]+%;\\s*}`);
      expect(css, family).toMatch(fallback);
    }
    for (const [, value] of css.matchAll(/--mdk-font-family-[\w-]+: ([^;]+);/g)) {
      const first = value!.split(',')[0]!.trim().replace(/^'|'$/g, '');
      if (families.includes(first)) expect(value!.split(',')[1]!.trim(), value).toBe(`'${first} Fallback'`);
    }
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
