import { themeNames } from '@muenchen-digital/tokens';
import { loadEnv, type Plugin } from 'vite';
import { offeredThemesSetting, parseOfferedThemes } from './src/offered-themes-setting.js';

/**
 * Gives the app `__MDK_OFFERED_THEMES__`: the themes this installation offers, from `MDK_THEMES` in
 * this folder's `.env`, or in the build's environment, which wins. A fork for one city sets it to that
 * city's theme; the repository leaves it empty and offers every theme.
 */
export function offeredThemes(): Plugin {
  return {
    name: 'mdk:offered-themes',
    config(_config, { mode }) {
      const setting = loadEnv(mode, import.meta.dirname, 'MDK_')[offeredThemesSetting];
      return { define: { __MDK_OFFERED_THEMES__: JSON.stringify(parseOfferedThemes(setting, themeNames)) } };
    },
  };
}
