import { css } from 'lit';
import { hiddenStyles } from '../shared/hidden.styles.js';

export const statementStyles = [
  hiddenStyles,
  css`
    :host {
      display: block;
    }

    /* A readable measure for display-size text: about 60 characters a line, however wide the page (1.4.8). */
    [part='base'] {
      max-inline-size: 60ch;
      margin: 0;
      padding-inline-start: var(--mdk-space-4);
      /* Decorative: the words carry the message; the bar only sets it apart. */
      border-inline-start: var(--mdk-border-width-accent) solid var(--mdk-statement-bar-color, var(--mdk-color-border-accent));
      color: var(--mdk-statement-color, var(--mdk-color-accent-default));
      font-family: var(--mdk-font-family-heading);
      font-size: var(--mdk-statement-size, var(--mdk-font-size-2xl));
      font-weight: var(--mdk-font-weight-heading);
      line-height: var(--mdk-font-line-height-heading);
      /* Long German compounds break rather than run out of a 320 px screen. */
      overflow-wrap: break-word;
      hyphens: auto;
    }

    /* Paragraph or heading: the same look, set on the box. */
    .message,
    .heading {
      margin: 0;
      color: inherit;
      font: inherit;
    }

    @media (forced-colors: active) {
      [part='base'] {
        border-inline-start-color: CanvasText;
      }
    }
  `,
];
