/** Registers `<mdk-recommendation>` and `<mdk-recommendation-list>` and exports their classes and types. */
export * from './recommendation/recommendation.js';
export * from './recommendation/recommendation-list.js';
export type { RecommendationListItem } from './recommendation/recommendation.types.js';
