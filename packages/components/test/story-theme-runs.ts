import { themeModes, themeNames, type ThemeMode, type ThemeName } from '@muenchen-digital/tokens';

/**
 * The theme × mode combinations every story is tested in — every theme the tokens package builds,
 * so a city's added theme is swept too — and forced colours once, on München.
 */
export interface StoryThemeRun {
  name: string;
  theme: ThemeName;
  mode: ThemeMode;
  forcedColors: boolean;
}

export const storyThemeRuns: StoryThemeRun[] = [
  ...themeNames.flatMap((theme) => themeModes.map((mode) => ({ name: `${theme} ${mode}`, theme, mode, forcedColors: false }))),
  { name: 'muenchen forced-colors', theme: 'muenchen', mode: 'light', forcedColors: true },
];
