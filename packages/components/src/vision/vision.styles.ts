import { css } from 'lit';
import { hiddenStyles } from '../shared/hidden.styles.js';

// Each public knob (--mdk-vision-*) falls back to a theme token.
export const visionStyles = [
  hiddenStyles,
  css`
    :host {
      display: block;
      min-width: 0;
      color: var(--mdk-color-text-default);
      font-family: var(--mdk-font-family-body);
      /* Long German compounds break at syllables, in the page's language (lang is inherited). */
      overflow-wrap: break-word;
      hyphens: auto;
    }

    .heading {
      margin: 0 0 var(--mdk-space-4);
      color: var(--mdk-vision-heading-color, var(--mdk-color-text-heading));
      font-family: var(--mdk-font-family-heading);
      font-size: var(--mdk-font-size-xl);
      font-weight: var(--mdk-font-weight-heading);
      line-height: var(--mdk-font-line-height-heading);
      letter-spacing: 0.02em;
    }

    /* A readable measure: about 65 characters a line (1.4.8). */
    .text {
      max-inline-size: var(--mdk-vision-max-width, 65ch);
      margin: 0;
      font-size: var(--mdk-vision-font-size, var(--mdk-font-size-lg));
      line-height: var(--mdk-font-line-height-body);
    }

    /* Seen by weight as well as colour, so it survives forced colours and colour blindness. */
    em {
      color: var(--mdk-vision-emphasis-color, var(--mdk-color-accent-default));
      font-style: normal;
      font-weight: var(--mdk-font-weight-bold);
    }
  `,
];
