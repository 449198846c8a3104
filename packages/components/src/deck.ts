/** Registers `<mdk-deck>` and `<mdk-slide>` and exports their classes, events and types. */
export * from './deck/slide.js';
export * from './deck/deck.js';
export * from './deck/deck.events.js';
export * from './deck/deck.types.js';
