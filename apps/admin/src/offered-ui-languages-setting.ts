/** The name of the setting, in `apps/admin/.env` or the build's environment. */
export const offeredUiLanguagesSetting = 'MDK_UI_LANGUAGES';

/**
 * Reads the setting that says in which languages an installation offers its interface: language
 * codes, separated by commas or spaces, the first the default ("de" for a German-only installation).
 * Blank or absent offers every language the app is translated into. A code the app has no
 * translation for throws an error that says which and what there is, so a typo stops the build.
 */
export function parseOfferedUiLanguages<Language extends string>(setting: string | undefined, available: readonly Language[]): Language[] {
  const codes = (setting ?? '').split(/[\s,]+/).filter(Boolean);
  if (codes.length === 0) return [...available];
  const unknown = codes.filter((code) => !(available as readonly string[]).includes(code));
  if (unknown.length > 0) {
    const quoted = unknown.map((code) => `"${code}"`).join(', ');
    throw new Error(`${offeredUiLanguagesSetting} names ${quoted}, which the app has no interface in. Its languages: ${available.join(', ')}.`);
  }
  return [...new Set(codes)] as Language[];
}
