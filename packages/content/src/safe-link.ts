/**
 * Which link targets a strategy document may hold: `https:`, `http:`, `mailto:`, `tel:`, relative
 * URLs and `#fragments`. The components apply the same rule when they render (they drop what fails);
 * the schema applies it earlier: an import refuses a file with an unsafe link, so a bad link never
 * reaches a page, and the editor marks one typed into the form.
 */
export const allowedLinkSchemes = ['https:', 'http:', 'mailto:', 'tel:'] as const;

// Browsers drop tabs and newlines anywhere in a URL and controls or spaces at its ends before they
// read the scheme ("java\nscript:" is javascript:). `isSafeLink` refuses a link holding any of them.
// eslint-disable-next-line no-control-regex
const controlOrEdgeSpace = /[\u0000-\u001f\u007f]|^\s|\s$/;
// What a browser strips before it reads a URL, widened (as the components do) to every Unicode space
// at the ends, so that nothing is left to disagree about.
// eslint-disable-next-line no-control-regex
const edgeSpace = /^[\u0000-\u0020\s]+|[\u0000-\u0020\s]+$/g;
const tabOrNewline = /[\t\n\r]/g;
const scheme = /^([a-z][a-z0-9+.-]*):/i;
/** Two slashes at the start (browsers read a backslash as a slash there): a host name follows. */
const startsWithHost = /^[/\\]{2}/;

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

/**
 * Top-level domains that mark the start of a relative link as a host name a person meant to link to
 * ("muenchen.de/impressum"): the common generic ones and those of Europe and its cities. Left out on
 * purpose are those that are also file extensions (`.md`, `.py`, `.sh`, `.zip`, `.mov`, `.pl`), so
 * that "liesmich.md" stays the relative link it is.
 */
const knownTopLevelDomains = [
  'com', 'org', 'net', 'info', 'biz', 'gov', 'edu', 'int', 'eu', 'io', 'app', 'dev', 'online', 'digital', 'social', 'city',
  'de', 'at', 'ch', 'li', 'lu', 'be', 'nl', 'fr', 'it', 'es', 'pt', 'ie', 'uk', 'dk', 'se', 'no', 'fi', 'cz', 'sk', 'hu', 'si', 'hr', 'gr', 'us', 'ca',
  'bayern', 'berlin', 'hamburg', 'koeln', 'cologne', 'nrw', 'ruhr', 'saarland', 'wien', 'swiss', 'tirol',
];
const hostName = new RegExp(
  `^(?:www\\.[^/?#:]+|(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\\.)+(?:${knownTopLevelDomains.join('|')}))(?::\\d{1,5})?$`,
  'i',
);

/**
 * True when a link without a scheme starts with what looks like a host name: "www.muenchen.de/impressum",
 * "muenchen.de", "www.muenchen.de:8443/x". A browser reads such a link as a path on the page's own
 * site (<host>/www.muenchen.de/impressum), or, with a port, as a scheme of its own; the person
 * meant "https://" in front.
 */
