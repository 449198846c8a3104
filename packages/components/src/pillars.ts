/** Registers `<mdk-pillars>` and exports its class and types. */
export * from './pillars/pillars.js';
export type { PillarItem } from './pillars/pillars.types.js';
