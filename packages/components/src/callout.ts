/** Registers `<mdk-callout>` and exports its class. */
export * from './callout/callout.js';
