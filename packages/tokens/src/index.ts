export * from './themes.js';
export * from './contrast.js';
export * from './contrast-pairs.js';
export { themeLabels, themeNames, tokenValues, type ThemeName, type TokenValues } from './generated/token-values.js';
