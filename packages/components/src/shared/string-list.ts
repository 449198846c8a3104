/** The usable entries of a list property: non-blank texts, trimmed; `null` (malformed) gives none. */
export function listEntries(list: readonly unknown[] | null | undefined): string[] {
  if (!Array.isArray(list)) return [];
  return list.filter((item): item is string => typeof item === 'string' && item.trim() !== '').map((item) => item.trim());
}
