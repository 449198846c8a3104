// The fallback faces in the built CSS, against Capsize's own published metrics of the same fonts: an
// independent reading of the numbers the build took from the font files.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createFontStack } from '@capsizecss/core';
import arial from '@capsizecss/metrics/arial';
import openSans from '@capsizecss/metrics/openSans';
import robotoCondensed from '@capsizecss/metrics/robotoCondensed';
import sourceSans3 from '@capsizecss/metrics/sourceSans3';
import { describe, expect, it } from 'vitest';

const distDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');

/** The descriptors of `family`'s fallback face in `theme`'s CSS, as numbers of per cent. */
function fallbackDescriptors(theme: string, family: string): Record<string, number> {
  const css = readFileSync(join(distDir, `${theme}.css`), 'utf8');
  const face = new RegExp(`@font-face {\\s*font-family: '${family} Fallback';([^}]*)}`).exec(css)?.[1];
  if (face === undefined) throw new Error(`${theme}.css has no fallback face for ${family}`);
  return Object.fromEntries([...face.matchAll(/([\w-]+): ([\d.]+)%;/g)].map(([, name, value]) => [name!, Number(value)]));
}

/** What Capsize computes from its published metrics of the font: the same descriptors. */
function expectedDescriptors(metrics: Parameters<typeof createFontStack>[0][number]): Record<string, number> {
  const face = createFontStack([metrics, arial], { fontFaceFormat: 'styleObject' }).fontFaces[0]?.['@font-face'] ?? {};
  const entries = Object.entries(face).filter(([name]) => name !== 'fontFamily' && name !== 'src');
  return Object.fromEntries(entries.map(([name, value]) => [name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`), parseFloat(String(value))]));
}

describe('fallback faces', () => {
  it.each([
    ['muenchen', 'Open Sans', openSans],
    ['musterstadt', 'Source Sans 3', sourceSans3],
  ])('%s: %s is stood in for by Arial scaled to its width, with its line metrics', (theme, family, metrics) => {
    const built = fallbackDescriptors(theme, family);
    const expected = expectedDescriptors(metrics);
    expect(Object.keys(built).sort()).toEqual(Object.keys(expected).sort());
    for (const [name, value] of Object.entries(expected)) expect(built[name], name).toBeCloseTo(value, 1);
  });

  it('muenchen: Roboto Condensed, used only bold, is measured on its bold face, with the family’s line metrics', () => {
    const built = fallbackDescriptors('muenchen', 'Roboto Condensed');
    // The overrides are per cent of the scaled size: times the scale, the family's own ascent and descent per em.
    const perEm = (override: number) => (override * built['size-adjust']!) / 100;
    expect(perEm(built['ascent-override']!)).toBeCloseTo((robotoCondensed.ascent / robotoCondensed.unitsPerEm) * 100, 0);
    expect(perEm(built['descent-override']!)).toBeCloseTo((-robotoCondensed.descent / robotoCondensed.unitsPerEm) * 100, 0);
    // Bold is wider than regular: Arial is scaled down less than for the regular face.
    expect(built['size-adjust']).toBeGreaterThan(expectedDescriptors(robotoCondensed)['size-adjust']!);
  });
});
