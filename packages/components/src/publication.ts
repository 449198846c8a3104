/** Registers `<mdk-publication>` and exports its class. */
export * from './publication/publication.js';
