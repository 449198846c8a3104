import { css } from 'lit';
import { focusRingStyles } from '../shared/focus-ring.styles.js';
import { hostStyles } from '../shared/host.styles.js';
import { printedLinkTargetStyles } from '../shared/printed-link-target.styles.js';

export const channelLinksStyles = [
  hostStyles,
  focusRingStyles,
  printedLinkTargetStyles,
  css`
    .heading {
      margin: 0 0 var(--mdk-space-4);
      color: var(--mdk-channel-links-heading-color, var(--mdk-color-text-heading));
      font-family: var(--mdk-font-family-heading);
      font-size: var(--mdk-font-size-xl);
      font-weight: var(--mdk-font-weight-heading);
      line-height: var(--mdk-font-line-height-heading);
      overflow-wrap: anywhere;
    }

    [part='list'] {
      display: flex;
      flex-wrap: wrap;
      gap: var(--mdk-channel-links-gap, var(--mdk-space-3)) var(--mdk-space-5);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    [part='item'] {
      min-width: 0;
      max-width: 100%;
    }

    /* At least 24 × 24 px to hit (WCAG 2.5.8), icon and name together. The platform icon stands
       beside the name's first line, also when the name wraps. */
    .channel {
      display: inline-flex;
      align-items: flex-start;
      gap: var(--mdk-space-2);
      box-sizing: border-box;
      min-width: 1.5rem;
      min-height: 1.5rem;
      max-width: 100%;
      padding-block: var(--mdk-space-1);
    }

    [part='link'] {
      color: var(--mdk-color-link-default);
      text-underline-offset: 0.15em;
    }

    [part='link']:hover {
      color: var(--mdk-color-link-hover);
      text-decoration-thickness: 2px;
    }

    .name {
      min-width: 0;
      overflow-wrap: anywhere;
    }

    .icon {
      flex: none;
      width: var(--mdk-channel-links-icon-size, 1.5rem);
      height: var(--mdk-channel-links-icon-size, 1.5rem);
    }

    /* Centred on the first line of the name: half the difference between line and icon above it. */
    [part='icon'] {
      margin-block-start: calc((1lh - var(--mdk-channel-links-icon-size, 1.5rem)) / 2);
    }

    .keep {
      white-space: nowrap;
    }

    [part='new-tab-icon'] {
      display: inline-block;
      width: 1em;
      height: 1em;
      margin-inline-start: 0.25em;
      vertical-align: -0.125em;
    }

    @media (forced-colors: active) {
      [part='link'] {
        color: LinkText;
      }

      /* Inherited: a page that keeps its own colours around the list (none) would keep the icons' too. */
      .icon,
      [part='new-tab-icon'] {
        forced-color-adjust: auto;
      }
    }
  `,
];
