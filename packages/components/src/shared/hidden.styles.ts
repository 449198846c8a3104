import { css } from 'lit';

/**
 * `hidden` hides the element, as it hides any HTML element. Needed wherever a `:host` rule sets
 * `display`: the shadow root's rule is the page's author style and beats the browser's own `[hidden]`.
 */
export const hiddenStyles = css`
  :host([hidden]) {
    display: none;
  }
`;
