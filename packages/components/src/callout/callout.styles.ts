import { css } from 'lit';
import { hiddenStyles } from '../shared/hidden.styles.js';

export const calloutStyles = [
  hiddenStyles,
  css`
    :host {
      display: block;
    }

    /* A brand-filled box: text.on-accent and text.highlight-on-accent are the pairs declared for it. */
    [part='base'] {
      box-sizing: border-box;
      padding: var(--mdk-space-5) var(--mdk-space-4);
      border-radius: var(--mdk-radius-card);
      background: var(--mdk-callout-background, var(--mdk-color-surface-accent));
      color: var(--mdk-callout-color, var(--mdk-color-text-on-accent));
      font: var(--mdk-font-size-lg) / var(--mdk-font-line-height-body) var(--mdk-font-family-body);
      overflow-wrap: break-word;
      hyphens: auto;
    }

    @media (min-width: 48em) {
      [part='base'] {
        padding: var(--mdk-space-6) var(--mdk-space-5);
      }
    }

    [part='label'] {
      margin: 0 0 var(--mdk-space-2);
      font-size: var(--mdk-font-size-sm);
      font-weight: var(--mdk-font-weight-bold);
      letter-spacing: 0.06em;
    }

    [part='fact'] {
      margin: 0;
    }

    /* Set apart by size and weight as well as colour, so it stands out without colour too. */
    [part='figure'] {
      color: var(--mdk-callout-figure-color, var(--mdk-color-text-highlight-on-accent));
      font-family: var(--mdk-font-family-heading);
      font-size: var(--mdk-font-size-2xl);
      font-weight: var(--mdk-font-weight-heading);
      line-height: var(--mdk-font-line-height-tight);
    }

    /* System colours: the brand fill is gone, so the box gets an edge; the figure keeps its size and
       weight and takes the text colour (Chromium forces that itself; the rule is for engines that don't). */
    @media (forced-colors: active) {
      [part='base'] {
        border: var(--mdk-border-width-thin) solid CanvasText;
      }

      [part='figure'] {
        color: CanvasText;
      }
    }
  `,
];
