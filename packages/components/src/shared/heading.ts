import { html, type TemplateResult } from 'lit';
import { warnOnce } from './dev-warnings.js';

export const headingLevels = [1, 2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof headingLevels)[number];

/**
 * A heading of the given level with `class="heading"` and `part="heading"`. One template per level:
 * Lit cannot bind a tag name, and lit/static-html would cost more bytes than these six lines.
 */
export function renderHeading(level: HeadingLevel, text: string): TemplateResult {
  switch (level) {
    case 1:
      return html`<h1 class="heading" part="heading">${text}</h1>`;
    case 2:
      return html`<h2 class="heading" part="heading">${text}</h2>`;
    case 3:
      return html`<h3 class="heading" part="heading">${text}</h3>`;
    case 4:
      return html`<h4 class="heading" part="heading">${text}</h4>`;
    case 5:
      return html`<h5 class="heading" part="heading">${text}</h5>`;
    case 6:
      return html`<h6 class="heading" part="heading">${text}</h6>`;
  }
}

/**
 * Reads a `heading-level` attribute. Returns the level when it is a whole number in `allowed`,
 * else `undefined`, so the caller can fall back to its default and warn.
 */
export function parseHeadingLevel(
  value: unknown,
  allowed: readonly HeadingLevel[] = headingLevels,
): HeadingLevel | undefined {
  const level = Number(value);
  return (allowed as readonly number[]).includes(level) ? (level as HeadingLevel) : undefined;
}

/**
 * The level an element's `heading-level` asks for, when it is one of `allowed`; else `fallback`, with
 * a development warning on the element.
 */
export function resolveHeadingLevel(
  element: Element,
  value: unknown,
  fallback: HeadingLevel,
  allowed: readonly HeadingLevel[] = headingLevels,
): HeadingLevel {
  const level = parseHeadingLevel(value, allowed);
  if (level !== undefined) return level;
  if (__MDK_DEV__) {
    warnOnce(element, 'heading-level', `heading-level="${String(value)}" is not one of ${allowed.join(', ')}; level ${fallback} is used.`);
  }
  return fallback;
}
