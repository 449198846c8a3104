import type { ThemeName } from '@muenchen-digital/content';
// Every theme the tokens package builds (tooling/theme-stylesheets.js): a city's new theme folder is enough.
import stylesheetUrls from 'virtual:mdk-theme-stylesheets?url';

/** Each city theme is one stylesheet at document level (tokens and fonts); switching swaps the link. */
export const themeStylesheets: Record<ThemeName, string> = stylesheetUrls;

export function applyTheme(theme: ThemeName, target: Document = document): void {
  let link = target.querySelector<HTMLLinkElement>('link[data-mdk-theme]');
  if (link === null) {
    link = target.createElement('link');
    link.rel = 'stylesheet';
    link.dataset.mdkTheme = '';
    target.head.prepend(link);
  }
  const href = new URL(themeStylesheets[theme], target.baseURI).href;
  if (link.href !== href) link.href = href;
}
