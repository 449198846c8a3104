/** Registers `<mdk-source-list>` and `<mdk-source>` and exports their classes. */
export * from './source-list/source-list.js';
export * from './source-list/source.js';
