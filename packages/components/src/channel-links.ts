/** Registers `<mdk-channel-links>` and exports its class and types. */
export * from './channel-links/channel-links.js';
export type { KnownPlatform } from './channel-links/channel-icons.js';
