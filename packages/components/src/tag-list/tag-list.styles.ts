import { css } from 'lit';
import { hiddenStyles } from '../shared/hidden.styles.js';

export const tagListStyles = [
  hiddenStyles,
  css`
    /* Long German compounds break at syllables, in the page's language (lang is inherited). */
    :host {
      display: block;
      font-family: var(--mdk-font-family-body);
      hyphens: auto;
    }

    .heading {
      margin: 0 0 var(--mdk-space-4);
      color: var(--mdk-tag-list-heading-color, var(--mdk-color-text-heading));
      font-family: var(--mdk-font-family-heading);
      font-size: var(--mdk-font-size-xl);
      font-weight: var(--mdk-font-weight-heading);
      line-height: var(--mdk-font-line-height-heading);
      overflow-wrap: break-word;
    }

    [part='list'] {
      display: flex;
      flex-wrap: wrap;
      gap: var(--mdk-tag-list-gap, var(--mdk-space-2));
      margin: 0;
      padding: 0;
      list-style: none;
    }

    /* A label, not a control: no pointer, no control border, nothing that invites a click. */
    [part='tag'] {
      box-sizing: border-box;
      max-width: 100%;
      padding: var(--mdk-space-1) var(--mdk-space-3);
      border: var(--mdk-border-width-thin) solid var(--mdk-color-border-decorative);
      border-radius: var(--mdk-radius-control);
      background: var(--mdk-tag-list-background, var(--mdk-color-surface-subtle));
      color: var(--mdk-color-text-default);
      font-size: var(--mdk-font-size-md);
      line-height: var(--mdk-font-line-height-body);
      overflow-wrap: anywhere;
    }

    /* Forced colours drop the fill and draw every border in the text colour: a boxed tag would look
       like the buttons around it. A bar at its start marks it as a label instead. */
    @media (forced-colors: active) {
      [part='tag'] {
        border-style: none;
        border-inline-start: var(--mdk-border-width-accent) solid CanvasText;
        border-radius: 0;
      }
    }
  `,
];
