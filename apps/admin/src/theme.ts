import type { ThemeName } from '@muenchen-digital/content';
// Every theme the tokens package builds (tooling/theme-stylesheets.js): a city's new theme folder is enough.
import stylesheetUrls from 'virtual:mdk-theme-stylesheets?url';

/** Each city theme is one stylesheet at document level (tokens and fonts). */
export const themeStylesheets: Record<ThemeName, string> = stylesheetUrls;

/** Fired on the window of the document whose theme stylesheet did not load; the theme before stays. */
export const themeUnavailableEvent = 'mdk-theme-unavailable';

/** Per document, the stylesheets that did not come: not asked for again until the page is reloaded. */
const unavailable = new WeakMap<Document, Set<string>>();

/**
 * Links the theme's stylesheet. The stylesheet before stays until the new one has loaded: a file that
 * does not come — the app updated on the server while this page was open, its files renamed — would
 * otherwise leave the page without any styles. Then the new link goes again, and the window hears
 * `mdk-theme-unavailable`, so the app can say what to do (reload). Such a file is not asked for again
 * in this page's life (the app applies the theme on every render): the server has it after a reload, if at all.
 */
export function applyTheme(theme: ThemeName, target: Document = document): void {
  const href = new URL(themeStylesheets[theme], target.baseURI).href;
  if (unavailable.get(target)?.has(href)) return;
  const links = [...target.querySelectorAll<HTMLLinkElement>('link[data-mdk-theme]')];
  const newest = links.at(-1);
  // The theme asked for last, loaded or on its way.
  if (newest?.href === href) return;
  const link = target.createElement('link');
  link.rel = 'stylesheet';
  link.dataset.mdkTheme = '';
  link.addEventListener(
    'load',
    () => {
      // Only the links there before it: one asked for after it, still on its way, takes over when it loads.
      for (const earlier of links) earlier.remove();
    },
    { once: true },
  );
  link.addEventListener(
    'error',
    () => {
      // Said only while it is the theme asked for last.
      const superseded = link.nextElementSibling?.matches('link[data-mdk-theme]') ?? false;
      link.remove();
      unavailable.set(target, (unavailable.get(target) ?? new Set()).add(href));
      if (!superseded) target.defaultView?.dispatchEvent(new CustomEvent(themeUnavailableEvent, { detail: { theme, href } }));
    },
    { once: true },
  );
  link.href = href;
  if (newest) newest.after(link);
  else target.head.prepend(link);
}
