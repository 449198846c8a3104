import { literal, type StaticValue } from 'lit/static-html.js';

export const headingLevels = [1, 2, 3, 4, 5, 6] as const;
export type HeadingLevel = (typeof headingLevels)[number];

const headingTags: Record<HeadingLevel, StaticValue> = {
  1: literal`h1`,
  2: literal`h2`,
  3: literal`h3`,
  4: literal`h4`,
  5: literal`h5`,
  6: literal`h6`,
};

/** The static tag for a heading level, for `html` from `lit/static-html.js`. */
export function headingTag(level: HeadingLevel): StaticValue {
  return headingTags[level];
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
