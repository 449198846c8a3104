import { css } from 'lit';

/**
 * The kit's card on `[part='base']`: a thin decorative edge, a thick accent edge at the bottom, more
 * room from 48em (768 px at the default text size). The colours come from `--_card-border-color`,
 * `--_card-accent-color` and `--_card-background`, which each component sets on that same element
 * from its own public knobs: set there rather than on `:host`, a knob given through `::part(base)`
 * still counts, and no card inherits another's colours.
 */
export const cardStyles = css`
  [part='base'] {
    box-sizing: border-box;
    height: 100%;
    padding: var(--mdk-space-5) var(--mdk-space-4);
    border: var(--mdk-border-width-thin) solid var(--_card-border-color);
    border-bottom: var(--mdk-border-width-accent) solid var(--_card-accent-color);
    border-radius: var(--mdk-radius-card);
    background: var(--_card-background);
  }

  @media (min-width: 48em) {
    [part='base'] {
      padding: var(--mdk-space-6) var(--mdk-space-5);
    }
  }

  @media (forced-colors: active) {
    [part='base'] {
      border-color: CanvasText;
    }
  }
`;
