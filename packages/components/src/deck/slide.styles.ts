import { css } from 'lit';
import { cardStyles } from '../shared/card.styles.js';
import { focusRingStyles } from '../shared/focus-ring.styles.js';
import { hiddenStyles } from '../shared/hidden.styles.js';

export const slideStyles = [
  hiddenStyles,
  cardStyles,
  focusRingStyles,
  css`
    :host {
      display: block;
      min-width: 0;
      color: var(--mdk-color-text-default);
    }

    [part='base'] {
      --_card-border-color: var(--mdk-color-border-decorative);
      --_card-accent-color: var(--mdk-color-border-accent);
      --_card-background: var(--mdk-slide-background, var(--mdk-color-surface-raised));
      display: flex;
      flex-direction: column;
      gap: var(--mdk-space-5);
    }

    .heading {
      margin: 0;
      color: var(--mdk-color-text-heading);
      font-family: var(--mdk-font-family-heading);
      font-size: var(--mdk-slide-heading-size, var(--mdk-font-size-2xl));
      font-weight: var(--mdk-font-weight-heading);
      line-height: var(--mdk-font-line-height-heading);
      overflow-wrap: break-word;
      hyphens: auto;
    }

    /* The slide's blocks (a statement, a group of figures, the sources) stacked with room between them. */
    [part='content'] {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--mdk-space-5);
      align-content: start;
      min-width: 0;
    }
  `,
];
