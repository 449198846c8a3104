import { css } from 'lit';
import { visuallyHiddenStyles } from '../shared/visually-hidden.styles.js';
import { hiddenStyles } from '../shared/hidden.styles.js';

export const kpiGroupStyles = [
  hiddenStyles,
  visuallyHiddenStyles,
  css`
    :host {
      display: block;
      font-family: var(--mdk-font-family-body);
    }

    .heading {
      margin: 0 0 var(--mdk-space-4);
      color: var(--mdk-kpi-group-heading-color, var(--mdk-color-text-heading));
      font-family: var(--mdk-font-family-heading);
      font-size: var(--mdk-font-size-xl);
      font-weight: var(--mdk-font-weight-heading);
      line-height: var(--mdk-font-line-height-heading);
      letter-spacing: 0.02em;
      overflow-wrap: break-word;
    }

    .list {
      display: grid;
      /* min(100%, …): one column that never overflows a viewport narrower than the minimum. */
      grid-template-columns: repeat(
        auto-fill,
        minmax(min(100%, var(--mdk-kpi-group-min-column, var(--mdk-layout-card-min-width))), 1fr)
      );
      gap: var(--mdk-kpi-group-gap, var(--mdk-space-5));
    }

    .list[hidden] {
      display: none;
    }
  `,
];
