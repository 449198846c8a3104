/**
 * Reads an installation setting that names some of `available` (themes, languages), separated by
 * commas or spaces, in the order wanted. Blank or absent means all of them; each is kept once. A name
 * that is not available throws the error `unknown` words for the quoted names, so a typo stops the
 * build instead of quietly offering nothing.
 */
export function parseListSetting<Name extends string>(setting: string | undefined, available: readonly Name[], unknown: (quoted: string) => string): Name[] {
  const names = (setting ?? '').split(/[\s,]+/).filter(Boolean);
  if (names.length === 0) return [...available];
  const missing = names.filter((name) => !(available as readonly string[]).includes(name));
  if (missing.length > 0) throw new Error(unknown(missing.map((name) => `"${name}"`).join(', ')));
  return [...new Set(names)] as Name[];
}
