/**
 * The whole kit: importing this module registers every element.
 * To register one element only, import its subpath: `@muenchen-digital/components/kpi-tile.js`.
 */
export * from './kpi-tile.js';
export * from './kpi-group.js';
export * from './source-list.js';
export { resolveLanguage, supportedLanguages, type Language } from './shared/language.js';
export { safeUrl, allowedUrlSchemes } from './shared/safe-url.js';
