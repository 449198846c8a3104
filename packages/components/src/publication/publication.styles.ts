import { css } from 'lit';
import { cardStyles } from '../shared/card.styles.js';
import { detailsStyles } from '../shared/details.styles.js';
import { focusRingStyles } from '../shared/focus-ring.styles.js';
import { hostStyles } from '../shared/host.styles.js';
import { printedLinkTargetStyles } from '../shared/printed-link-target.styles.js';

export const publicationStyles = [
  hostStyles,
  focusRingStyles,
  printedLinkTargetStyles,
  cardStyles,
  detailsStyles,
  css`
    [hidden] {
      display: none !important;
    }

    /* The card's look comes from cardStyles. Thumbnail and text wrap below 32 rem. */
    [part='base'] {
      --_card-border-color: var(--mdk-color-border-decorative);
      --_card-accent-color: var(--mdk-publication-accent-color, var(--mdk-color-border-accent));
      --_card-background: var(--mdk-publication-background, var(--mdk-color-surface-raised));
      display: flex;
      flex-wrap: wrap;
      gap: var(--mdk-space-4) var(--mdk-space-5);
    }

    [part='thumbnail'] {
      flex: 0 0 var(--mdk-publication-thumbnail-width, 6rem);
    }

    ::slotted([slot='thumbnail']) {
      display: block;
      max-width: 100%;
      height: auto;
    }

    .body {
      flex: 1 1 16rem;
      min-width: 0;
    }

    .heading {
      margin: 0;
      color: var(--mdk-color-text-heading);
      font-family: var(--mdk-font-family-heading);
      font-size: var(--mdk-font-size-xl);
      font-weight: var(--mdk-font-weight-heading);
      line-height: var(--mdk-font-line-height-heading);
      overflow-wrap: anywhere;
    }

    [part='link'] {
      color: var(--mdk-color-link-default);
      text-underline-offset: 0.15em;
    }

    [part='link']:hover {
      color: var(--mdk-color-link-hover);
      text-decoration-thickness: 2px;
    }

    [part='file-info'] {
      font-family: var(--mdk-font-family-body);
      font-size: var(--mdk-font-size-md);
      font-weight: var(--mdk-font-weight-regular);
    }

    [part='details'] {
      display: grid;
      gap: var(--mdk-space-1);
      margin: var(--mdk-space-3) 0 0;
    }

    dd {
      overflow-wrap: anywhere;
    }
  `,
];
