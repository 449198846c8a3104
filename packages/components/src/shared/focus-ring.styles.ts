import { css } from 'lit';

/**
 * The kit's focus indicator: a 3 px ring in the theme's focus colour, offset from the element so it
 * never sits on the element's own colour. In forced colours the system's highlight colour is used.
 */
export const focusRingStyles = css`
  :focus-visible {
    outline: var(--mdk-focus-width) solid var(--mdk-color-focus-ring);
    outline-offset: var(--mdk-focus-offset);
  }

  @media (forced-colors: active) {
    :focus-visible {
      outline-color: Highlight;
    }
  }
`;
