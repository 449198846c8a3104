import { warnOnce } from './dev-warnings.js';

/**
 * Attribute converter for a list given as JSON: `tags='["Klimakrise", "Mobilität"]'`,
 * `channels='[{"platform": "linkedin", …}]'`. It gives the attribute's array with its entries as they
 * are, and the element keeps the usable ones — as it does with an array set as the property — so one
 * list means the same however it is given (a Vue `:tags` binding, a React prop, an HTML attribute).
 * Never throws: malformed JSON, or anything but an array, gives `null`, which the element shows as an
 * empty list and reports in development; a blank or missing attribute is an empty list.
 */
export const jsonArrayConverter = {
  fromAttribute(value: string | null): unknown[] | null {
    if (value === null || value.trim() === '') return [];
    try {
      const parsed: unknown = JSON.parse(value);
      return Array.isArray(parsed) ? parsed : null;
    } catch {
      return null;
    }
  },
  toAttribute(value: readonly unknown[] | null): string | null {
    return value === null ? null : JSON.stringify(value);
  },
};

/**
 * Development only (call it inside `if (__MDK_DEV__)`): warns once when the list `name` is no array,
 * so nothing of it shows, or when `kept` of its entries are usable and the others — not `shape`, or
 * blank — are left out. `example` is the attribute as it should look.
 */
export function warnAboutList(element: Element, name: string, list: unknown, kept: number, shape: string, example = ''): void {
  if (!Array.isArray(list)) {
    warnOnce(element, name, `${name} is not a JSON array of ${shape}${example ? `, e.g. ${example}` : ''}; nothing of it is shown.`);
  } else if (kept < list.length) {
    warnOnce(element, `${name}-entries`, `${name} has ${list.length - kept} of ${list.length} entries that are not ${shape}, or are blank; they are left out.`);
  }
}
