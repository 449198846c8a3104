/** The modes inside every city theme. (The themes themselves are generated: see generated/token-values.ts.) */
export const themeModes = ['light', 'dark', 'high-contrast'] as const;
export type ThemeMode = (typeof themeModes)[number];

/** Breakpoints of the München look, in CSS pixels (min-width). Media queries cannot read custom properties. */
export const breakpoints = { sm: 576, md: 768, lg: 992, xl: 1200 } as const;
