// Decorative pictures drawn for the stories, inline SVG coloured with the theme's tokens: they take the
// city theme and mode chosen in the toolbar (München blue, Musterstadt aubergine; light, dark, high
// contrast) instead of one city's colours baked into an image file. Not part of the API.
import { nothing, svg } from 'lit';

/**
 * An abstract skyline for the hero's `image` slot, in token colours: a light sky, houses darker than the
 * hero's band (so the picture's lower edge stays visible on it) and a sun in the highlight colour.
 */
export const skylineImage = (slot = 'image') => svg`<svg
  slot=${slot}
  xmlns="http://www.w3.org/2000/svg"
  viewBox="0 0 288 160"
  width="288"
  height="160"
  aria-hidden="true"
  focusable="false"
>
  <rect width="288" height="160" style="fill: var(--mdk-color-border-decorative)"></rect>
  <path
    d="M0 160V96h32V64h24v32h24V40h16l8-24 8 24h16v56h24V72h32v24h24V56h24v40h24V80h32v80z"
    style="fill: var(--mdk-color-accent-strong)"
  ></path>
  <circle cx="236" cy="36" r="16" style="fill: var(--mdk-color-text-highlight-on-accent)"></circle>
</svg>`;

/** A publication's cover for the `thumbnail` slot: a title bar, three lines of text and a foot bar. */
export const coverImage = (slot = 'thumbnail') => svg`<svg
  slot=${slot}
  xmlns="http://www.w3.org/2000/svg"
  viewBox="0 0 96 128"
  width="96"
  height="128"
  aria-hidden="true"
  focusable="false"
>
  <rect width="96" height="128" style="fill: var(--mdk-color-surface-subtle); stroke: var(--mdk-color-border-decorative)"></rect>
  <rect x="12" y="16" width="72" height="10" style="fill: var(--mdk-color-accent-default)"></rect>
  <rect x="12" y="36" width="60" height="4" style="fill: var(--mdk-color-text-muted)"></rect>
  <rect x="12" y="46" width="66" height="4" style="fill: var(--mdk-color-text-muted)"></rect>
  <rect x="12" y="56" width="50" height="4" style="fill: var(--mdk-color-text-muted)"></rect>
  <rect x="0" y="118" width="96" height="10" style="fill: var(--mdk-color-accent-default)"></rect>
</svg>`;

/**
 * A plain emblem (not a city's logo) for a `logo` slot, drawn in `currentColor`: the colour of the
 * text around it — white on the header's band, the accent colour on the footer — in every theme.
 * Decorative by default; with `label` it is an image named by that label.
 */
export const emblemImage = (options: { slot?: string; label?: string; colour?: string; size?: number } = {}) => {
  const { slot = 'logo', label, colour, size = 40 } = options;
  return svg`<svg
    slot=${slot}
    xmlns="http://www.w3.org/2000/svg"
    viewBox="0 0 48 48"
    width=${size}
    height=${size}
    role=${label ? 'img' : nothing}
    aria-label=${label ?? nothing}
    aria-hidden=${label ? nothing : 'true'}
    focusable="false"
    style=${colour ? `color: ${colour}` : nothing}
  >
    <path d="M6 4h36v22c0 10-8 16-18 20C14 42 6 36 6 26z" fill="none" stroke="currentColor" stroke-width="3"></path>
    <path d="M15 33V16l9 9 9-9v17" fill="none" stroke="currentColor" stroke-width="3"></path>
  </svg>`;
};
