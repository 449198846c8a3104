import type { ThemeName } from '@muenchen-digital/content';

declare global {
  /** The themes the installation offers, set at build time from `MDK_THEMES` by offered-themes-plugin.ts. */
  const __MDK_OFFERED_THEMES__: readonly ThemeName[];
  /** The interface's languages, the first the default, set at build time from `MDK_UI_LANGUAGES` by offered-themes-plugin.ts. */
  const __MDK_UI_LANGUAGES__: readonly ('de' | 'en')[];
}
