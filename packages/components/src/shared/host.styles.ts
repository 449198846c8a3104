import { css } from 'lit';

/**
 * What most elements' hosts share: a block that may shrink inside a grid or flex item (`min-width:
 * 0`), in the theme's text colour and body type. Listed first, so an element's own `:host` rules
 * (wrapping, containment) add to it. `hidden` hides it, as hidden.styles.ts does for the other
 * hosts: written out here, because composing that module in would cost the smallest elements 30 bytes.
 */
export const hostStyles = css`
  :host {
    display: block;
    min-width: 0;
    color: var(--mdk-color-text-default);
    font: var(--mdk-font-size-md) / var(--mdk-font-line-height-body) var(--mdk-font-family-body);
  }

  :host([hidden]) {
    display: none;
  }
`;
