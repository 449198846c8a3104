/**
 * The Content Security Policies of the admin app and of the site it publishes, in one place: the
 * build writes the app's into index.html and preview.html, and publishing writes the site's into
 * its index.html. Both are delivered as `<meta http-equiv>`, so they hold on any static host; a
 * host that can send headers should also send `frame-ancestors` (a meta policy cannot).
 */
type Directives = Record<string, readonly string[]>;

const serialise = (directives: Directives) =>
  Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');

/**
 * The app: its own files only. Scripts are the bundle's modules (the English messages are a chunk
 * loaded with `import()`); no inline script, no eval. Styles are the bundle's stylesheets and the
 * theme's `<link>`; the kit's components use constructed stylesheets (`adoptedStyleSheets`), which
 * a style policy does not govern, so no inline style is allowed. Images may be a logo from an
 * `https:` address, a relative one or a `data:` URL: what the content model accepts without a
 * problem (it names an `http:` logo as one to put right, so no logo is blocked unnoticed). The preview is a same-origin
 * frame. Trusted Types: only Lit's own policy may turn strings into HTML.
 */
export const appContentSecurityPolicy = serialise({
  'default-src': ["'self'"],
  'script-src': ["'self'"],
  'style-src': ["'self'"],
  'img-src': ["'self'", 'data:', 'https:'],
  'font-src': ["'self'"],
  'connect-src': ["'self'"],
  'object-src': ["'none'"],
  'base-uri': ["'none'"],
  'form-action': ["'none'"],
  'frame-src': ["'self'"],
  'require-trusted-types-for': ["'script'"],
  'trusted-types': ['lit-html'],
});

/**
 * The published site: no script at all (its content is complete without one), nothing fetched but
 * its own stylesheets, fonts and images, and only the inline styles it was published with — each
 * component's styles inside its declarative shadow root, allowed by their SHA-256 hashes.
 */
export function publishedSiteContentSecurityPolicy(styleHashes: readonly string[]): string {
  return serialise({
    'default-src': ["'none'"],
    'script-src': ["'none'"],
    'style-src': ["'self'", ...styleHashes.map((hash) => `'sha256-${hash}'`)],
    'img-src': ["'self'", 'data:', 'https:'],
    'font-src': ["'self'"],
    'object-src': ["'none'"],
    'base-uri': ["'none'"],
    'form-action': ["'none'"],
  });
}
