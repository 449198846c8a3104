/** Registers `<mdk-channel-links>` and exports its class. */
export * from './channel-links/channel-links.js';
