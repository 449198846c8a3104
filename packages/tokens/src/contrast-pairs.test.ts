import { describe, expect, it } from 'vitest';
import { contrastRatio } from './contrast.js';
import { contrastPairs, findContrastFailures, minimumContrast, type ContrastPair } from './contrast-pairs.js';
import { themeNames, tokenValues } from './generated/token-values.js';
import { themeModes } from './themes.js';

const cases = themeNames.flatMap((theme) =>
  themeModes.flatMap((mode) => contrastPairs.map((pair) => ({ theme, mode, pair }))),
);

describe('every declared colour pair meets its minimum contrast', () => {
  it.each(cases)('$theme $mode: $pair.foreground on $pair.background ($pair.use)', ({ theme, mode, pair }) => {
    const values = tokenValues[theme][mode];
    const foreground = values[pair.foreground];
    const background = values[pair.background];
    expect(foreground, `${pair.foreground} is defined`).toMatch(/^#[0-9a-f]{6}$/i);
    expect(background, `${pair.background} is defined`).toMatch(/^#[0-9a-f]{6}$/i);
    const ratio = contrastRatio(foreground as string, background as string);
    expect(ratio).toBeGreaterThanOrEqual(minimumContrast(pair.use, mode));
  });

  it(`checks ${cases.length} pair × theme × mode combinations and finds no failure`, () => {
    expect(cases.length).toBe(contrastPairs.length * themeNames.length * themeModes.length);
    expect(findContrastFailures(tokenValues)).toEqual([]);
  });
});

/**
 * Colour tokens nothing draws yet. Whoever first puts one on a surface adds its pair to the table
 * (and meets it there); until then it is named here, so a colour in use never goes unmeasured.
 */
const notDrawnYet = ['color.accent.strong', 'color.status.success'];

describe('the table of colour pairs is complete', () => {
  it('measures every colour token in some pair, but those nothing draws yet', () => {
    const colourTokens = new Set(
      themeNames.flatMap((theme) => themeModes.flatMap((mode) => Object.keys(tokenValues[theme][mode]))).filter((path) => path.startsWith('color.')),
    );
    const measured = new Set(contrastPairs.flatMap((pair) => [pair.foreground, pair.background]));
    expect([...colourTokens].filter((token) => !measured.has(token) && !notDrawnYet.includes(token))).toEqual([]);
  });

  it('measures the error colour as text on every surface: error messages are written in it', () => {
    const surfacesUnderErrorText = contrastPairs
      .filter((pair) => pair.foreground === 'color.status.error' && pair.use === 'text')
      .map((pair) => pair.background);
    expect(surfacesUnderErrorText).toEqual(['color.surface.default', 'color.surface.subtle', 'color.surface.raised']);
  });
});

describe('the contrast gate bites', () => {
  const decorativeBorderAsText: ContrastPair = {
    foreground: 'color.border.decorative',
    background: 'color.surface.default',
    use: 'text',
    where: 'a fixture: the light-blue card border used as text',
  };

  it('reports a pair below its minimum, with the measured ratio', () => {
    const failures = findContrastFailures({ muenchen: tokenValues.muenchen }, [decorativeBorderAsText]);
    const light = failures.find((failure) => failure.mode === 'light');
    expect(light?.ratio).toBeCloseTo(1.5, 1);
    expect(light?.minimum).toBe(4.5);
  });

  it('reports a pair whose token the theme lacks', () => {
    const missing: ContrastPair = { ...decorativeBorderAsText, foreground: 'color.text.nonexistent' };
    const failures = findContrastFailures({ muenchen: { light: tokenValues.muenchen.light } }, [missing]);
    expect(failures).toHaveLength(1);
    expect(failures[0]?.ratio).toBeUndefined();
  });

  it('asks 7:1 of text, and 4.5:1 of large text, in high-contrast mode', () => {
    expect(minimumContrast('text', 'high-contrast')).toBe(7);
    expect(minimumContrast('large-text', 'high-contrast')).toBe(4.5);
    expect(minimumContrast('text', 'light')).toBe(4.5);
    expect(minimumContrast('ui', 'dark')).toBe(3);
  });
});
