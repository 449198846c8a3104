import { html, nothing, type TemplateResult } from 'lit';
import { warnOnce } from './dev-warnings.js';

export const headingLevels = [1, 2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof headingLevels)[number];

/** The levels of a heading inside a page's content: 1 is the page's own title. */
export const sectionHeadingLevels = [2, 3, 4, 5, 6] as const;
export type SectionHeadingLevel = (typeof sectionHeadingLevels)[number];

/** The levels of a heading that has headings of its own one level below it, which must stay ≤ 6. */
export const parentHeadingLevels = [2, 3, 4, 5] as const;
export type ParentHeadingLevel = (typeof parentHeadingLevels)[number];

/**
 * `id` lets an `aria-labelledby` in the same shadow root name something by the heading; `part` and
 * `className` (both `heading` unless given) tell a second kind of heading apart, e.g. sub-headings.
 */
export interface HeadingOptions {
  id?: string;
  part?: string;
  className?: string;
}

/**
 * A heading of the given level around text or a template (a publication's heading holds its link).
 * One template per level: Lit cannot bind a tag name, and lit/static-html would cost more bytes than
 * these six lines.
 */
export function renderHeading(
  level: HeadingLevel,
  content: unknown,
  { id, part = 'heading', className = 'heading' }: HeadingOptions = {},
): TemplateResult {
  // `id ?? nothing` is what Lit's ifDefined does; its extra import would cost each element's size budget bytes.
  switch (level) {
    case 1:
      return html`<h1 class=${className} part=${part} id=${id ?? nothing}>${content}</h1>`;
    case 2:
      return html`<h2 class=${className} part=${part} id=${id ?? nothing}>${content}</h2>`;
    case 3:
      return html`<h3 class=${className} part=${part} id=${id ?? nothing}>${content}</h3>`;
    case 4:
      return html`<h4 class=${className} part=${part} id=${id ?? nothing}>${content}</h4>`;
    case 5:
      return html`<h5 class=${className} part=${part} id=${id ?? nothing}>${content}</h5>`;
    case 6:
      return html`<h6 class=${className} part=${part} id=${id ?? nothing}>${content}</h6>`;
  }
}

/**
 * Reads a `heading-level` attribute. Returns the level when it is a whole number in `allowed`,
 * else `undefined`, so the caller can fall back to its default and warn.
 */
export function parseHeadingLevel(value: unknown): HeadingLevel | undefined;
export function parseHeadingLevel<Level extends HeadingLevel>(value: unknown, allowed: readonly Level[]): Level | undefined;
export function parseHeadingLevel(value: unknown, allowed: readonly HeadingLevel[] = headingLevels): HeadingLevel | undefined {
  const level = Number(value);
  return (allowed as readonly number[]).includes(level) ? (level as HeadingLevel) : undefined;
}

/**
 * The level an element's `heading-level` asks for, when it is one of `allowed`; else `fallback`, with
 * a development warning on the element. A removed or blank attribute, or a property set to nothing
 * (`null`, `undefined`, or a blank text as Vue sets it), asks for the default: nothing to warn about.
 */
export function resolveHeadingLevel(element: Element, value: unknown, fallback: HeadingLevel): HeadingLevel;
export function resolveHeadingLevel<Level extends HeadingLevel>(element: Element, value: unknown, fallback: Level, allowed: readonly Level[]): Level;
export function resolveHeadingLevel(
  element: Element,
  value: unknown,
  fallback: HeadingLevel,
  allowed: readonly HeadingLevel[] = headingLevels,
): HeadingLevel {
  if (value == null) return fallback;
  const level = parseHeadingLevel(value, allowed);
  if (level !== undefined) return level;
  // A blank text is a level taken away (Vue sets ''): the default, as for null, without a word.
  if (__MDK_DEV__ && !(typeof value === 'string' && value.trim() === '')) {
    // NaN is what the attribute's converter made of a text such as "drei": quote the text.
    const requested = Number.isNaN(value) ? (element.getAttribute('heading-level') ?? 'NaN') : String(value);
    warnOnce(element, 'heading-level', `heading-level="${requested}" is not one of ${allowed.join(', ')}; level ${fallback} is used.`);
  }
  return fallback;
}
