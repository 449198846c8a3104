import { css } from 'lit';
import { hostStyles } from '../shared/host.styles.js';

// Each public knob (--mdk-pillars-*) falls back to a theme token.
export const pillarsStyles = [
  hostStyles,
  css`
    /* Long German compounds break at syllables, in the page's language (lang is inherited). */
    :host {
      overflow-wrap: break-word;
      hyphens: auto;
    }

    /* Without bullets; role="list" keeps it a list where a browser would drop that for list-style: none. */
    .list {
      display: grid;
      /* min(100%, …): one column that never overflows a viewport narrower than the minimum. */
      grid-template-columns: repeat(
        auto-fill,
        minmax(min(100%, var(--mdk-pillars-min-column, var(--mdk-layout-card-min-width))), 1fr)
      );
      gap: var(--mdk-pillars-gap, var(--mdk-space-5));
      margin: 0;
      padding: 0;
      list-style: none;
    }

    .item {
      min-width: 0;
    }

    .pillar {
      box-sizing: border-box;
      height: 100%;
      padding: var(--mdk-space-5) var(--mdk-space-4);
      border: var(--mdk-border-width-thin) solid var(--mdk-pillars-border-color, var(--mdk-color-border-decorative));
      border-bottom: var(--mdk-border-width-accent) solid var(--mdk-pillars-accent-color, var(--mdk-color-border-accent));
      border-radius: var(--mdk-radius-card);
      background: var(--mdk-pillars-background, var(--mdk-color-surface-raised));
    }

    @media (min-width: 48em) {
      .pillar {
        padding: var(--mdk-space-6) var(--mdk-space-5);
      }
    }

    .icon {
      display: block;
      color: var(--mdk-pillars-icon-color, var(--mdk-color-accent-default));
    }

    ::slotted(*) {
      display: block;
      width: 2.5rem;
      height: 2.5rem;
      margin-bottom: var(--mdk-space-3);
    }

    .heading {
      margin: 0;
      color: var(--mdk-pillars-heading-color, var(--mdk-color-text-heading));
      font-family: var(--mdk-font-family-heading);
      font-size: var(--mdk-font-size-lg);
      font-weight: var(--mdk-font-weight-heading);
      line-height: var(--mdk-font-line-height-heading);
    }

    .text {
      margin: var(--mdk-space-2) 0 0;
    }

    @media (forced-colors: active) {
      .pillar {
        border-color: CanvasText;
      }
    }
  `,
];
