// Logos as cities slot them, for the brand frame's tests: vector logos with only a viewBox, which have
// no size of their own — the case a `width: auto; height: auto` rule draws 0 × 0.
import { html, type TemplateResult } from 'lit';

const svgFile = (width: number) =>
  `data:image/svg+xml,${encodeURIComponent(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} 48"><rect width="${width}" height="48"/></svg>`)}`;

/** Named 2:1 logos, so a test sees the aspect ratio kept and the name read. */
export const namedLogos: Record<string, () => TemplateResult> = {
  'an img of an SVG file': () => html`<img slot="logo" src=${svgFile(96)} alt="Wappen" width="96" height="48" />`,
  'an inline svg': () => html`<svg slot="logo" viewBox="0 0 96 48" role="img" aria-label="Wappen"><rect width="96" height="48" /></svg>`,
};

/** A 10:1 logo, wider than a 320 px page's band at any logo height. */
export const wideLogo = () => html`<img slot="logo" src=${svgFile(480)} alt="" width="480" height="48" />`;

/** The slotted logo's drawn box, once an image has loaded. */
export async function logoBox(host: Element): Promise<DOMRect> {
  const logo = host.querySelector('[slot=logo]')!;
  if (logo instanceof HTMLImageElement) await logo.decode();
  return logo.getBoundingClientRect();
}
