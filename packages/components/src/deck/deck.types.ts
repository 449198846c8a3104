/** Allowed values of `<mdk-deck>`'s `mode`; stories, tests and the development warning reuse them. */
export const deckModes = ['overview', 'present'] as const;
export type DeckMode = (typeof deckModes)[number];

/** The mode a deck shows when `mode` is missing or not one of `deckModes`. */
export const defaultDeckMode: DeckMode = 'overview';
