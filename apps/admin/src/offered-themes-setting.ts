import { parseListSetting } from './list-setting.js';

/** The name of the setting, in `apps/admin/.env` or the build's environment. */
export const offeredThemesSetting = 'MDK_THEMES';

/**
 * Reads the setting that says which city themes an installation offers: theme folder names, in the
 * order the choice lists them ("beispielstadt" or "muenchen, musterstadt"). Blank or absent offers
 * every theme the tokens package builds; a name that package does not build stops the build, saying
 * which and what there is.
 */
export function parseOfferedThemes<Theme extends string>(setting: string | undefined, available: readonly Theme[]): Theme[] {
  return parseListSetting(setting, available, (quoted) => `${offeredThemesSetting} names ${quoted}, which the tokens package does not build. Its themes: ${available.join(', ')}.`);
}
