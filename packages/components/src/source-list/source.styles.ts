import { css } from 'lit';
import { focusRingStyles } from '../shared/focus-ring.styles.js';
import { visuallyHiddenStyles } from '../shared/visually-hidden.styles.js';
import { hiddenStyles } from '../shared/hidden.styles.js';
import { printedLinkTargetStyles } from '../shared/printed-link-target.styles.js';

export const sourceStyles = [
  hiddenStyles,
  visuallyHiddenStyles,
  focusRingStyles,
  printedLinkTargetStyles,
  css`
    :host {
      display: block;
      color: var(--mdk-color-text-default);
      scroll-margin-block: var(--mdk-space-6);
    }

    .entry {
      display: flex;
      gap: var(--mdk-space-2);
      align-items: baseline;
      /* Room for the focus ring the marker moves here. */
      padding: var(--mdk-space-1);
    }

    /* Shown for every focus: only a marker moves focus here, and the reader should see where it landed. */
    .entry:focus {
      outline: var(--mdk-focus-width) solid var(--mdk-color-focus-ring);
      outline-offset: var(--mdk-focus-offset);
    }

    .number {
      flex: none;
      min-width: 1.5rem;
      color: var(--mdk-source-number-color, var(--mdk-color-accent-default));
      font-weight: var(--mdk-font-weight-bold);
    }

    /* Text and back links flow as one paragraph, wrapping between words. */
    .body {
      min-width: 0;
      overflow-wrap: break-word;
    }

    a {
      color: var(--mdk-color-link-default);
      text-underline-offset: 0.15em;
    }

    a:hover {
      color: var(--mdk-color-link-hover);
      text-decoration-thickness: 2px;
    }

    .back-links {
      margin-inline-start: var(--mdk-space-1);
    }

    /* On paper the way back to a marker cannot be taken: "↑2a ↑2b" would be noise. */
    @media print {
      .back-links {
        display: none;
      }
    }

    /* 24 × 24 px targets (WCAG 2.5.8). */
    .back-link {
      display: inline-block;
      min-width: 1.5rem;
      min-height: 1.5rem;
      padding-inline: var(--mdk-space-1);
      line-height: 1.5rem;
      text-align: center;
    }
  `,
];
