/** One entry of `<mdk-recommendation-list>`: a recommendation's title, and whether it is a priority. */
export interface RecommendationListItem {
  title: string;
  /** A priority: marked by a "Priorität" badge that a screen reader hears as "Priorität: <title>". */
  highlighted?: boolean;
}

/** An entry as given (a title, or `{ title, highlighted }`), or `undefined` for anything else. */
function toListItem(value: unknown): Required<RecommendationListItem> | undefined {
  if (typeof value === 'string') return { title: value, highlighted: false };
  if (typeof value !== 'object' || value === null) return undefined;
  const { title, highlighted } = value as Partial<Record<keyof RecommendationListItem, unknown>>;
  if (typeof title !== 'string' || (highlighted !== undefined && typeof highlighted !== 'boolean')) return undefined;
  return { title, highlighted: highlighted === true };
}

/**
 * The usable entries of `items`, whatever a script assigned: entries of the right shape with a
 * non-blank title, trimmed. `null` (malformed) or a non-array gives none.
 */
export function recommendationEntries(items: unknown): Required<RecommendationListItem>[] {
  if (!Array.isArray(items)) return [];
  const entries: Required<RecommendationListItem>[] = [];
  for (const value of items) {
    const item = toListItem(value);
    if (item !== undefined && item.title.trim() !== '') entries.push({ title: item.title.trim(), highlighted: item.highlighted });
  }
  return entries;
}
