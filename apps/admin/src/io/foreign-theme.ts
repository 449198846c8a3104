import type { ImportError, ThemeName } from '@muenchen-digital/content';

/** How much of a theme's name a message quotes: a file may hold anything there. */
const quotedLength = 64;

/**
 * A document from another city's installation names a theme this one does not build
 * ("bad-toelz"), and an import refuses the file for that alone. Rather than leave the person to
 * edit the file, it is taken in `theme`, this installation's, and the message says which it had.
 * Only where the theme is the file's one reason to be refused; anything else keeps the refusal.
 * Returns the file with `theme` in place and the theme it named, or undefined.
 */
export function inThisInstallationsTheme(bytes: Uint8Array, error: ImportError, theme: ThemeName): { bytes: Uint8Array; foreignTheme: string } | undefined {
  if (error.reason !== 'invalid' || error.problems.length === 0) return undefined;
  if (!error.problems.every((problem) => problem.path === 'organisation.theme')) return undefined;
  try {
    const value: unknown = JSON.parse(new TextDecoder().decode(bytes));
    const organisation = (value as { organisation?: unknown } | null)?.organisation;
    if (typeof organisation !== 'object' || organisation === null) return undefined;
    const foreignTheme = (organisation as { theme?: unknown }).theme;
    if (typeof foreignTheme !== 'string') return undefined;
    (organisation as { theme: string }).theme = theme;
    return { bytes: new TextEncoder().encode(JSON.stringify(value)), foreignTheme: foreignTheme.slice(0, quotedLength) };
  } catch {
    return undefined;
  }
}
