/** Registers `<mdk-hero>` and exports its class. */
export * from './hero/hero.js';
