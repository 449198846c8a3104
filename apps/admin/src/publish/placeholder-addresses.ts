import type { StrategyDocument } from '@muenchen-digital/content';
import { linkPlaces, type Place } from '../editor/form-place.js';
import type { Path } from '../state/paths.js';

/**
 * Host names reserved for examples and tests (RFC 2606, RFC 6761): example.com, example.net and
 * example.org with their subdomains, and anything under .example, .test, .invalid or .localhost. An
 * address there reaches no city's page or inbox: it is a placeholder someone forgot to replace.
 */
const reservedHost = /(?:^|\.)(?:example\.(?:com|net|org)|example|test|invalid|localhost)\.?$/i;

/** The host a field's value addresses: a web or mail link's, or an e-mail address's; undefined for anything else. */
function hostOf(value: string): string | undefined {
  const email = /^[^\s@:/?]+@([^\s@/?]+)$/.exec(value.trim());
  if (email) return email[1];
  try {
    const url = new URL(value.trim());
    if (url.protocol === 'mailto:') return /@([^\s@?]+)/.exec(url.pathname)?.[1];
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.hostname : undefined;
  } catch {
    // Not an absolute address (a relative link, prose): it names no host.
    return undefined;
  }
}

/**
 * The paths of the document's values that address a host reserved for examples ("https://example.org/impressum",
 * "digital@example.org"): publishing names them and asks first. In the document's order.
 */
export function placeholderAddresses(document: StrategyDocument): Path[] {
  const found: Path[] = [];
  const visit = (value: unknown, path: Path) => {
    if (typeof value === 'string') {
      const host = hostOf(value);
      if (host !== undefined && reservedHost.test(host)) found.push(path);
    } else if (Array.isArray(value)) {
      value.forEach((item, index) => visit(item, [...path, index]));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    }
  };
  visit(document, []);
  return found;
}

/**
 * The fields whose address is still a placeholder, each named by where it sits in the form
 * ("Kanal 1 (Website), Link"), as the error summary names a field: for publishing's question, and
 * for the notes in the site's ZIP.
 */
export function placeholderPlaces(document: StrategyDocument): Place[][] {
  return placeholderAddresses(document)
    // No label of our own: the field is named by the form's.
    .map((path) => linkPlaces(path, document, ''))
    .filter((places) => places.length > 0);
}
