import { css } from 'lit';
import { hiddenStyles } from '../shared/hidden.styles.js';

// No animation and no transition anywhere: nothing in the hero moves by itself (WCAG 2.2.2).
export const heroStyles = [
  hiddenStyles,
  css`
    :host {
      display: block;
    }

    [hidden] {
      display: none !important;
    }

    /* A brand-filled band: text.on-accent is the pair declared for surface.accent. */
    [part='base'] {
      display: flex;
      flex-wrap: wrap;
      gap: var(--mdk-space-5) var(--mdk-space-6);
      align-items: center;
      box-sizing: border-box;
      padding: var(--mdk-space-6) var(--mdk-space-4);
      border-radius: var(--mdk-radius-card);
      background: var(--mdk-hero-background, var(--mdk-color-surface-accent));
      color: var(--mdk-hero-color, var(--mdk-color-text-on-accent));
      font: var(--mdk-font-size-lg) / var(--mdk-font-line-height-body) var(--mdk-font-family-body);
    }

    @media (min-width: 48em) {
      [part='base'] {
        padding: var(--mdk-space-8) var(--mdk-space-6);
      }
    }

    [part='content'] {
      flex: 1 1 20rem;
      min-width: 0;
      overflow-wrap: break-word;
      hyphens: auto;
    }

    [part='image'] {
      flex: 0 1 18rem;
      min-width: 0;
    }

    ::slotted([slot='image']) {
      display: block;
      max-width: 100%;
      height: auto;
    }

    .heading {
      margin: 0;
      font-family: var(--mdk-font-family-heading);
      font-size: var(--mdk-hero-heading-size, var(--mdk-font-size-2xl));
      font-weight: var(--mdk-font-weight-heading);
      line-height: var(--mdk-font-line-height-heading);
    }

    @media (min-width: 75em) {
      .heading {
        font-size: var(--mdk-hero-heading-size, var(--mdk-font-size-3xl));
      }
    }

    [part='subheading'] {
      margin: var(--mdk-space-3) 0 0;
      font-size: var(--mdk-font-size-xl);
      line-height: var(--mdk-font-line-height-heading);
    }

    /* Speaker, role and date: one block set apart from the titles. */
    .byline {
      margin-top: var(--mdk-space-6);
    }

    .byline p {
      margin: 0;
    }

    [part='speaker'] {
      font-weight: var(--mdk-font-weight-bold);
    }

    .byline [part='date']:not(:first-child) {
      margin-top: var(--mdk-space-2);
    }

    @media (forced-colors: active) {
      [part='base'] {
        border: var(--mdk-border-width-thin) solid CanvasText;
      }
    }
  `,
];
