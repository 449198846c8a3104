/**
 * WCAG 2.x contrast ratio, as axe-core and the WCAG definition of relative luminance compute it.
 * Only opaque `#RRGGBB` / `#RGB` colours: every colour token in this package is one.
 */

function channelToLinear(channel: number): number {
  const srgb = channel / 255;
  return srgb <= 0.04045 ? srgb / 12.92 : ((srgb + 0.055) / 1.055) ** 2.4;
}

/** Parses `#RGB` or `#RRGGBB` (any case) into its red, green and blue channels (0–255). */
export function parseHexColor(hex: string): [number, number, number] {
  const match = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(hex.trim());
  if (!match?.[1]) throw new Error(`Not an opaque hex colour: "${hex}"`);
  const digits =
    match[1].length === 3
      ? [...match[1]].map((digit) => digit + digit).join('')
      : match[1];
  return [0, 2, 4].map((start) => parseInt(digits.slice(start, start + 2), 16)) as [
    number,
    number,
    number,
  ];
}

export function relativeLuminance([red, green, blue]: [number, number, number]): number {
  return 0.2126 * channelToLinear(red) + 0.7152 * channelToLinear(green) + 0.0722 * channelToLinear(blue);
}

/** The contrast ratio of two opaque colours, from 1 to 21. */
export function contrastRatio(
  foreground: string | [number, number, number],
  background: string | [number, number, number],
): number {
  const fg = relativeLuminance(typeof foreground === 'string' ? parseHexColor(foreground) : foreground);
  const bg = relativeLuminance(typeof background === 'string' ? parseHexColor(background) : background);
  const [lighter, darker] = fg > bg ? [fg, bg] : [bg, fg];
  return (lighter + 0.05) / (darker + 0.05);
}
