/** The name of the setting, in `apps/admin/.env` or the build's environment. */
export const offeredThemesSetting = 'MDK_THEMES';

/**
 * Reads the setting that says which city themes an installation offers: theme folder names,
 * separated by commas or spaces, in the order the choice lists them ("beispielstadt" or
 * "muenchen, musterstadt"). Blank or absent offers every theme the tokens package builds. A name
 * that package does not build throws an error that says which and what there is, so a typo stops
 * the build instead of quietly offering nothing.
 */
export function parseOfferedThemes<Theme extends string>(setting: string | undefined, available: readonly Theme[]): Theme[] {
  const names = (setting ?? '').split(/[\s,]+/).filter(Boolean);
  if (names.length === 0) return [...available];
  const unknown = names.filter((name) => !(available as readonly string[]).includes(name));
  if (unknown.length > 0) {
    const quoted = unknown.map((name) => `"${name}"`).join(', ');
    throw new Error(
      `${offeredThemesSetting} names ${quoted}, which the tokens package does not build. Its themes: ${available.join(', ')}.`,
    );
  }
  // Each once, in the order given.
  return [...new Set(names)] as Theme[];
}
