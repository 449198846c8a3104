/** Registers `<mdk-vision>` and exports its class. */
export * from './vision/vision.js';
