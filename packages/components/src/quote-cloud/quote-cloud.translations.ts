import type { Language } from '../shared/language.js';

export interface QuoteCloudTranslation {
  /** The quotation marks the element puts around each term, as the language writes them. */
  openingQuote: string;
  closingQuote: string;
}

export const quoteCloudTranslations: Record<Language, QuoteCloudTranslation> = {
  // „Selbstbestimmt“
  de: { openingQuote: '\u201E', closingQuote: '\u201C' },
  // “Self-determined”
  en: { openingQuote: '\u201C', closingQuote: '\u201D' },
};
