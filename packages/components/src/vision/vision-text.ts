import { textOf } from '../shared/text.js';

/**
 * A text property's value, untrimmed; a number or boolean counts as its text (`emphasis={100}`), and
 * anything else gives ''. Lit sets a string property to `null` when its attribute is removed, and
 * scripts assign what they like: neither may throw. Not shared/text.ts's `textOf`: the paragraph's
 * parts keep their inner spaces, which separate them.
 */
export function stringOf(value: unknown): string {
  return typeof value === 'string' ? value : textOf(value);
}

// Characters after which no space goes (opening brackets and quotes, hyphen, slash) and before which
// none goes (closing punctuation, brackets and quotes). Quotes open and close differently in German
// („…“) and English (“…”), so the curly ones sit in both sets.
const noSpaceAfter = /[\s([{„“‚‘«»"'/-]$/;
const noSpaceBefore = /^[\s.,;:!?…)\]}“”‘’«»"'/-]/;

/**
 * Whether a space belongs between two parts of a sentence that were given separately. Authors write
 * `before="… für "`, but forms and content systems often trim fields; without this, "füralle" would
 * run together. A part that brings its own space, or punctuation that needs none, gets none.
 */
export function needsSpaceBetween(left: string, right: string): boolean {
  return left !== '' && right !== '' && !noSpaceAfter.test(left) && !noSpaceBefore.test(right);
}
