import type { ReactiveController, ReactiveControllerHost } from 'lit';

export const supportedLanguages = ['de', 'en'] as const;
export type Language = (typeof supportedLanguages)[number];
export const defaultLanguage: Language = 'de';

/**
 * The language of the nearest `lang` attribute, looking through shadow roots to their hosts,
 * reduced to a supported language: `de-AT` → `de`, `fr` → the default `de`.
 */
export function resolveLanguage(element: Element): Language {
  for (let node: Element | undefined = element; node; node = (node.getRootNode() as Partial<ShadowRoot>).host) {
    const primary = node.closest('[lang]')?.getAttribute('lang')?.split('-')[0]?.toLowerCase();
    if (primary !== undefined) return supportedLanguages.find((supported) => supported === primary) ?? defaultLanguage;
  }
  return defaultLanguage;
}

type Root = Document | ShadowRoot;
const hostsByRoot = new Map<Root, { observer: MutationObserver; hosts: Set<ReactiveControllerHost> }>();

/** Every root from the element's own up to the document: a `lang` above it may sit in any of them. */
function rootsAbove(element: Element): Root[] {
  const roots: Root[] = [];
  for (let root = element.getRootNode() as Root; ; root = (root as ShadowRoot).host.getRootNode() as Root) {
    roots.push(root);
    if (!(root instanceof ShadowRoot)) return roots;
  }
}

/**
 * Gives an element its language and re-renders it when a `lang` attribute changes above it, in the
 * document or in any shadow root it sits in. One observer per root serves every element below it.
 * Usage: `#language = new LanguageController(this);` then `this.#language.lang` in `render()`.
 */
export class LanguageController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  #roots: Root[] = [];

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  get lang(): Language {
    return resolveLanguage(this.#host);
  }

  hostConnected(): void {
    this.#roots = rootsAbove(this.#host);
    for (const root of this.#roots) {
      let entry = hostsByRoot.get(root);
      if (entry === undefined) {
        const hosts = new Set<ReactiveControllerHost>();
        const observer = new MutationObserver(() => hosts.forEach((host) => host.requestUpdate()));
        observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
        entry = { observer, hosts };
        hostsByRoot.set(root, entry);
      }
      entry.hosts.add(this.#host);
    }
  }

  hostDisconnected(): void {
    for (const root of this.#roots) {
      const entry = hostsByRoot.get(root);
      entry?.hosts.delete(this.#host);
      if (entry?.hosts.size === 0) {
        entry.observer.disconnect();
        hostsByRoot.delete(root);
      }
    }
    this.#roots = [];
  }
}
