/** Registers `<mdk-brand-header>` and exports its class. */
export * from './brand-header/brand-header.js';
