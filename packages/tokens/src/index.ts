export * from './themes.js';
export * from './contrast.js';
export * from './contrast-pairs.js';
export { tokenValues, type TokenValues } from './generated/token-values.js';
