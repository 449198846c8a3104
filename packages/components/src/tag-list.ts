/** Registers `<mdk-tag-list>` and exports its class. */
export * from './tag-list/tag-list.js';
