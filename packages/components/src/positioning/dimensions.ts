import { listEntries } from '../shared/string-list.js';

/** One dimension of a positioning: a title and its bullet points, shown as an `<mdk-strategy-card>`. */
export interface PositioningDimension {
  title: string;
  points: string[];
}

function isDimension(item: unknown): boolean {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return false;
  const { title, points } = item as Record<string, unknown>;
  return typeof title === 'string' && (points === undefined || (Array.isArray(points) && points.every((point) => typeof point === 'string')));
}

/**
 * Attribute converter for `dimensions`: a JSON array of `{ "title": "…", "points": ["…"] }` objects
 * (`points` may be left out). Never throws: malformed JSON or anything else gives `null`, which the
 * element treats as no dimensions and reports in development.
 */
export const dimensionListConverter = {
  fromAttribute(value: string | null): PositioningDimension[] | null {
    if (value === null || value.trim() === '') return [];
    try {
      const parsed: unknown = JSON.parse(value);
      if (!Array.isArray(parsed) || !parsed.every(isDimension)) return null;
      return parsed.map((item: { title: string; points?: string[] }) => ({ title: item.title, points: item.points ?? [] }));
    } catch {
      return null;
    }
  },
  toAttribute(value: PositioningDimension[] | null): string | null {
    return value === null ? null : JSON.stringify(value);
  },
};

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
