/**
 * The whole kit: importing this module registers every element.
 * To register one element only, import its subpath: `@muenchen-digital/components/kpi-tile.js`.
 */
export * from './kpi-tile.js';
export * from './kpi-group.js';
export * from './source-list.js';
export * from './strategy-card.js';
export * from './positioning.js';
export * from './recommendation.js';
export * from './pillars.js';
export * from './vision.js';
export * from './statement.js';
export * from './quote-cloud.js';
export * from './tag-list.js';
export * from './callout.js';
export * from './publication.js';
export * from './hero.js';
export * from './channel-links.js';
export * from './contact.js';
export * from './brand-header.js';
export * from './brand-footer.js';
export * from './deck.js';
export { resolveLanguage, supportedLanguages, type Language } from './shared/language.js';
export { safeUrl, allowedUrlSchemes } from './shared/safe-url.js';
// The types of `heading-level` on the elements' properties, for code that passes a level on.
export type { HeadingLevel, ParentHeadingLevel, SectionHeadingLevel } from './shared/heading.js';
