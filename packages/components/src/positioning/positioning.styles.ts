import { css } from 'lit';
import { hiddenStyles } from '../shared/hidden.styles.js';

// Each public knob (--mdk-positioning-*) falls back to a theme token. The layout follows the
// element's own width (a container query), so a positioning in a narrow column is a plain list too.
export const positioningStyles = [
  hiddenStyles,
  css`
    :host {
      display: block;
      container: mdk-positioning / inline-size;
      color: var(--mdk-color-text-default);
      font: var(--mdk-font-size-md) / var(--mdk-font-line-height-body) var(--mdk-font-family-body);
      /* Long German compounds break at syllables first, in the page's language (lang is inherited). */
      overflow-wrap: anywhere;
      hyphens: auto;
    }

    .view {
      --_gap: var(--mdk-positioning-gap, var(--mdk-space-5));
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--_gap);
    }

    .ring {
      display: none;
    }

    .hub {
      display: grid;
      gap: var(--mdk-space-3);
      min-width: 0;
    }

    .heading {
      margin: 0;
      color: var(--mdk-positioning-heading-color, var(--mdk-color-text-heading));
      font-family: var(--mdk-font-family-heading);
      font-size: var(--mdk-font-size-2xl);
      font-weight: var(--mdk-font-weight-heading);
      line-height: var(--mdk-font-line-height-heading);
    }

    [part='statement'] {
      margin: 0;
      max-width: 65ch;
    }

    /* The topic is in the words too: the emphasis only repeats it for the eye. */
    [part='topic'] {
      color: var(--mdk-positioning-topic-color, var(--mdk-color-accent-default));
      font-weight: var(--mdk-font-weight-bold);
    }

    [part='topics'] {
      display: flex;
      flex-wrap: wrap;
      gap: var(--mdk-space-1) 0;
      margin: 0;
      padding: 0;
      list-style: none;
      color: var(--mdk-positioning-topic-color, var(--mdk-color-accent-default));
      font-weight: var(--mdk-font-weight-bold);
    }

    /* The dash is seen, not read ("/ ''"): the list already says where one topic ends. It ends a topic,
       joined to its last word by a margin rather than a space, so a wrapped line never starts with it. */
    [part='topic-item']:not(:last-child)::after {
      /* First without the alternative text, for browsers that do not know it (Firefox before 128,
         Safari before 17.4): they drop the second declaration and keep the dash, which is then read. */
      content: '–';
      content: '–' / '';
      margin-inline: var(--mdk-space-2);
    }

    [part='dimensions'] {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--_gap);
      margin: 0;
      padding: 0;
      list-style: none;
    }

    [part='dimension'] {
      display: grid;
      min-width: 0;
    }

    @container mdk-positioning (min-width: 48rem) {
      /* More than 8 (or fewer than 3) dimensions: a grid of columns, read row by row. */
      [data-layout='stack'] [part='dimensions'] {
        grid-template-columns: repeat(
          auto-fill,
          minmax(min(100%, var(--mdk-positioning-min-column, var(--mdk-layout-card-min-width))), 1fr)
        );
      }

      /* The 360° view: the topic in the centre cell of a 3 × 3 grid, the dimensions clockwise around
         it in the cells ring.ts names. Only the placement changes: the order stays the list's. */
      [data-layout='ring'] {
        grid-template-columns: repeat(3, minmax(0, 1fr));
        grid-template-rows: repeat(3, auto);
        isolation: isolate;
      }

      [data-layout='ring'] .hub {
        grid-area: 2 / 2;
        align-self: center;
        justify-items: center;
        padding-block: var(--mdk-space-5);
        text-align: center;
      }

      [data-layout='ring'] .heading {
        font-size: var(--mdk-font-size-3xl);
      }

      [data-layout='ring'] [part='topics'] {
        justify-content: center;
      }

      /* The list spans the whole grid, over the centre: the centre's text stays selectable through it. */
      [data-layout='ring'] [part='dimensions'] {
        grid-area: 1 / 1 / -1 / -1;
        grid-template-columns: subgrid;
        grid-template-rows: subgrid;
        pointer-events: none;
      }

      [data-layout='ring'] [part='dimension'] {
        pointer-events: auto;
      }

      /* An ellipse through the middle of the outer cells, behind the cards: it shows between them. */
      [data-layout='ring'] .ring {
        display: block;
        position: relative;
        z-index: -1;
        grid-area: 1 / 1 / -1 / -1;
      }

      .ring::before {
        content: '';
        position: absolute;
        inset: 16.5%;
        border: var(--mdk-positioning-ring-width, var(--mdk-border-width-accent)) solid
          var(--mdk-positioning-ring-color, var(--mdk-color-border-decorative));
        border-radius: 50%;
      }

      [data-position='top'] {
        grid-area: 1 / 2;
      }
      [data-position='top-right'] {
        grid-area: 1 / 3;
      }
      [data-position='right'] {
        grid-area: 2 / 3;
      }
      [data-position='bottom-right'] {
        grid-area: 3 / 3;
      }
      [data-position='bottom'] {
        grid-area: 3 / 2;
      }
      [data-position='bottom-left'] {
        grid-area: 3 / 1;
      }
      [data-position='left'] {
        grid-area: 2 / 1;
      }
      [data-position='top-left'] {
        grid-area: 1 / 1;
      }
    }

    @media (forced-colors: active) {
      .ring::before {
        border-color: CanvasText;
      }
    }
  `,
];
