import { css } from 'lit';

/**
 * A description list of short facts ("E-Mail", "Erschienen", …) as rows of `.detail` wrappers around
 * a `dt` and its `dd`: term and value on one line while they fit, the value below the term when not.
 */
export const detailsStyles = css`
  .detail {
    display: flex;
    flex-wrap: wrap;
    column-gap: var(--mdk-space-2);
    min-width: 0;
  }

  dt {
    font-weight: var(--mdk-font-weight-bold);
  }

  dd {
    min-width: 0;
    margin: 0;
  }
`;
