import type { ThemeName } from '@muenchen-digital/content';
import muenchenTheme from '@muenchen-digital/tokens/muenchen.css?url';
import musterstadtTheme from '@muenchen-digital/tokens/musterstadt.css?url';

/** Each city theme is one stylesheet at document level (tokens and fonts); switching swaps the link. */
export const themeStylesheets: Record<ThemeName, string> = { muenchen: muenchenTheme, musterstadt: musterstadtTheme };

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
