import type { Language } from '../shared/language.js';

/** The locale `Intl` formats dates in, per language: English dates read day first ("3 June 2025"). */
const dateLocales: Record<Language, string> = { de: 'de-DE', en: 'en-GB' };

export interface FormattedDate {
  /** The machine-readable date for `<time datetime>`: "2025-06-03", "2024-06", "2025". */
  datetime: string;
  /** The date as people read it: de "3. Juni 2025", "Juni 2024"; en "3 June 2025", "June 2024". */
  text: string;
}

/**
 * Formats an ISO 8601 calendar date — a day "2025-06-03", a month "2024-06" or a year "2025" — for
 * the language. Anything else, an impossible date ("2025-02-30") included, gives `undefined`, so the
 * caller shows it as written. Never throws.
 */
export function formatIsoDate(value: string, lang: Language): FormattedDate | undefined {
  const datetime = value.trim();
  const match = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(datetime);
  if (match === null) return undefined;
  const [, yearText, monthText, dayText] = match;
  const year = Number(yearText);
  const month = monthText === undefined ? 1 : Number(monthText);
  const day = dayText === undefined ? 1 : Number(dayText);
  // In UTC, so the day never shifts with the reader's time zone.
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  if (year < 1 || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) {
    return undefined;
  }
  const text = new Intl.DateTimeFormat(dateLocales[lang], {
    timeZone: 'UTC',
    year: 'numeric',
    month: monthText === undefined ? undefined : 'long',
    day: dayText === undefined ? undefined : 'numeric',
  }).format(date);
  return { datetime, text };
}
