/** One link of the footer: its visible text and where it goes. */
export interface BrandFooterLink {
  label: string;
  href: string;
}

/**
 * Attribute converter for `links`: a JSON array of `{ "label", "href" }` objects. Never throws:
 * malformed JSON or anything but an array gives `null`, which the element treats as no links and
 * reports in development; entries that are not `{ label, href }` texts are skipped.
 */
export const footerLinksConverter = {
  fromAttribute(value: string | null): BrandFooterLink[] | null {
    if (value === null || value.trim() === '') return [];
    try {
      const parsed: unknown = JSON.parse(value);
      return Array.isArray(parsed) ? (parsed as BrandFooterLink[]) : null;
    } catch {
      return null;
    }
  },
  toAttribute(value: readonly BrandFooterLink[] | null): string | null {
    return value === null ? null : JSON.stringify(value);
  },
};

/** Whether an entry is a usable link: an object with a non-blank text `label` and a non-blank text `href`. */
export function isFooterLink(entry: unknown): entry is BrandFooterLink {
  if (typeof entry !== 'object' || entry === null) return false;
  const { label, href } = entry as Partial<Record<string, unknown>>;
  return typeof label === 'string' && label.trim() !== '' && typeof href === 'string' && href.trim() !== '';
}
