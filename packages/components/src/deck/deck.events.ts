import type { DeckMode } from './deck.types.js';
import type { MdkSlide } from './slide.js';

/** Fired by `<mdk-deck>` when another slide becomes the current one (keys, buttons, hash, `goTo()`). */
export class MdkSlideChangeEvent extends Event {
  /** The new current slide's position, from 0. */
  readonly index: number;
  /** The new current slide. */
  readonly slide: MdkSlide;

  constructor(index: number, slide: MdkSlide) {
    super('mdk-slide-change', { bubbles: true, composed: true });
    this.index = index;
    this.slide = slide;
  }
}

/** Fired by `<mdk-deck>` when its toggle button switches between presenting and the overview. */
export class MdkModeChangeEvent extends Event {
  /** The new mode. */
  readonly mode: DeckMode;

  constructor(mode: DeckMode) {
    super('mdk-mode-change', { bubbles: true, composed: true });
    this.mode = mode;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'mdk-slide-change': MdkSlideChangeEvent;
    'mdk-mode-change': MdkModeChangeEvent;
  }
}
