/**
 * Every foreground/background pair of colour tokens that a component puts together.
 *
 * The token tests compute each pair's contrast in every theme and mode and fail below the minimum
 * for its use; the story sweep fails when a component renders a pair that this table lacks. So a
 * new component that puts text on a new surface must add the pair here — and then meet it.
 */
import { contrastRatio } from './contrast.js';
import type { ThemeMode } from './themes.js';

/** What the foreground is, which sets its minimum contrast. */
export const pairUses = ['text', 'large-text', 'ui', 'decorative'] as const;
export type PairUse = (typeof pairUses)[number];

export interface ContrastPair {
  /** Token path of the foreground, e.g. `color.text.default`. */
  foreground: string;
  /** Token path of the background. */
  background: string;
  use: PairUse;
  /** Where it is used, for people reading a failure. */
  where: string;
}

/**
 * WCAG 2.2: 1.4.3 (text 4.5:1, large text 3:1), 1.4.11 (UI components and focus indicators 3:1),
 * 1.4.6 (enhanced: 7:1 and 4.5:1) in high-contrast mode. Decorative lines have no minimum.
 */
export function minimumContrast(use: PairUse, mode: ThemeMode): number {
  const highContrast = mode === 'high-contrast';
  switch (use) {
    case 'text':
      return highContrast ? 7 : 4.5;
    case 'large-text':
      return highContrast ? 4.5 : 3;
    case 'ui':
      return 3;
    case 'decorative':
      return 1;
  }
}

const surfaces = ['color.surface.default', 'color.surface.subtle', 'color.surface.raised'] as const;

function onEverySurface(foreground: string, use: PairUse, where: string): ContrastPair[] {
  return surfaces.map((background) => ({ foreground, background, use, where }));
}

export const contrastPairs: readonly ContrastPair[] = [
  ...onEverySurface('color.text.default', 'text', 'body text, labels, source entries'),
  ...onEverySurface('color.text.heading', 'text', 'headings (group headings are not large text at 320 px)'),
  ...onEverySurface('color.text.muted', 'text', 'secondary text: "as of" dates'),
  ...onEverySurface('color.accent.default', 'text', 'key-figure numbers'),
  ...onEverySurface('color.link.default', 'text', 'links: footnote markers, back links'),
  ...onEverySurface('color.link.hover', 'text', 'links under the pointer'),
  ...onEverySurface('color.status.error', 'text', "error messages: a field's error, the error summary's heading; also an invalid control's border"),
  ...onEverySurface('color.focus.ring', 'ui', 'focus outline around any focusable element'),
  ...onEverySurface('color.border.control', 'ui', 'the boundary that identifies a control'),
  ...onEverySurface('color.border.decorative', 'decorative', 'card edges and dividers'),
  ...onEverySurface('color.border.accent', 'decorative', "a card's coloured bottom edge"),
  { foreground: 'color.text.on-accent', background: 'color.surface.accent', use: 'text', where: 'text on a brand-filled area' },
  {
    foreground: 'color.text.highlight-on-accent',
    background: 'color.surface.accent',
    use: 'text',
    where: 'signal highlight on a brand-filled area',
  },
];

export interface ContrastFailure {
  pair: ContrastPair;
  theme: string;
  mode: ThemeMode;
  /** The measured ratio, or `undefined` when a token of the pair is missing from the theme. */
  ratio: number | undefined;
  minimum: number;
}

/**
 * Checks each pair in each theme and mode against its minimum; returns what fails, with the
 * ratio measured. A pair whose token a theme lacks fails too.
 */
export function findContrastFailures(
  values: Record<string, Partial<Record<ThemeMode, Record<string, string | number>>>>,
  pairs: readonly ContrastPair[] = contrastPairs,
): ContrastFailure[] {
  const failures: ContrastFailure[] = [];
  for (const [theme, modes] of Object.entries(values)) {
    for (const [mode, tokens] of Object.entries(modes) as [ThemeMode, Record<string, string | number>][]) {
      for (const pair of pairs) {
        const minimum = minimumContrast(pair.use, mode);
        const foreground = tokens[pair.foreground];
        const background = tokens[pair.background];
        if (typeof foreground !== 'string' || typeof background !== 'string') {
          failures.push({ pair, theme, mode, ratio: undefined, minimum });
          continue;
        }
        const ratio = contrastRatio(foreground, background);
        if (ratio < minimum) failures.push({ pair, theme, mode, ratio, minimum });
      }
    }
  }
  return failures;
}
