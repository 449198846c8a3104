import type { Language } from '../shared/language.js';
import { publicationTranslations } from './publication.translations.js';

const sizeUnits = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;

/**
 * A file size for people: a plain number of bytes is formatted for the language (2516582 → de
 * "2,4 MB", en "2.4 MB"); any other text is shown as written ("2,4 MB").
 */
export function formatFileSize(size: string, lang: Language): string {
  const written = size.trim();
  if (!/^\d+$/.test(written)) return written;
  let value = Number(written);
  let unit = 0;
  while (value >= 1024 && unit < sizeUnits.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(lang, { style: 'unit', unit: sizeUnits[unit], maximumFractionDigits: 1 }).format(value);
}

/** A page count for people ("48 Seiten", "1 page"), or `undefined` unless it is a whole number above 0. */
export function formatPageCount(pages: string, lang: Language): string | undefined {
  const written = pages.trim();
  if (!/^\d+$/.test(written) || Number(written) < 1) return undefined;
  const count = Number(written);
  return publicationTranslations[lang].pages(count, new Intl.NumberFormat(lang).format(count));
}
