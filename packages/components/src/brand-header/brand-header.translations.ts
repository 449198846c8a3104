import type { Language } from '../shared/language.js';

export interface BrandHeaderTranslation {
  /** The skip link's text, the first tab stop of the page. */
  skipLink: string;
  /** Said after the brand in the home link's name, visually hidden: "…, Startseite". */
  home: string;
}

export const brandHeaderTranslations: Record<Language, BrandHeaderTranslation> = {
  de: { skipLink: 'Zum Inhalt springen', home: 'Startseite' },
  en: { skipLink: 'Skip to main content', home: 'Home page' },
};
