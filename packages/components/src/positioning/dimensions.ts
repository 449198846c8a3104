import { listEntries } from '../shared/string-list.js';

/** One dimension of a positioning: a title and its bullet points, shown as an `<mdk-strategy-card>`. */
export interface PositioningDimension {
  title: string;
  points: string[];
}

/**
 * The usable dimensions of a `dimensions` property, whatever it holds: titles trimmed, points as
 * `listEntries`; an entry with neither a title nor a point is left out, `null` gives none.
 */
export function dimensionEntries(list: readonly unknown[] | null | undefined): PositioningDimension[] {
  if (!Array.isArray(list)) return [];
  return list.flatMap((item: unknown) => {
    if (typeof item !== 'object' || item === null) return [];
    const { title, points } = item as Partial<Record<'title' | 'points', unknown>>;
    const dimension = { title: typeof title === 'string' ? title.trim() : '', points: listEntries(points as unknown[]) };
    return dimension.title || dimension.points.length > 0 ? [dimension] : [];
  });
}
