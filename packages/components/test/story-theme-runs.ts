/** The theme × mode combinations every story is tested in; forced colours once, on München. */
export interface StoryThemeRun {
  name: string;
  theme: 'muenchen' | 'musterstadt';
  mode: 'light' | 'dark' | 'high-contrast';
  forcedColors: boolean;
}

const themes = ['muenchen', 'musterstadt'] as const;
const modes = ['light', 'dark', 'high-contrast'] as const;

export const storyThemeRuns: StoryThemeRun[] = [
  ...themes.flatMap((theme) => modes.map((mode) => ({ name: `${theme} ${mode}`, theme, mode, forcedColors: false }))),
  { name: 'muenchen forced-colors', theme: 'muenchen', mode: 'light', forcedColors: true },
];
