import { css } from 'lit';
import { hiddenStyles } from '../shared/hidden.styles.js';

export const sourceListStyles = [
  hiddenStyles,
  css`
    :host {
      display: block;
      color: var(--mdk-color-text-default);
      font-family: var(--mdk-font-family-body);
      font-size: var(--mdk-font-size-sm);
      line-height: var(--mdk-font-line-height-body);
    }

    .heading {
      margin: 0 0 var(--mdk-space-3);
      color: var(--mdk-source-list-heading-color, var(--mdk-color-text-heading));
      font-family: var(--mdk-font-family-heading);
      font-size: var(--mdk-font-size-lg);
      font-weight: var(--mdk-font-weight-heading);
      line-height: var(--mdk-font-line-height-heading);
    }

    .list {
      display: flex;
      flex-direction: column;
      gap: var(--mdk-space-2);
    }

    .list[hidden] {
      display: none;
    }
  `,
];
