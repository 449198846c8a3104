import { themeNames } from '@muenchen-digital/tokens';
import { loadEnv, type Plugin } from 'vite';
import { offeredThemesSetting, parseOfferedThemes } from './src/offered-themes-setting.js';
import { offeredUiLanguagesSetting, parseOfferedUiLanguages } from './src/offered-ui-languages-setting.js';
import { targetLocales, sourceLocale } from './src/generated/locale-codes.js';

/**
 * Gives the app the installation's settings, from this folder's `.env`, or from the build's
 * environment, which wins: `__MDK_OFFERED_THEMES__`, the themes it offers (`MDK_THEMES`), and
 * `__MDK_UI_LANGUAGES__`, the languages of its interface (`MDK_UI_LANGUAGES`). A fork for one city
 * sets them to that city's theme and, say, German alone; the repository leaves them empty and offers
 * every theme and language.
 */
export function offeredThemes(): Plugin {
  return {
    name: 'mdk:offered-themes',
    config(_config, { mode }) {
      const settings = loadEnv(mode, import.meta.dirname, 'MDK_');
      const uiLanguages = parseOfferedUiLanguages(settings[offeredUiLanguagesSetting], [sourceLocale, ...targetLocales]);
      return {
        define: {
          __MDK_OFFERED_THEMES__: JSON.stringify(parseOfferedThemes(settings[offeredThemesSetting], themeNames)),
          __MDK_UI_LANGUAGES__: JSON.stringify(uiLanguages),
        },
      };
    },
  };
}
