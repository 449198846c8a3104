/** Registers `<mdk-positioning>` (and the `<mdk-strategy-card>` it shows its dimensions with) and exports its class. */
export * from './positioning/positioning.js';
export type { PositioningDimension } from './positioning/dimensions.js';
