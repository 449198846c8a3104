/** Registers `<mdk-quote-cloud>` and exports its class. */
export * from './quote-cloud/quote-cloud.js';
