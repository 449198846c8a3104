/**
 * An e-mail address as people write it, one `@` and a dot in the domain, no spaces or characters
 * that mean something else in a `mailto:` URL. Deliberately loose: the mail server decides the rest.
 */
const emailPattern = /^[^\s@<>()[\]\\,;:"?&#%/]+@[^\s@<>()[\]\\,;:"?&#%/]+\.[^\s@<>()[\]\\,;:"?&#%/.]+$/u;

/** `mailto:` plus the address, or `undefined` for something that is not an address. */
export function mailtoHref(email: string): string | undefined {
  return emailPattern.test(email) ? `mailto:${email}` : undefined;
}

/** What people put between digits: spaces (also no-break ones), hyphens (also non-breaking ones) and dashes, slashes, dots, brackets. */
const separators = /[\s\u00a0\u202f\-‐‑–/.()]/gu;

/**
 * A phone number as a `tel:` URL in international form, with every separator removed:
 * "089 233-12345" → `tel:+498923312345`, "+49 (0)89 233-12345" → `tel:+498923312345`,
 * "0049 89 …" → `tel:+4989…`. A national number (leading 0) takes `countryCode`. Anything else —
 * letters, no area code, too few or too many digits (E.164: at most 15) — gives `undefined`.
 */
export function telHref(phone: string, countryCode = '49'): string | undefined {
  if (!/^\+?[\d\s\u00a0\u202f\-‐‑–/.()]+$/u.test(phone)) return undefined;
  // "+49 (0)89", "0049 (0)89", "+49-(0)89": the bracketed trunk zero is dropped once a country code
  // stands before it.
  const compact = phone.replace(/^(\+|00)(\d{1,3})[\s\u00a0\-./]*\(0\)/u, '+$2').replace(separators, '');
  let digits: string;
  if (compact.startsWith('+')) digits = compact.slice(1);
  else if (compact.startsWith('00')) digits = compact.slice(2);
  else if (compact.startsWith('0')) digits = `${countryCode}${compact.slice(1)}`;
  else return undefined;
  if (!/^[1-9]\d{6,14}$/.test(digits)) return undefined;
  return `tel:+${digits}`;
}
