import { css } from 'lit';
import { cardStyles } from '../shared/card.styles.js';
import { hostStyles } from '../shared/host.styles.js';

// Each public knob (--mdk-strategy-card-*) falls back to a theme token.
export const strategyCardStyles = [
  hostStyles,
  cardStyles,
  css`
    :host {
      /* A long compound ("Organisationsstruktur") breaks rather than widening a narrow card: unlike
         break-word, anywhere also lowers the text's min-content width, which the list's grid sizes by. */
      overflow-wrap: anywhere;
      /* At syllables first, where the browser knows the page's language (lang is inherited). */
      hyphens: auto;
    }

    [part='base'] {
      --_card-border-color: var(--mdk-strategy-card-border-color, var(--mdk-color-border-decorative));
      --_card-accent-color: var(--mdk-strategy-card-accent-color, var(--mdk-color-border-accent));
      --_card-background: var(--mdk-strategy-card-background, var(--mdk-color-surface-raised));
    }

    [part='icon'] {
      display: block;
      color: var(--mdk-strategy-card-icon-color, var(--mdk-color-accent-default));
    }

    /* The space below the icon comes with the icon: an empty slot takes none. */
    ::slotted([slot='icon']) {
      display: block;
      width: 2.5rem;
      height: 2.5rem;
      margin-block-end: var(--mdk-space-3);
    }

    .heading {
      margin: 0;
      color: var(--mdk-strategy-card-heading-color, var(--mdk-color-text-heading));
      font-family: var(--mdk-font-family-heading);
      font-size: var(--mdk-font-size-lg);
      font-weight: var(--mdk-font-weight-heading);
      line-height: var(--mdk-font-line-height-heading);
    }

    [part='points'] {
      display: grid;
      gap: var(--mdk-space-2);
      margin: var(--mdk-space-3) 0 0;
      padding-inline-start: var(--mdk-space-5);
    }

    [part='point']::marker {
      color: var(--mdk-strategy-card-icon-color, var(--mdk-color-accent-default));
    }
  `,
];
