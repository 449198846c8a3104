/**
 * Every wrapper of the kit: importing this module registers every element. To register one element
 * only, import its subpath: `@muenchen-digital/react/kpi-tile.js`.
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
// The types of `heading-level`, for code that passes a level on (type-only: nothing more is loaded).
export type { HeadingLevel, ParentHeadingLevel, SectionHeadingLevel } from '@muenchen-digital/components';
