import { css } from 'lit';

/**
 * Text for assistive technology only: read, not seen — nor selected, so not copied. A key figure
 * copied from a page holds what the eye saw ("~1,6 Mio.", its label, its footnote number), not that
 * run together with the spoken phrase. Screen readers read the text all the same.
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
