/** React components for `<mdk-deck>` and `<mdk-slide>`; importing this module registers them. */
import { createComponent, type EventName } from '@lit/react';
import * as React from 'react';
import {
  MdkDeck as MdkDeckElement,
  MdkSlide as MdkSlideElement,
  type MdkModeChangeEvent,
  type MdkSlideChangeEvent,
} from '@muenchen-digital/components/deck.js';

export type { DeckMode, MdkModeChangeEvent, MdkSlideChangeEvent } from '@muenchen-digital/components/deck.js';

/**
 * `<mdk-deck>` as a React component: its properties are props, and its events are
 * `onSlideChange` (`mdk-slide-change`: `event.index`, `event.slide`) and
 * `onModeChange` (`mdk-mode-change`: `event.mode`).
 */
export const MdkDeck = /*#__PURE__*/ createComponent({
  tagName: 'mdk-deck',
  elementClass: MdkDeckElement,
  react: React,
  displayName: 'MdkDeck',
  events: {
    onSlideChange: 'mdk-slide-change' as EventName<MdkSlideChangeEvent>,
    onModeChange: 'mdk-mode-change' as EventName<MdkModeChangeEvent>,
  },
});

/** `<mdk-slide>` as a React component: its properties are props. */
export const MdkSlide = /*#__PURE__*/ createComponent({
  tagName: 'mdk-slide',
  elementClass: MdkSlideElement,
  react: React,
  displayName: 'MdkSlide',
});