export function looksLikeHostName(href: string): boolean {
  const firstSegment = /^[^/?#]*/.exec(href)![0];
  return hostName.test(firstSegment);
}

/**
 * What a link field's text is, as a link:
 * - `ok`: a safe link;
 * - `empty`: no text at all;
 * - `unsafe`: what a browser would follow is not an allowed link (`javascript:`, `data:`, a control
 *   character left inside, …);
 * - `untidy`: what a browser would follow is safe, but the text has spaces or controls at its ends or
 *   tabs and line breaks inside, which a browser strips (and which `isSafeLink` refuses);
 * - `missing-scheme`: a host name without "https://" in front ("www.muenchen.de/impressum"), which a
 *   browser takes for a path on the page's own site; or a host name after two slashes
 *   ("//www.muenchen.de"), which takes the scheme of the page it is on: `file:` for a published site
 *   opened from a folder, where Windows asks the host for a network share.
 *
 * And what copying from a mail, a PDF or a document brings along, each of which a browser reads as a
 * path on the page's own site, a dead link:
 * - `invisible`: characters nobody sees — a soft hyphen, a zero-width space, a direction mark, a byte
 *   order mark (Unicode's format characters);
 * - `wrapped`: an address in angle brackets, brackets or quotation marks ("<https://…>", „https://…“);
 * - `missing-colon`: "https//www.muenchen.de";
 * - `missing-mailto`: an e-mail address without "mailto:" in front.
 * And one that works but should not be published: `outlook-safe-link`, an address Outlook's Safe Links
 * rewrote, which sends every reader through Microsoft's service on the way to the real one.
 *
 * `meantLink` gives the address a person meant for each of these.
 */
export type LinkVerdict =
  | 'ok'
  | 'empty'
  | 'unsafe'
  | 'untidy'
  | 'missing-scheme'
  | 'invisible'
  | 'wrapped'
  | 'missing-colon'
  | 'missing-mailto'
  | 'outlook-safe-link';

// Unicode's format characters: soft hyphen, zero-width space and joiners, direction marks, byte order mark.
const invisibleCharacters = /\p{Cf}/gu;
/** Opening marks and the closing marks that go with them: mail programs' <…>, German „…“ and ‚…‘, English “…” and ‘…’, guillemets both ways. */
const wrapperPairs: Record<string, string> = { '<': '>', '(': ')', '[': ']', '„': '“', '“': '”', '"': '"', "'": "'", '‚': '‘', '‘': '’', '«': '»', '»': '«' };
const schemeWithoutColon = /^(https?)\/\//i;
/** Someone's address at a host name ("team@muenchen.de"; not "seite@2x.png", a file name). */
const emailAddress = /^[^\s@/?#:<>()[\]"']+@([^\s@/?#:]+)$/;
const outlookSafeLinkHost = /^[a-z0-9-]+\.safelinks\.protection\.outlook\.com$/i;

/** What is inside a pair of wrapping marks, or undefined when `href` is not wrapped. */
function unwrapped(href: string): string | undefined {
  const closing = wrapperPairs[href[0] ?? ''];
  return href.length > 2 && href.at(-1) === closing ? href.slice(1, -1) : undefined;
}

/** The address an Outlook Safe Link stands for, or undefined when `href` is not one. */
function outlookTarget(href: string): string | undefined {
  try {
    const url = new URL(href);
    return outlookSafeLinkHost.test(url.hostname) ? (url.searchParams.get('url') ?? undefined) : undefined;
  } catch {
    return undefined;
  }
}

export function checkLink(href: string): LinkVerdict {
  if (href === '') return 'empty';
  if (href.match(invisibleCharacters)) {
    // Said as what it is without them when that is unsafe ("java\u200Bscript:"): a file holding one is refused.
    return checkLink(href.replace(invisibleCharacters, '')) === 'unsafe' ? 'unsafe' : 'invisible';
  }
  const followed = href.replace(edgeSpace, '').replace(tabOrNewline, '');
  if (followed === '') return 'untidy';
  const ownScheme = scheme.exec(followed)?.[1];
  // "www.muenchen.de:8443/x" reads as the scheme "www.muenchen.de"; it is a host name and a port.
  if (ownScheme?.includes('.') && looksLikeHostName(followed)) return followed === href ? 'missing-scheme' : 'untidy';
  if (!isSafeLink(followed)) return 'unsafe';
  // Untidy only when what is left is not refused for what it holds (a quoted "javascript:…" is).
  if (followed !== href) return checkLink(followed) === 'unsafe' ? 'unsafe' : 'untidy';
  if (ownScheme === undefined) {
    const inside = unwrapped(href);
    if (inside !== undefined) {
      // A wrapped "javascript:…" is refused as what it is; a pair around nothing but spaces ("( )")
      // stays the relative link it is.
      if (checkLink(inside) === 'unsafe') return 'unsafe';
      if (inside.replace(edgeSpace, '') !== '') return 'wrapped';
    }
    if (schemeWithoutColon.test(href)) return 'missing-colon';
    if (hostName.test(emailAddress.exec(href)?.[1] ?? '')) return 'missing-mailto';
    if (looksLikeHostName(href) || startsWithHost.test(href)) return 'missing-scheme';
  }
  // Its target may itself need mending (a Safe Link of a Safe Link, as forwarded mail has them): `meantLink` does.
  const target = outlookTarget(href);
  if (target !== undefined && checkLink(target) !== 'unsafe' && meantLink(target) !== '') return 'outlook-safe-link';
  return 'ok';
}

/**
 * The link a person meant by a link without a scheme: "https://www.muenchen.de/impressum", also for
 * "//www.muenchen.de/impressum".
 */
function withHttps(href: string): string {
  return `https://${href.replace(startsWithHost, '')}`;
}

/**
 * The address a person meant by what they entered, for the messages to offer: invisible characters
 * and spaces at the ends left out, wrapping marks taken off, the missing colon, "https://" or
 * "mailto:" put in, an Outlook Safe Link replaced by the address it stands for. A link without
 * such a problem is returned as it is.
 */
export function meantLink(href: string): string {
  switch (checkLink(href)) {
    case 'invisible':
      return meantLink(href.replace(invisibleCharacters, ''));
    case 'untidy':
      return meantLink(href.replace(edgeSpace, '').replace(tabOrNewline, ''));
    case 'wrapped':
      return meantLink(unwrapped(href)!);
    case 'missing-colon':
      return meantLink(href.replace(schemeWithoutColon, '$1://'));
    case 'missing-mailto':
      return `mailto:${href}`;
    case 'missing-scheme':
      return meantLink(withHttps(href));
    case 'outlook-safe-link':
      return meantLink(outlookTarget(href)!);
    default:
      return href;
  }
}

// A logo is an image, never a link: besides the link schemes it may be embedded as a raster or SVG
// data URL (an <img> never runs an SVG's scripts).
const imageDataUrl = /^data:image\/(?:png|jpeg|webp|gif|svg\+xml);base64,[A-Za-z0-9+/]+={0,2}$/;

// An embedded logo can be a megabyte and more, and an editor checks the whole document on each
// keystroke: the last data URL found to be an image is kept, so the same logo is scanned once and
// not on every edit (a few milliseconds each). Any other text is scanned as before.
let lastImageDataUrl: string | undefined;

function isImageDataUrl(src: string): boolean {
  if (src === lastImageDataUrl) return true;
  if (!imageDataUrl.test(src)) return false;
  lastImageDataUrl = src;
  return true;
}

/** True when `src` may be an image source: a safe link or an embedded image. */
export function isSafeImageSource(src: string): boolean {
  return isImageDataUrl(src) || (isSafeLink(src) && !/^(?:mailto|tel):/i.test(src));
}

/**
 * What an image field's text is, as an image source: `ok` (an embedded image, or a link to one),
 * `not-an-image` (empty, or a `mailto:` or `tel:` link), `insecure` (an `http:` address, which pages
 * served over https — the app's preview and a published site — do not load), or what `checkLink`
 * says of it as a link (`unsafe`, `untidy`, `missing-scheme`, `invisible`, `wrapped`, …).
 */
export function checkImageSource(src: string): 'ok' | 'not-an-image' | 'insecure' | Exclude<LinkVerdict, 'ok' | 'empty'> {
  if (isImageDataUrl(src)) return 'ok';
  const verdict = checkLink(src);
  if (verdict === 'empty' || (verdict === 'ok' && /^(?:mailto|tel):/i.test(src))) return 'not-an-image';
  if (verdict === 'ok' && /^http:/i.test(src)) return 'insecure';
  return verdict;
}
