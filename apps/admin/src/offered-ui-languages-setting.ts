import { parseListSetting } from './list-setting.js';

/** The name of the setting, in `apps/admin/.env` or the build's environment. */
export const offeredUiLanguagesSetting = 'MDK_UI_LANGUAGES';

/**
 * Reads the setting that says in which languages an installation offers its interface: language
 * codes, the first the default ("de" for a German-only installation). Blank or absent offers every
 * language the app is translated into; a code it has no translation for stops the build.
 */
export function parseOfferedUiLanguages<Language extends string>(setting: string | undefined, available: readonly Language[]): Language[] {
  return parseListSetting(setting, available, (quoted) => `${offeredUiLanguagesSetting} names ${quoted}, which the app has no interface in. Its languages: ${available.join(', ')}.`);
}
