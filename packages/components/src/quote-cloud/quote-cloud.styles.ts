import { css } from 'lit';
import { hiddenStyles } from '../shared/hidden.styles.js';

export const quoteCloudStyles = [
  hiddenStyles,
  css`
    /* Long German compounds break at syllables, in the page's language (lang is inherited). */
    :host {
      display: block;
      font-family: var(--mdk-font-family-heading);
      hyphens: auto;
    }

    .heading {
      margin: 0 0 var(--mdk-space-4);
      color: var(--mdk-quote-cloud-heading-color, var(--mdk-color-text-heading));
      font-size: var(--mdk-font-size-xl);
      font-weight: var(--mdk-font-weight-heading);
      line-height: var(--mdk-font-line-height-heading);
      overflow-wrap: break-word;
    }

    [part='list'] {
      display: flex;
      flex-wrap: wrap;
      gap: var(--mdk-quote-cloud-gap, var(--mdk-space-4)) var(--mdk-space-5);
      align-items: baseline;
      justify-content: center;
      margin: 0;
      padding: 0;
      list-style: none;
    }

    [part='term'] {
      min-width: 0;
      color: var(--mdk-quote-cloud-color, var(--mdk-color-accent-default));
      font-size: var(--mdk-font-size-lg);
      font-weight: var(--mdk-font-weight-heading);
      line-height: var(--mdk-font-line-height-heading);
      overflow-wrap: break-word;
    }

    /* The cloud's varied sizes follow the position only, never the term: they carry no information. */
    [part='term']:nth-child(3n + 1) {
      font-size: var(--mdk-font-size-2xl);
    }

    [part='term']:nth-child(3n + 2) {
      font-size: var(--mdk-font-size-xl);
    }
  `,
];
