/** The city themes this package builds, and the modes inside each. */
export const themeNames = ['muenchen', 'musterstadt'] as const;
export type ThemeName = (typeof themeNames)[number];

export const themeModes = ['light', 'dark', 'high-contrast'] as const;
export type ThemeMode = (typeof themeModes)[number];

/** Breakpoints of the München look, in CSS pixels (min-width). Media queries cannot read custom properties. */
export const breakpoints = { sm: 576, md: 768, lg: 992, xl: 1200 } as const;
