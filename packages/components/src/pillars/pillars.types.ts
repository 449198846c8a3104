/** One pillar of `<mdk-pillars>`: a title, and a text or subtitle under it. */
export interface PillarItem {
  title: string;
  /** The statement (mission) or subtitle (closing) under the title. */
  text?: string;
}

/** A pillar as given (`{ title, text }`), or `undefined` for anything else. */
function toPillar(value: unknown): Required<PillarItem> | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { title, text } = value as Partial<Record<keyof PillarItem, unknown>>;
  if (typeof title !== 'string' || (text !== undefined && typeof text !== 'string')) return undefined;
  return { title, text: text ?? '' };
}

/** A pillar to show, and its `position` in `items` (from 1): its icon is the one in slot `icon-<position>`. */
export type PillarEntry = Required<PillarItem> & { position: number };

/**
 * The usable pillars of `items`, whatever a script assigned: entries of the right shape with a
 * non-blank title (the title names the pillar), trimmed. `null` (malformed) or a non-array gives none.
 * Each keeps its position, so a pillar left out does not pass its icon on to the next.
 */
export function pillarEntries(items: unknown): PillarEntry[] {
  if (!Array.isArray(items)) return [];
  const entries: PillarEntry[] = [];
  for (const [index, value] of items.entries()) {
    const pillar = toPillar(value);
    if (pillar !== undefined && pillar.title.trim() !== '') entries.push({ title: pillar.title.trim(), text: pillar.text.trim(), position: index + 1 });
  }
  return entries;
}
