// The theme's fallback faces (tokens: scripts/fallback-faces.mjs) take their web font's room: text
// set in the fallback while the font loads is as wide and as tall as it will be, so nothing moves when
// the font arrives. Measured in Chromium with the reader's own Arial, or Liberation Sans, Arial's
// metric twin that Debian's Chromium brings; plain, unadjusted, the same text is visibly off.
import { describe, expect, it } from 'vitest';

const sample = 'Digitale Souveränität braucht Strategie, gemeinsames Handeln und Mut. Über 7.000 Beschäftigte';

/** Width and height of `sample` set on one line in `font` (a CSS font shorthand), once its face is loaded. */
async function sizeOf(font: string): Promise<{ width: number; height: number }> {
  await document.fonts.load(font, sample);
  const line = document.createElement('span');
  line.style.font = font;
  line.style.whiteSpace = 'nowrap';
  line.textContent = sample;
  document.body.append(line);
  const { width, height } = line.getBoundingClientRect();
  line.remove();
  return { width, height };
}

describe('fallback faces of the München theme', () => {
  it('stand in for Arial or Liberation Sans, which this browser has', async () => {
    const faces = await document.fonts.load('40px "Open Sans Fallback"', sample).catch(() => []);
    expect(faces.map((face) => face.status), 'no local Arial or Liberation Sans: install fonts-liberation').toEqual(['loaded']);
  });

  it.each([
    ['Open Sans', 400],
    ['Roboto Condensed', 700],
  ])('%s (%s): the fallback is within 2 %% of the font’s width and of its line height; plain Arial is more than 3 %% off', async (family, weight) => {
    const font = await sizeOf(`${weight} 40px/normal "${family}"`);
    const fallback = await sizeOf(`${weight} 40px/normal "${family} Fallback"`);
    const plain = await sizeOf(`${weight} 40px/normal "Liberation Sans", Arial`);
    expect(Math.abs(fallback.width / font.width - 1)).toBeLessThan(0.02);
    expect(Math.abs(fallback.height / font.height - 1)).toBeLessThan(0.02);
    // What the page would jump by without the fallback face, in width alone: the gate above would bite.
    expect(Math.abs(plain.width / font.width - 1)).toBeGreaterThan(0.03);
  });

  it('come right after their font in the theme’s font families', () => {
    const style = getComputedStyle(document.documentElement);
    expect(style.getPropertyValue('--mdk-font-family-body').trim()).toMatch(/^'Open Sans', 'Open Sans Fallback', /);
    expect(style.getPropertyValue('--mdk-font-family-heading').trim()).toMatch(/^'Roboto Condensed', 'Roboto Condensed Fallback', /);
  });
});
