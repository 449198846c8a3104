import { css } from 'lit';
import { focusRingStyles } from '../shared/focus-ring.styles.js';
import { visuallyHiddenStyles } from '../shared/visually-hidden.styles.js';

export const kpiTileStyles = [
  visuallyHiddenStyles,
  focusRingStyles,
  css`
    :host {
      /* Private aliases: the public knob, else the theme token. */
      --_value-color: var(--mdk-kpi-tile-value-color, var(--mdk-color-accent-default));
      --_value-size: var(--mdk-kpi-tile-value-size, var(--mdk-font-size-display));
      --_background: var(--mdk-kpi-tile-background, var(--mdk-color-surface-raised));
      --_border-color: var(--mdk-kpi-tile-border-color, var(--mdk-color-border-decorative));
      --_accent-color: var(--mdk-kpi-tile-accent-color, var(--mdk-color-border-accent));

      display: block;
      min-width: 0;
    }

    [hidden] {
      display: none !important;
    }

    .tile {
      box-sizing: border-box;
      display: flex;
      flex-direction: column;
      gap: var(--mdk-space-3);
      height: 100%;
      padding: var(--mdk-space-5) var(--mdk-space-4);
      border: var(--mdk-border-width-thin) solid var(--_border-color);
      border-bottom: var(--mdk-border-width-accent) solid var(--_accent-color);
      border-radius: var(--mdk-radius-card);
      background: var(--_background);
      color: var(--mdk-color-text-default);
      font-family: var(--mdk-font-family-body);
      font-size: var(--mdk-font-size-md);
      line-height: var(--mdk-font-line-height-body);
    }

    @media (min-width: 768px) {
      .tile {
        padding: var(--mdk-space-6) var(--mdk-space-5);
      }
    }

    .icon {
      display: flex;
      color: var(--_value-color);
    }

    .icon:not(:has(*)) {
      display: none;
    }

    ::slotted([slot='icon']) {
      width: 2.5rem;
      height: 2.5rem;
    }

    .figure {
      margin: 0;
      overflow-wrap: break-word;
    }

    /* Stacked for the eye only: the value is hidden from assistive technology, so the words and the
       label stay one text run for the ear. */
    .value {
      display: block;
      margin-block-end: var(--mdk-space-2);
      color: var(--_value-color);
      font-family: var(--mdk-font-family-heading);
      font-size: var(--_value-size);
      font-weight: var(--mdk-font-weight-heading);
      line-height: var(--mdk-font-line-height-tight);
      overflow-wrap: anywhere;
    }

    .label {
      font-weight: var(--mdk-font-weight-bold);
    }

    .as-of {
      color: var(--mdk-color-text-muted);
      font-size: var(--mdk-font-size-sm);
    }

    /* A 24 × 24 px target (WCAG 2.5.8) that still reads as a superscript. */
    .marker {
      display: inline-block;
      min-width: 1.5rem;
      min-height: 1.5rem;
      margin-inline-start: var(--mdk-space-1);
      color: var(--mdk-color-link-default);
      font-size: var(--mdk-font-size-sm);
      font-weight: var(--mdk-font-weight-bold);
      line-height: 1.5rem;
      text-align: center;
      text-underline-offset: 0.15em;
      vertical-align: 0.35em;
    }

    .marker:hover {
      color: var(--mdk-color-link-hover);
      text-decoration-thickness: 2px;
    }

    @media (forced-colors: active) {
      .tile {
        border-color: CanvasText;
      }
      .value {
        color: CanvasText;
      }
    }
  `,
];
