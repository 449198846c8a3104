import type { ReactiveController, ReactiveControllerHost } from 'lit';

export const supportedLanguages = ['de', 'en'] as const;
export type Language = (typeof supportedLanguages)[number];
export const defaultLanguage: Language = 'de';

/**
 * The element's language as the browser resolves it — the nearest `lang` attribute, through shadow
 * roots to their hosts, else the document's declared content language — reduced to a supported
 * language: `de-AT` → `de`, `en-GB` → `en`, `fr` or none → the default `de`. `:lang()` does the
 * walking and the prefix matching, exactly as CSS does for the same element.
 */
export function resolveLanguage(element: Element): Language {
  return supportedLanguages.find((language) => element.matches(`:lang(${language})`)) ?? defaultLanguage;
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
