import { css } from 'lit';
import { cardStyles } from '../shared/card.styles.js';
import { focusRingStyles } from '../shared/focus-ring.styles.js';
import { visuallyHiddenStyles } from '../shared/visually-hidden.styles.js';
import { hostStyles } from '../shared/host.styles.js';

// Each public knob (--mdk-kpi-tile-*) falls back to a theme token.
export const kpiTileStyles = [
  hostStyles,
  visuallyHiddenStyles,
  focusRingStyles,
  cardStyles,
  css`
    :host {
      overflow-wrap: anywhere;
    }

    [part='base'] {
      --_card-border-color: var(--mdk-kpi-tile-border-color, var(--mdk-color-border-decorative));
      --_card-accent-color: var(--mdk-kpi-tile-accent-color, var(--mdk-color-border-accent));
      --_card-background: var(--mdk-kpi-tile-background, var(--mdk-color-surface-raised));
    }

    /* The icon takes the number's colour. */
    [part='icon'],
    [part='value'] {
      display: block;
      color: var(--mdk-kpi-tile-value-color, var(--mdk-color-accent-default));
    }

    ::slotted([slot='icon']) {
      width: 2.5rem;
      height: 2.5rem;
    }

    [part='figure'] {
      margin: 0;
    }

    /* Stacked for the eye only: the value is hidden from assistive technology, which reads the
       whole figure from one visually hidden text instead. A number wraps only after a group
       separator, where the formatter puts a zero-width space, never inside a group ("567,8 / 9 %");
       a text value in the slot may still break anywhere. */
    [part='value'] {
      margin-block: var(--mdk-space-3) var(--mdk-space-2);
      font: var(--mdk-font-weight-heading) var(--mdk-kpi-tile-value-size, var(--mdk-font-size-display)) /
        var(--mdk-font-line-height-tight) var(--mdk-font-family-heading);
      overflow-wrap: normal;
    }

    ::slotted([slot='value']) {
      overflow-wrap: anywhere;
    }

    /* Isolated: a label ending in Arabic or Hebrew would otherwise take the footnote number into its run. */
    [part='label'] {
      font-weight: var(--mdk-font-weight-bold);
      unicode-bidi: isolate;
    }

    [part='as-of'] {
      color: var(--mdk-color-text-muted);
      font-size: var(--mdk-font-size-sm);
    }

    /*
     * A 24 × 24 px target (WCAG 2.5.8) that still reads as a superscript. Inline, with padding for the
     * target: an inline-block could wrap to a line of its own; inline, it stays with the last word.
     */
    [part='marker'] {
      padding: 0.25rem 0.5rem;
      color: var(--mdk-color-link-default);
      font-size: var(--mdk-font-size-sm);
      font-weight: var(--mdk-font-weight-bold);
      vertical-align: 0.35em;
    }

    [part='marker']:hover {
      color: var(--mdk-color-link-hover);
    }
  `,
];
