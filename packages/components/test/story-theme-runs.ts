import { themeModes, themeNames, type ThemeMode, type ThemeName } from '@muenchen-digital/tokens';

/**
 * The theme × mode combinations every story is tested in — every theme the tokens package builds,
 * so a city's added theme is swept too — and each theme under forced colours, where a theme's own
 * borders, radii and fonts still shape what the system colours are painted on.
 */
export interface StoryThemeRun {
  name: string;
  theme: ThemeName;
  mode: ThemeMode;
  forcedColors: boolean;
}

export const storyThemeRuns: StoryThemeRun[] = [
  ...themeNames.flatMap((theme) => themeModes.map((mode) => ({ name: `${theme} ${mode}`, theme, mode, forcedColors: false }))),
  ...themeNames.map((theme) => ({ name: `${theme} forced-colors`, theme, mode: 'light' as const, forcedColors: true })),
];
