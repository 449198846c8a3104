/** Registers `<mdk-statement>` and exports its class. */
export * from './statement/statement.js';
