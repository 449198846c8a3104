import { describe, expect, it } from 'vitest';
import { fontFamilyOf, licenceUrlOf } from './font-licences.js';

describe('fontFamilyOf', () => {
  it('finds the family of every subset fontsource ships, so its licence travels with it', () => {
    for (const subset of ['latin', 'latin-ext', 'cyrillic-ext', 'greek', 'vietnamese', 'hebrew', 'math', 'symbols']) {
      expect(fontFamilyOf(`open-sans-${subset}-400-normal-Bk63H6sG.woff2`), subset).toBe('open-sans');
    }
    expect(licenceUrlOf(fontFamilyOf('roboto-condensed-latin-700-normal.woff2'))).toBeDefined();
  });

  it('takes the longest family a name begins with', () => {
    expect(fontFamilyOf('source-sans-3-latin-400-normal.woff2', ['source-sans', 'source-sans-3'])).toBe('source-sans-3');
  });

  it("finds the family of a city's own font, which the tokens build names <family>-<weight>-<style>", () => {
    expect(fontFamilyOf('stadt-sans-700-italic-Bk63H6sG.woff2', ['stadt-sans', 'source-sans-3'])).toBe('stadt-sans');
  });

  it('names a file of no licensed family by its name up to the subset', () => {
    expect(fontFamilyOf('stadt-sans-latin-400-normal.woff2', ['open-sans'])).toBe('stadt-sans');
    expect(fontFamilyOf('stadt-sans-cyrillic-ext-400-normal.woff2', ['open-sans'])).toBe('stadt-sans');
  });
});
