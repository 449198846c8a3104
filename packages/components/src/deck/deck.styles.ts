import { css } from 'lit';
import { focusRingStyles } from '../shared/focus-ring.styles.js';
import { visuallyHiddenStyles } from '../shared/visually-hidden.styles.js';
import { hostStyles } from '../shared/host.styles.js';

export const deckStyles = [
  hostStyles,
  focusRingStyles,
  visuallyHiddenStyles,
  css`
    /* In full screen the deck is the page: the theme's surface, scrolling when a slide is tall. */
    :host(:fullscreen) {
      box-sizing: border-box;
      overflow: auto;
      padding: var(--mdk-space-4);
      background: var(--mdk-color-surface-default);
    }

    [part='base'] {
      display: flex;
      flex-direction: column;
      gap: var(--mdk-space-4);
      min-height: 100%;
    }

    [part='base'][hidden] {
      display: none;
    }

    [part='toolbar'] {
      display: flex;
      flex-wrap: wrap;
      gap: var(--mdk-space-2) var(--mdk-space-3);
      align-items: center;
    }

    /* Previous, counter, next: always one row, the counter in the middle. Narrow, the two buttons share
       the room equally and their words wrap inside them; they never drop below each other. */
    [part='controls'] {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto minmax(0, 1fr);
      gap: var(--mdk-space-3);
      align-items: stretch;
    }

    [part='controls'] > :first-child {
      justify-self: start;
    }

    [part='controls'] > :last-child {
      justify-self: end;
    }

    [part='stage'] {
      display: grid;
      flex: 1 0 auto;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--mdk-space-6);
    }

    /* The slide coming in rises a little into place: a movement, so reduced motion turns it off. Not a fade,
       which would leave text at low contrast for a moment. */
    ::slotted(mdk-slide) {
      transition: translate var(--mdk-deck-transition-duration, 200ms) ease-out;
    }

    @starting-style {
      .present ::slotted(mdk-slide) {
        translate: 0 var(--mdk-space-4);
      }
    }

    /* Screen only: printed, every slide shows. */
    @media screen {
      /* A grid, so the slide's card fills the least height. */
      .present ::slotted(mdk-slide) {
        display: grid;
        grid-template-columns: minmax(0, 1fr);
        min-height: var(--mdk-deck-slide-min-height, min(70vh, 40rem));
      }

      .present ::slotted([inert]) {
        display: none;
      }
    }

    button {
      min-height: 2.75rem;
      padding: var(--mdk-space-2) var(--mdk-space-4);
      border: var(--mdk-border-width-thin) solid var(--mdk-color-border-control);
      border-radius: var(--mdk-radius-control);
      background: transparent;
      color: var(--mdk-color-link-default);
      font: inherit;
      font-weight: var(--mdk-font-weight-bold);
      /* Narrow, or with wider letter spacing, "Vorherige" may not fit: hyphenated where the browser
         knows the language's hyphenation, and split at any letter only where a piece still does not fit. */
      hyphens: auto;
      overflow-wrap: anywhere;
      cursor: pointer;
      transition: color var(--mdk-deck-transition-duration, 200ms);
    }

    button:hover {
      color: var(--mdk-color-link-hover);
      text-decoration: underline;
    }

    /*
     * At the first or last slide: still focusable (focus is never lost), visibly unavailable in every
     * mode. Not by colour alone: in high contrast the muted text is as black as any (the tokens have no
     * colour for an unavailable control), so it also loses the bold weight and its edge turns dashed and
     * decorative, weaker than a control's.
     */
    button[aria-disabled='true'] {
      border-style: dashed;
      border-color: var(--mdk-color-border-decorative);
      color: var(--mdk-color-text-muted);
      font-weight: var(--mdk-font-weight-regular);
      text-decoration: none;
      cursor: not-allowed;
    }

    [part='position'] {
      align-self: center;
      margin: 0;
      font-variant-numeric: tabular-nums;
      font-weight: var(--mdk-font-weight-bold);
    }

    /* The browser keeps a modal dialog inside the viewport; the theme gives it its surface. */
    dialog {
      padding: var(--mdk-space-5);
      border: var(--mdk-border-width-thin) solid var(--mdk-color-border-control);
      background: var(--mdk-color-surface-default);
      color: var(--mdk-color-text-default);
    }

    h2 {
      margin-top: 0;
      color: var(--mdk-color-text-heading);
      font-family: var(--mdk-font-family-heading);
    }

    /* Keys and action side by side while they fit, the action below the keys when not. */
    .key-row {
      display: flex;
      flex-wrap: wrap;
      column-gap: var(--mdk-space-4);
      margin-bottom: var(--mdk-space-3);
    }

    dt {
      flex: 1 1 12rem;
    }

    dd {
      margin: 0;
    }

    kbd {
      font: inherit;
      font-weight: var(--mdk-font-weight-bold);
    }

    @media (prefers-reduced-motion: reduce) {
      ::slotted(mdk-slide),
      button {
        transition: none;
      }
    }

    @media print {
      [part='toolbar'],
      [part='controls'] {
        display: none;
      }

      [part='stage'] {
        display: block;
      }

      /*
       * One slide per page: each from a new page, kept whole where it fits. A slide is laid out for a
       * screen; printed smaller (zoom), a full one such as twelve key figures fits a page. One that
       * still does not fit goes on over the next page rather than lose its end: a printout is read
       * as a document. Coloured bands keep their background, or their light text would vanish on
       * white paper.
       */
      ::slotted(mdk-slide) {
        box-sizing: border-box;
        zoom: var(--mdk-deck-print-zoom, 0.6);
        break-before: page;
        break-inside: avoid;
        print-color-adjust: exact;
      }
    }

    @media (forced-colors: active) {
      button[aria-disabled='true'] {
        border-color: GrayText;
        color: GrayText;
      }
    }
  `,
];
