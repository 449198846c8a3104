import { css } from 'lit';

/**
 * Text for assistive technology only: read, not seen — nor copied. A figure copied from a page is
 * what the eye saw ("~1,6 Mio. Bürger*innen"), not that run together with the spoken phrase.
 * Screen readers read it all the same; their own copy goes by what they read.
 */
export const visuallyHiddenStyles = css`
  .visually-hidden {
    position: absolute;
    -webkit-user-select: none;
    user-select: none;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
