/** URL schemes a link may carry. Everything else (`javascript:`, `data:`, `vbscript:`, …) is refused. */
export const allowedUrlSchemes = ['https:', 'http:', 'mailto:', 'tel:'] as const;

// What browsers strip before parsing a URL (C0 controls and spaces at the ends, tabs and newlines
// anywhere), widened to every Unicode space at the ends so that nothing is left to disagree about.
const edgeSpace = /^[\u0000-\u0020\s]+|[\u0000-\u0020\s]+$/g; // eslint-disable-line no-control-regex
const tabOrNewline = /[\t\n\r]/g;

/**
 * Returns the URL, trimmed, when it is safe to put in an `href` — an allowed scheme, a relative URL
 * or a `#fragment` — and `undefined` otherwise. The string checked is the string returned.
 */
export function safeUrl(url: string | null | undefined): string | undefined {
  if (typeof url !== 'string') return undefined;
  const candidate = url.replace(edgeSpace, '');
  if (candidate === '') return undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(candidate.replace(tabOrNewline, ''))?.[1];
  if (scheme !== undefined) {
    return (allowedUrlSchemes as readonly string[]).includes(`${scheme.toLowerCase()}:`) ? candidate : undefined;
  }
  // No scheme of its own: a relative URL. Resolve it as the browser will, to be sure of that.
  try {
    const { protocol } = new URL(candidate, 'https://relative.invalid/');
    return protocol === 'https:' ? candidate : undefined;
  } catch {
    return undefined;
  }
}
