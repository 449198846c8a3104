/** One link of the footer: its visible text and where it goes. */
export interface BrandFooterLink {
  label: string;
  href: string;
}

/** Whether an entry is a usable link: an object with a non-blank text `label` and a non-blank text `href`. */
export function isFooterLink(entry: unknown): entry is BrandFooterLink {
  if (typeof entry !== 'object' || entry === null) return false;
  const { label, href } = entry as Partial<Record<string, unknown>>;
  return typeof label === 'string' && label.trim() !== '' && typeof href === 'string' && href.trim() !== '';
}
