import { hasDocumentShape, type ImportError, type ThemeName } from '@muenchen-digital/content';

/** How much of a theme's name a message quotes: a file or a stored record may hold anything there. */
const quotedLength = 64;

/**
 * Puts `theme` in place of the theme `value` names, in place, and returns the name it had (as much of
 * it as a message quotes); undefined, changing nothing, where `value` has no theme as text.
 */
function replaceTheme(value: unknown, theme: ThemeName): string | undefined {
  const organisation = (value as { organisation?: unknown } | null)?.organisation;
  if (typeof organisation !== 'object' || organisation === null) return undefined;
  const named = (organisation as { theme?: unknown }).theme;
  if (typeof named !== 'string') return undefined;
  (organisation as { theme: string }).theme = theme;
  return named.slice(0, quotedLength);
}

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
    const foreignTheme = replaceTheme(value, theme);
    if (foreignTheme === undefined) return undefined;
    return { bytes: new TextEncoder().encode(JSON.stringify(value)), foreignTheme };
  } catch {
    return undefined;
  }
}

/**
 * A document stored in this browser (the working document, a named version) whose theme this
 * installation no longer builds: its folder was renamed or removed. Its shape is broken there alone,
 * so rather than stop the app over it, it is shown in `theme`. Returns a copy with `theme` in place
 * and the theme it named, or undefined where anything else breaks its shape too (it stays unreadable).
 */
export function storedInThisInstallationsTheme(value: unknown, theme: ThemeName): { document: unknown; goneTheme: string } | undefined {
  const copy = structuredClone(value);
  const goneTheme = replaceTheme(copy, theme);
  if (goneTheme === undefined || !hasDocumentShape(copy)) return undefined;
  return { document: copy, goneTheme };
}
