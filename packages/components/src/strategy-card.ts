/** Registers `<mdk-strategy-card>` and exports its class. */
export * from './strategy-card/strategy-card.js';
