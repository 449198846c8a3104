import { css } from 'lit';
import { cardStyles } from '../shared/card.styles.js';
import { hostStyles } from '../shared/host.styles.js';

// Each public knob (--mdk-recommendation-*) falls back to a theme token.
export const recommendationStyles = [
  hostStyles,
  cardStyles,
  css`
    :host {
      overflow-wrap: break-word;
    }

    [part='base'] {
      --_card-border-color: var(--mdk-recommendation-border-color, var(--mdk-color-border-decorative));
      --_card-accent-color: var(--mdk-recommendation-accent-color, var(--mdk-color-border-accent));
      --_card-background: var(--mdk-recommendation-background, var(--mdk-color-surface-raised));
    }

    .heading,
    .section-heading {
      margin: 0;
      color: var(--mdk-recommendation-heading-color, var(--mdk-color-text-heading));
      font-family: var(--mdk-font-family-heading);
      font-weight: var(--mdk-font-weight-heading);
      line-height: var(--mdk-font-line-height-heading);
    }

    .heading {
      font-size: var(--mdk-font-size-xl);
    }

    .heading + .sections {
      margin-top: var(--mdk-space-5);
    }

    .section-heading {
      margin-bottom: var(--mdk-space-3);
      font-size: var(--mdk-font-size-lg);
    }

    /* Side by side where both fit; min(100%, …) keeps one column from overflowing at 320 px. */
    .sections {
      display: grid;
      grid-template-columns: repeat(
        auto-fit,
        minmax(min(100%, var(--mdk-recommendation-min-column, var(--mdk-layout-card-min-width))), 1fr)
      );
      gap: var(--mdk-space-5);
    }

    .list {
      margin: 0;
      padding-inline-start: var(--mdk-space-5);
    }

    .list > li + li {
      margin-top: var(--mdk-space-2);
    }

    .list > li::marker {
      color: var(--mdk-color-accent-default);
    }
  `,
];
