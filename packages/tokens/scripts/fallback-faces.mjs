// Fallback faces that take a web font's room: while a theme's fonts load (font-display: swap), text
// is set in Arial, which is wider or narrower than the city's font; when the font arrives, lines
// re-wrap and the page jumps (a layout shift of 0.15 at 1280 px in the published example). A face
// "<Family> Fallback" is Arial scaled and with the line metrics of the font itself, read from its
// file by Capsize, so the swap moves nothing.
import { createFontStack } from '@capsizecss/core';
import arial from '@capsizecss/metrics/arial';
import { fromFile } from '@capsizecss/unpack/fs';

/** Arial where it is installed (Windows, macOS); Liberation Sans, made with Arial's metrics, on Linux. */
const arialSources = ["local('Arial')", "local('ArialMT')", "local('Liberation Sans')", "local('LiberationSans')"];

/** The name of the fallback face of `family`. */
export const fallbackFamilyOf = (family) => `${family} Fallback`;

/** The @font-face rule of `family`'s fallback, from the metrics in `fontFile` (the face most of its text is set in). */
export async function fallbackFaceCss(family, fontFile) {
  const metrics = await fromFile(fontFile);
  const [{ '@font-face': overrides }] = createFontStack([{ ...metrics, familyName: family }, arial], { fontFaceFormat: 'styleObject' }).fontFaces;
  const descriptor = (name) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  const lines = Object.entries(overrides)
    .filter(([name]) => name !== 'fontFamily' && name !== 'src')
    .map(([name, value]) => `  ${descriptor(name)}: ${value};`);
  return ['@font-face {', `  font-family: '${fallbackFamilyOf(family)}';`, `  src: ${arialSources.join(', ')};`, ...lines, '}'].join('\n');
}

/**
 * A `--mdk-font-family-…` declaration with each family that has a fallback face followed by it:
 * `'Open Sans', Arial, sans-serif` → `'Open Sans', 'Open Sans Fallback', Arial, sans-serif`. Other
 * declarations are returned as they are.
 */
export function withFallbackFamilies(declaration, familiesWithFallback) {
  // A description the token carries follows the value as a comment: `…, sans-serif; /** Body text. */`.
  const match = /^(\s*--mdk-font-family-[\w-]+:\s*)([^;]+);(.*)$/.exec(declaration);
  if (!match) return declaration;
  const names = match[2].split(',').map((name) => name.trim());
  const families = names.map((name) => name.replace(/^(['"])(.*)\1$/, '$2'));
  const withFallbacks = names.flatMap((name, index) => {
    const fallback = fallbackFamilyOf(families[index]);
    return familiesWithFallback.has(families[index]) && !families.includes(fallback) ? [name, `'${fallback}'`] : [name];
  });
  return `${match[1]}${withFallbacks.join(', ')};${match[3]}`;
}
