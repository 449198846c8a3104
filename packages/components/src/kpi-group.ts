/** Registers `<mdk-kpi-group>` and exports its class. */
export * from './kpi-group/kpi-group.js';
