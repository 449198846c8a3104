/**
 * How footnote markers and source entries find each other. Both live in the light DOM of the same
 * document (or shadow root), because fragment links and ids do not cross shadow boundaries.
 */

/** Fired on the root node when a citing element appears, disappears or changes its `source`. */
export const citationsChangedEvent = 'mdk-citations-changed';

/** The id a source entry gets when its author gave it none: `source-2`. */
export function defaultSourceId(sourceNumber: string): string {
  return `source-${sourceNumber}`;
}

/** The id of the entry for `sourceNumber` in `root`: the entry's own id, else the default one. */
export function sourceTargetId(root: Document | ShadowRoot | Node, sourceNumber: string): string {
  if (root instanceof Document || root instanceof ShadowRoot) {
    const entry = [...root.querySelectorAll('mdk-source')].find(
      (candidate) => candidate.getAttribute('number')?.trim() === sourceNumber,
    );
    if (entry?.id) return entry.id;
  }
  return defaultSourceId(sourceNumber);
}

/** Elements of the kit in `root` that cite `sourceNumber`, in document order. */
export function citingElements(root: Document | ShadowRoot, sourceNumber: string): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('[source]')].filter(
    (element) => element.localName.startsWith('mdk-') && element.getAttribute('source')?.trim() === sourceNumber,
  );
}

/** "a", "b", …, "z", "aa", … — the letters that tell a source's citations apart. */
export function citationLetter(index: number): string {
  let letters = '';
  let rest = index;
  do {
    letters = String.fromCharCode(97 + (rest % 26)) + letters;
    rest = Math.floor(rest / 26) - 1;
  } while (rest >= 0);
  return letters;
}
