/** A place in the document: `['keyFigures', 'groups', 0, 'figures', 2, 'value']`. */
export type Path = readonly (string | number)[];

/** The value at `path`, or undefined where the path leads nowhere. */
export function getIn(root: unknown, path: Path): unknown {
  let value = root;
  for (const key of path) {
    if (typeof value !== 'object' || value === null) return undefined;
    value = (value as Record<string | number, unknown>)[key];
  }
  return value;
}

/**
 * A copy of `root` with the value at `path` replaced by `update(old)`. Only the objects along the
 * path are copied; everything else is shared, so earlier snapshots (the undo history) stay intact
 * and unchanged parts keep their identity for rendering.
 */
export function updateIn<T>(root: T, path: Path, update: (old: unknown) => unknown): T {
  if (path.length === 0) return update(root) as T;
  const [key, ...rest] = path as [string | number, ...(string | number)[]];
  const container = root as unknown as Record<string | number, unknown> | unknown[];
  const child = (container as Record<string | number, unknown>)[key];
  const copy = Array.isArray(container) ? [...container] : { ...container };
  (copy as Record<string | number, unknown>)[key] = updateIn(child, rest, update);
  return copy as T;
}

export const setIn = <T>(root: T, path: Path, value: unknown): T => updateIn(root, path, () => value);

/** A form control's id for a path: `field-keyFigures-groups-0-figures-2-value`. */
export function fieldId(path: Path): string {
  return `field-${path.join('-')}`;
}
