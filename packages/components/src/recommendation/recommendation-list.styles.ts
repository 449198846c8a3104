import { css } from 'lit';
import { visuallyHiddenStyles } from '../shared/visually-hidden.styles.js';
import { hostStyles } from '../shared/host.styles.js';

// Each public knob (--mdk-recommendation-list-*) falls back to a theme token.
export const recommendationListStyles = [
  hostStyles,
  visuallyHiddenStyles,
  css`
    :host {
      overflow-wrap: break-word;
    }

    .heading {
      margin: 0 0 var(--mdk-space-4);
      color: var(--mdk-recommendation-list-heading-color, var(--mdk-color-text-heading));
      font-family: var(--mdk-font-family-heading);
      font-size: var(--mdk-font-size-xl);
      font-weight: var(--mdk-font-weight-heading);
      line-height: var(--mdk-font-line-height-heading);
      letter-spacing: 0.02em;
    }

    /* Without bullets; role="list" keeps it a list where a browser would drop that for list-style: none. */
    .list {
      margin: 0;
      padding: 0;
      list-style: none;
      border-top: var(--mdk-border-width-thin) solid var(--mdk-recommendation-list-divider-color, var(--mdk-color-border-decorative));
    }

    .item {
      position: relative;
      padding-block: var(--mdk-space-3);
      border-bottom: var(--mdk-border-width-thin) solid var(--mdk-recommendation-list-divider-color, var(--mdk-color-border-decorative));
    }

    /* Highlighted by colour and weight, and by the badge's word: never by colour alone. */
    .highlighted .title {
      color: var(--mdk-recommendation-list-highlight-color, var(--mdk-color-accent-default));
      font-weight: var(--mdk-font-weight-bold);
    }

    .badge {
      display: inline-block;
      margin-inline-end: var(--mdk-space-2);
      padding: 0 var(--mdk-space-2);
      /* Transparent in colour modes; the badge's edge when forced colours drop its background. */
      border: var(--mdk-border-width-thin) solid transparent;
      border-radius: var(--mdk-radius-control);
      background: var(--mdk-recommendation-list-badge-background, var(--mdk-color-surface-accent));
      color: var(--mdk-recommendation-list-badge-color, var(--mdk-color-text-highlight-on-accent));
      font-size: var(--mdk-font-size-sm);
      font-weight: var(--mdk-font-weight-bold);
      letter-spacing: 0.02em;
      text-transform: uppercase;
    }

    /* Forced colours drop the badge's background but may keep its light text: use system colours. */
    @media (forced-colors: active) {
      .badge {
        border-color: CanvasText;
        background: Canvas;
        color: CanvasText;
      }
    }
  `,
];
