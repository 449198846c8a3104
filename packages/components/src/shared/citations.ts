/**
 * How footnote markers and source entries find each other. Both live in the light DOM of the same
 * document (or shadow root), because fragment links and ids do not cross shadow boundaries.
 *
 * A page with several independent sets of sources (slides, or a docs page with many examples) marks
 * each set's container with `data-mdk-citation-scope`: markers and entries then pair up inside their
 * scope only. Without one, the scope is the whole document (or shadow root).
 */

type Root = Document | ShadowRoot;

/** The elements that cite sources with a `source` attribute. A new citing component adds its tag here. */
export const citingSelector = 'mdk-kpi-tile[source]';

export const citationScopeAttribute = 'data-mdk-citation-scope';

/** The scope an element pairs its citations in: the nearest marked container, else its root. */
export function citationScope(element: Element): ParentNode {
  return element.closest(`[${citationScopeAttribute}]`) ?? (element.getRootNode() as Root);
}

/** The entry for `sourceNumber` in the scope of `citing`, if there is one. */
export function findSourceEntry(citing: Element, sourceNumber: string): HTMLElement | undefined {
  return [...citationScope(citing).querySelectorAll<HTMLElement>('mdk-source')].find(
    (entry) => entry.getAttribute('number')?.trim() === sourceNumber,
  );
}

/** The elements in `scope` that cite `sourceNumber`, in document order. */
export function citingElements(scope: ParentNode, sourceNumber: string): HTMLElement[] {
  return [...scope.querySelectorAll<HTMLElement>(citingSelector)].filter(
    (element) => element.getAttribute('source')?.trim() === sourceNumber,
  );
}

/**
 * A footnote link's click (a marker, or a back link): focus moves to `target` once the browser's
 * fragment navigation is done — that navigation scrolls, but leaves focus behind. Under a
 * `<base href>` (Angular always sets one) the link's "#id" resolves against the base, not this page,
 * and following it would load another page: then the link is followed here instead, where focusing
 * the target scrolls it into view.
 */
export function followFootnoteLink(event: Event, target: HTMLElement | undefined): void {
  const withoutHash = (url: string) => url.split('#')[0];
  if (withoutHash((event.currentTarget as HTMLAnchorElement).href) !== withoutHash(location.href)) event.preventDefault();
  if (target) setTimeout(() => target.focus());
}

/**
 * `base` if no other element in `root` has that id, else `base-2`, `base-3`, … — ids stay unique in
 * the page even with several source lists or citations that move.
 */
export function uniqueId(root: Root, base: string, owner: Element): string {
  let id = base;
  for (let suffix = 2; ; suffix += 1) {
    const holder = root.getElementById(id);
    if (holder === null || holder === owner) return id;
    id = `${base}-${suffix}`;
  }
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

const observers = new WeakMap<Root, { observer: MutationObserver; listeners: Set<() => void> }>();

/**
 * Calls `listener` whenever, in `root`, elements are added or removed or a `source` or `number`
 * attribute changes: the moments a citation may appear, move or go. One observer per root serves
 * every entry, so citing elements need no code for it. Returns the function that stops listening.
 */
export function observeCitations(root: Root, listener: () => void): () => void {
  let entry = observers.get(root);
  if (entry === undefined) {
    const listeners = new Set<() => void>();
    const observer = new MutationObserver(() => listeners.forEach((notify) => notify()));
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['source', 'number'] });
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
