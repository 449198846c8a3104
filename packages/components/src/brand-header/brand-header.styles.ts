import { css } from 'lit';
import { focusRingStyles } from '../shared/focus-ring.styles.js';
import { visuallyHiddenStyles } from '../shared/visually-hidden.styles.js';
import { hostStyles } from '../shared/host.styles.js';

export const brandHeaderStyles = [
  hostStyles,
  focusRingStyles,
  visuallyHiddenStyles,
  css`
    [hidden] {
      display: none !important;
    }

    [part='base'] {
      display: block;
    }

    /* Visually hidden until focused; then a bar on the page's own surface above the band. Shown by
       a rule for :focus rather than hidden by one for :not(:focus): the same for a browser, but
       Storybook's pseudo-states add-on rewrites :not(:focus) into a selector that always matches,
       and designers saw a focused link stay hidden. */
    .skip-link {
      display: block;
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
      background: var(--mdk-color-surface-default);
      color: var(--mdk-color-link-default);
      font-weight: var(--mdk-font-weight-bold);
      text-underline-offset: 0.15em;
      overflow-wrap: anywhere;
    }

    .skip-link:focus {
      position: static;
      width: auto;
      height: auto;
      padding: var(--mdk-space-3) var(--mdk-space-4);
      overflow: visible;
      clip-path: none;
      white-space: normal;
    }

    /* The ring drawn inside the bar, on surface.default, where the focus colour is measured. */
    .skip-link:focus-visible {
      outline-offset: calc(-1 * var(--mdk-focus-width));
    }

    .skip-link:hover {
      color: var(--mdk-color-link-hover);
    }

    /* A brand-filled band: text.on-accent is the pair declared for surface.accent. */
    [part='band'] {
      box-sizing: border-box;
      padding: var(--mdk-space-4);
      --_band-background: var(--mdk-brand-header-background, var(--mdk-color-surface-accent));
      --_band-color: var(--mdk-brand-header-color, var(--mdk-color-text-on-accent));
      background: var(--_band-background);
      color: var(--_band-color);
    }

    @media (min-width: 48em) {
      [part='band'] {
        padding: var(--mdk-space-5) var(--mdk-space-6);
      }
    }

    .brand {
      display: flex;
      flex-wrap: wrap;
      gap: var(--mdk-space-3) var(--mdk-space-5);
      align-items: center;
      min-width: 0;
      color: inherit;
      text-decoration: none;
    }

    /* The theme's focus colour is too close to surface.accent in light and high-contrast modes, so
       the band's focus outline takes the band's text colour (7:1 and more on surface.accent). */
    a.brand:focus-visible {
      outline-color: var(--_band-color);
    }

    a.brand:hover [part='wordmark'],
    a.brand:hover [part='organisation'] {
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }

    [part='logo'] {
      flex: 0 0 auto;
      max-width: 100%;
    }

    /* A vector logo has no size of its own, only an aspect ratio: with width and height both auto it
       would be drawn 0 × 0 in this shrink-to-fit box. So the height is set and the width follows the
       ratio; a logo wider than the room is scaled down inside its box, never distorted. */
    ::slotted([slot='logo']) {
      display: block;
      width: auto;
      max-width: 100%;
      height: var(--mdk-brand-header-logo-height, 3rem);
      object-fit: contain;
    }

    .texts {
      display: flex;
      flex: 1 1 14rem;
      flex-wrap: wrap;
      gap: var(--mdk-space-2) var(--mdk-space-5);
      align-items: baseline;
      justify-content: space-between;
      min-width: 0;
    }

    [part='organisation'] {
      display: block;
      min-width: 0;
      overflow-wrap: anywhere;
      hyphens: auto;
    }

    [part='city'],
    [part='department'] {
      display: block;
    }

    [part='city'] {
      font-weight: var(--mdk-font-weight-bold);
    }

    [part='wordmark'] {
      display: block;
      min-width: 0;
      font-family: var(--mdk-font-family-heading);
      font-size: var(--mdk-font-size-xl);
      font-weight: var(--mdk-font-weight-heading);
      line-height: var(--mdk-font-line-height-heading);
      overflow-wrap: anywhere;
    }

    /* The site's navigation on the page's own surface, where authors' links keep their declared pairs. */
    [part='navigation'] {
      padding: var(--mdk-space-3) var(--mdk-space-4);
      border-bottom: var(--mdk-border-width-thin) solid var(--mdk-color-border-decorative);
    }

    @media (min-width: 48em) {
      [part='navigation'] {
        padding: var(--mdk-space-3) var(--mdk-space-6);
      }
    }

    @media (forced-colors: active) {
      [part='band'] {
        border: var(--mdk-border-width-thin) solid CanvasText;
      }

      /* The band's fill gives way to the system's canvas, but a logo is a picture drawn for the band
         (white on transparent, often) and would vanish on a white canvas: it keeps the band's colour.
         (Inside it the band's own text colour comes back too, for an inline SVG drawn in currentColor.) */
      [part='logo'] {
        forced-color-adjust: none;
        background: var(--_band-background);
      }

      [part='navigation'] {
        border-bottom-color: CanvasText;
      }

      .skip-link:focus-visible,
      a.brand:focus-visible {
        outline-color: Highlight;
      }

      a.brand:hover [part='wordmark'],
      a.brand {
        text-decoration: underline;
      }
    }
  `,
];
