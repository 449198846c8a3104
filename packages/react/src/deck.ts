/** React components for `<mdk-deck>` and `<mdk-slide>`; importing this module registers them. */
import { createComponent, type EventName, type ReactWebComponent } from '@lit/react';
import * as React from 'react';
import {
  MdkDeck as MdkDeckElement,
  MdkSlide as MdkSlideElement,
  type MdkModeChangeEvent,
  type MdkSlideChangeEvent,
} from '@muenchen-digital/components/deck.js';

export type { DeckMode, MdkModeChangeEvent, MdkSlideChangeEvent } from '@muenchen-digital/components/deck.js';

const deckEvents = {
  onSlideChange: 'mdk-slide-change' as EventName<MdkSlideChangeEvent>,
  onModeChange: 'mdk-mode-change' as EventName<MdkModeChangeEvent>,
};

/**
 * Props for the deck's read-only properties would be set on the element, whose getters have no
 * setter: React would throw. So they are not props; read them through a ref.
 */
type MdkDeckProps = Omit<React.ComponentProps<ReactWebComponent<MdkDeckElement, typeof deckEvents>>, 'currentIndex' | 'slides'>;

/**
 * `<mdk-deck>` as a React component: its properties are props, and its events are
 * `onSlideChange` (`mdk-slide-change`: `event.index`, `event.slide`) and
 * `onModeChange` (`mdk-mode-change`: `event.mode`). `currentIndex` and `slides` are read through a ref.
 */
export const MdkDeck: React.ForwardRefExoticComponent<MdkDeckProps> = /*#__PURE__*/ createComponent({
  tagName: 'mdk-deck',
  elementClass: MdkDeckElement,
  react: React,
  displayName: 'MdkDeck',
  events: deckEvents,
});

/** `<mdk-slide>` as a React component: its properties are props. */
export const MdkSlide = /*#__PURE__*/ createComponent({
  tagName: 'mdk-slide',
  elementClass: MdkSlideElement,
  react: React,
  displayName: 'MdkSlide',
});
