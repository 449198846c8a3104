/**
 * Attribute converter for a list of texts (`points`, `items`, `terms`): the attribute holds a JSON
 * array of strings, `points='["Fokus auf Anwendung", "Strategische Evaluierung"]'`; the property takes
 * the array itself. Never throws: malformed JSON or anything but an array of strings gives `null`,
 * which the element treats as an empty list and reports in development.
 */
export const stringListConverter = {
  fromAttribute(value: string | null): string[] | null {
    if (value === null || value.trim() === '') return [];
    try {
      const parsed: unknown = JSON.parse(value);
      return Array.isArray(parsed) && parsed.every((item) => typeof item === 'string') ? parsed : null;
    } catch {
      return null;
    }
  },
  toAttribute(value: string[] | null): string | null {
    return value === null ? null : JSON.stringify(value);
  },
};

/** The usable entries of a list property: non-blank texts, trimmed; `null` (malformed) gives none. */
export function listEntries(list: readonly unknown[] | null | undefined): string[] {
  if (!Array.isArray(list)) return [];
  return list.filter((item): item is string => typeof item === 'string' && item.trim() !== '').map((item) => item.trim());
}
