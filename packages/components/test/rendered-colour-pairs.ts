// Checks the colours a story really renders against the tokens package's declared pairs, so a
// component cannot put text on a surface nobody measured: the contrast table stays complete.
import {
  contrastPairs,
  contrastRatio,
  minimumContrast,
  tokenValues,
  type ThemeMode,
  type ThemeName,
} from '@muenchen-digital/tokens';

export interface RenderedPairProblem {
  element: string;
  text: string;
  foreground: string;
  background: string;
  problem: string;
}

function toHex(cssColor: string): string | undefined {
  const match = /^rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)$/.exec(cssColor);
  if (!match) return undefined;
  if (match[4] !== undefined && Number(match[4]) < 1) return undefined;
  return `#${match
    .slice(1, 4)
    .map((channel) => Number(channel).toString(16).padStart(2, '0'))
    .join('')}`;
}

function composedParent(element: Element): Element | null {
  if (element.assignedSlot) return element.assignedSlot;
  if (element.parentElement) return element.parentElement;
  const root = element.parentNode;
  return root instanceof ShadowRoot ? root.host : null;
}

/** The first opaque background behind `element`, walking up the flat tree; the page's at the top. */
function effectiveBackground(element: Element): string | undefined {
  for (let current: Element | null = element; current; current = composedParent(current)) {
    const background = getComputedStyle(current).backgroundColor;
    if (background !== 'rgba(0, 0, 0, 0)' && background !== 'transparent') return toHex(background);
  }
  return toHex(getComputedStyle(document.body).backgroundColor);
}

/** Elements in `root` and in every shadow root below it that hold text directly. */
function* elementsWithText(root: ParentNode): Generator<Element> {
  for (const element of root.querySelectorAll('*')) {
    const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
    if (ownText) yield element;
    if (element.shadowRoot) yield* elementsWithText(element.shadowRoot);
  }
}

function isRendered(element: Element): boolean {
  const box = element.getBoundingClientRect();
  const style = getComputedStyle(element);
  // Visually hidden text (1 × 1 px, clipped) is heard, not seen: it has no contrast to keep.
  return box.width > 1 && box.height > 1 && style.visibility !== 'hidden' && style.clipPath !== 'inset(50%)';
}

/**
 * Every text colour on its background under `root` must be a pair the tokens package declares for
 * this theme and mode (same resolved colours), and must meet that pair's minimum.
 */
export function findUndeclaredColourPairs(root: ParentNode, theme: ThemeName, mode: ThemeMode): RenderedPairProblem[] {
  const values = tokenValues[theme][mode];
  const declared = contrastPairs.map((pair) => ({
    pair,
    foreground: String(values[pair.foreground]).toLowerCase(),
    background: String(values[pair.background]).toLowerCase(),
  }));
  const problems: RenderedPairProblem[] = [];
  for (const element of elementsWithText(root)) {
    if (!isRendered(element)) continue;
    const foreground = toHex(getComputedStyle(element).color);
    const background = effectiveBackground(element);
    const text = element.textContent!.trim().slice(0, 40);
    const where = { element: element.localName, text, foreground: foreground ?? '?', background: background ?? '?' };
    if (foreground === undefined || background === undefined) {
      problems.push({ ...where, problem: 'a translucent or unreadable colour: contrast cannot be checked' });
      continue;
    }
    // Text must match a pair declared for text: a decorative border colour that happens to match
    // would otherwise let text pass at 1:1.
    const matches = declared.filter(
      (entry) =>
        (entry.pair.use === 'text' || entry.pair.use === 'large-text') &&
        entry.foreground === foreground &&
        entry.background === background,
    );
    if (matches.length === 0) {
      problems.push({ ...where, problem: 'this colour pair is not in the tokens package contrast table' });
      continue;
    }
    const ratio = contrastRatio(foreground, background);
    const needed = Math.max(...matches.map((entry) => minimumContrast(entry.pair.use, mode)));
    if (ratio < needed) problems.push({ ...where, problem: `contrast ${ratio.toFixed(2)}:1 is below ${needed}:1` });
  }
  return problems;
}
