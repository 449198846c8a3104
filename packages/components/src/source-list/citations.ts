/**
 * How footnote markers and source entries find each other. Both live in the light DOM of the same
 * document (or shadow root), because fragment links and ids do not cross shadow boundaries.
 */

type Root = Document | ShadowRoot;
const observers = new WeakMap<Root, { observer: MutationObserver; listeners: Set<() => void> }>();

/**
 * Calls `listener` whenever, in `root`, elements are added or removed or a `source` attribute
 * changes: the moments a citation may appear, move or go. One observer per root serves every entry,
 * so citing elements need no code for it. Returns the function that stops listening.
 */
export function observeCitations(root: Root, listener: () => void): () => void {
  let entry = observers.get(root);
  if (entry === undefined) {
    const listeners = new Set<() => void>();
    const observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['source'] });
    entry = { observer, listeners };
    observers.set(root, entry);
  }
  const { observer, listeners } = entry;
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      observer.disconnect();
      observers.delete(root);
    }
  };
}

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
