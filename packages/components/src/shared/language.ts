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

const connectedHosts = new Set<ReactiveControllerHost>();
let languageObserver: MutationObserver | undefined;

/** One observer for the whole page: a `lang` change anywhere re-renders every localised element. */
function observeLanguageChanges(): void {
  if (languageObserver !== undefined) return;
  languageObserver = new MutationObserver(() => {
    for (const host of connectedHosts) host.requestUpdate();
  });
  languageObserver.observe(document.documentElement, {
    attributes: true,
    attributeFilter: ['lang'],
    subtree: true,
  });
}

/**
 * Gives an element its language and re-renders it when a `lang` attribute changes above it.
 * Usage: `#language = new LanguageController(this);` then `this.#language.lang` in `render()`.
 */
export class LanguageController implements ReactiveController {
  readonly #host: ReactiveControllerHost & Element;

  constructor(host: ReactiveControllerHost & Element) {
    this.#host = host;
    host.addController(this);
  }

  get lang(): Language {
    return resolveLanguage(this.#host);
  }

  hostConnected(): void {
    connectedHosts.add(this.#host);
    observeLanguageChanges();
  }

  hostDisconnected(): void {
    connectedHosts.delete(this.#host);
  }
}
