/**
 * Which link targets a strategy document may hold: `https:`, `http:`, `mailto:`, `tel:`, relative
 * URLs and `#fragments`. The components apply the same rule when they render (they drop what fails);
 * the schema applies it earlier and refuses the document, so a bad link never reaches a page.
 */
export const allowedLinkSchemes = ['https:', 'http:', 'mailto:', 'tel:'] as const;

// Browsers drop tabs and newlines anywhere in a URL and controls or spaces at its ends before they
// read the scheme ("java\nscript:" is javascript:). A link holding any of them is refused outright.
// eslint-disable-next-line no-control-regex
const controlOrEdgeSpace = /[\u0000-\u001f\u007f]|^\s|\s$/;
const scheme = /^([a-z][a-z0-9+.-]*):/i;

/** True when `href` may be a link target; an empty string is not a link at all and is refused too. */
export function isSafeLink(href: string): boolean {
  if (href === '' || controlOrEdgeSpace.test(href)) return false;
  const ownScheme = scheme.exec(href)?.[1];
  if (ownScheme !== undefined) return (allowedLinkSchemes as readonly string[]).includes(`${ownScheme.toLowerCase()}:`);
  // No scheme of its own: a relative URL. Resolve it as a browser would, to be sure.
  try {
    return new URL(href, 'https://relative.invalid/').protocol === 'https:';
  } catch {
    return false;
  }
}

// A logo is an image, never a link: besides the link schemes it may be embedded as a raster or SVG
// data URL (an <img> never runs an SVG's scripts).
const imageDataUrl = /^data:image\/(?:png|jpeg|webp|gif|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}$/;

/** True when `src` may be an image source: a safe link or an embedded image. */
export function isSafeImageSource(src: string): boolean {
  return imageDataUrl.test(src) || (isSafeLink(src) && !/^(?:mailto|tel):/i.test(src));
}
