import { css } from 'lit';
import { detailsStyles } from '../shared/details.styles.js';
import { focusRingStyles } from '../shared/focus-ring.styles.js';
import { hostStyles } from '../shared/host.styles.js';

export const contactStyles = [
  hostStyles,
  focusRingStyles,
  detailsStyles,
  css`
    [part='base'] {
      display: grid;
      gap: var(--mdk-contact-gap, var(--mdk-space-1));
      padding-inline-start: var(--mdk-space-4);
      border-inline-start: var(--mdk-border-width-accent) solid var(--mdk-contact-border-color, var(--mdk-color-border-decorative));
      background: var(--mdk-contact-background, var(--mdk-color-surface-default));
      font-style: normal;
      overflow-wrap: anywhere;
    }

    .heading {
      margin: 0 0 var(--mdk-space-3);
      color: var(--mdk-color-text-heading);
      overflow-wrap: anywhere;
      font-family: var(--mdk-font-family-heading);
      font-size: var(--mdk-font-size-xl);
      font-weight: var(--mdk-font-weight-heading);
      line-height: var(--mdk-font-line-height-heading);
    }

    p {
      margin: 0;
      min-width: 0;
    }

    [part='name'] {
      color: var(--mdk-color-text-heading);
      font-weight: var(--mdk-font-weight-bold);
    }

    [part='details'] {
      display: grid;
      gap: var(--mdk-space-1);
      margin: var(--mdk-space-2) 0 0;
    }

    .detail {
      align-items: center;
    }

    /* At least 24 px high to hit (WCAG 2.5.8). */
    [part='link'] {
      display: inline-block;
      min-height: 1.5rem;
      color: var(--mdk-color-link-default);
      text-underline-offset: 0.15em;
    }

    [part='link']:hover {
      color: var(--mdk-color-link-hover);
      text-decoration-thickness: 2px;
    }

    @media (forced-colors: active) {
      [part='base'] {
        border-inline-start-color: CanvasText;
      }

      [part='link'] {
        color: LinkText;
      }
    }
  `,
];
