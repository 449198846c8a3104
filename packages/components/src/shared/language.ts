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

/**
 * Gives an element its language and re-renders it when a `lang` attribute changes above it, in the
 * document or in any shadow root it sits in.
 * Usage: `#language = new LanguageController(this);` then `this.#language.lang` in `render()`.
 */
export class LanguageController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;
  // One observer per element keeps the bookkeeping trivial: it watches only `lang` attributes, which
  // the browser filters before calling back, and `lang` rarely changes after the page has loaded.
  readonly #observer: MutationObserver;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    this.#observer = new MutationObserver(() => host.requestUpdate());
    host.addController(this);
  }

  get lang(): Language {
    return resolveLanguage(this.#host);
  }

  hostConnected(): void {
    // Every root from the element's own up to the document: a `lang` above it may sit in any of them.
    for (let root: Node | undefined = this.#host.getRootNode(); root; root = (root as Partial<ShadowRoot>).host?.getRootNode()) {
      this.#observer.observe(root, { attributeFilter: ['lang'], subtree: true });
    }
  }

  hostDisconnected(): void {
    this.#observer.disconnect();
  }
}
