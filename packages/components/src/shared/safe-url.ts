/** URL schemes a link may carry. Everything else (`javascript:`, `data:`, `vbscript:`, …) is refused. */
export const allowedUrlSchemes = ['https:', 'http:', 'mailto:', 'tel:'] as const;

/**
 * Returns the URL when it is safe to put in an `href` — an allowed scheme, a relative URL or a
 * `#fragment` — and `undefined` otherwise. Control characters and white space that browsers strip
 * before reading a scheme ("java\tscript:") are stripped here too before the check.
 */
export function safeUrl(url: string | null | undefined): string | undefined {
  if (url == null) return undefined;
  // eslint-disable-next-line no-control-regex -- the point is to find control characters
  const normalised = url.replace(/[\u0000-\u0020\u007f]+/g, '');
  if (normalised === '') return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(normalised)?.[1];
  if (scheme === undefined) return url.trim();
  return (allowedUrlSchemes as readonly string[]).includes(`${scheme.toLowerCase()}:`) ? url.trim() : undefined;
}
