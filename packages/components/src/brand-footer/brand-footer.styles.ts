import { css } from 'lit';
import { focusRingStyles } from '../shared/focus-ring.styles.js';
import { hostStyles } from '../shared/host.styles.js';
import { printedLinkTargetStyles } from '../shared/printed-link-target.styles.js';

export const brandFooterStyles = [
  hostStyles,
  focusRingStyles,
  printedLinkTargetStyles,
  css`
    [hidden] {
      display: none !important;
    }

    /* On the page's subtle surface, not brand-filled: text and links keep their declared pairs. */
    [part='base'] {
      display: grid;
      gap: var(--mdk-space-5);
      box-sizing: border-box;
      padding: var(--mdk-space-6) var(--mdk-space-4);
      border-top: var(--mdk-border-width-accent) solid var(--mdk-brand-footer-accent-color, var(--mdk-color-border-accent));
      background: var(--mdk-brand-footer-background, var(--mdk-color-surface-subtle));
    }

    @media (min-width: 48em) {
      [part='base'] {
        padding: var(--mdk-space-7) var(--mdk-space-6);
      }
    }

    [part='brand'] {
      display: flex;
      flex-wrap: wrap;
      gap: var(--mdk-space-3) var(--mdk-space-5);
      align-items: center;
      min-width: 0;
    }

    [part='logo'] {
      flex: 0 0 auto;
      max-width: 100%;
    }

    /* A vector logo has no size of its own, only an aspect ratio: with width and height both auto it
       would be drawn 0 × 0 in this shrink-to-fit box. So the height is set and the width follows the
       ratio; a logo wider than the room is scaled down inside its box, never distorted. */
    ::slotted([slot='logo']) {
      display: block;
      width: auto;
      max-width: 100%;
      height: var(--mdk-brand-footer-logo-height, 2.5rem);
      object-fit: contain;
    }

    .texts {
      flex: 1 1 14rem;
      min-width: 0;
      overflow-wrap: anywhere;
      hyphens: auto;
    }

    p {
      margin: 0;
    }

    [part='wordmark'] {
      color: var(--mdk-color-accent-default);
      font-family: var(--mdk-font-family-heading);
      font-size: var(--mdk-font-size-lg);
      font-weight: var(--mdk-font-weight-heading);
      line-height: var(--mdk-font-line-height-heading);
    }

    .city,
    .department {
      display: block;
    }

    [part='links'] {
      display: flex;
      flex-wrap: wrap;
      gap: var(--mdk-space-2) var(--mdk-space-5);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    li {
      min-width: 0;
      overflow-wrap: anywhere;
    }

    /* At least 24 × 24 px to hit (WCAG 2.5.8). */
    [part='link'] {
      display: inline-block;
      min-height: 24px;
      color: var(--mdk-color-link-default);
      text-underline-offset: 0.15em;
    }

    [part='link']:hover {
      color: var(--mdk-color-link-hover);
      text-decoration-thickness: 2px;
    }

    @media (forced-colors: active) {
      [part='base'] {
        border-top-color: CanvasText;
      }
    }
  `,
];
