import type { Language } from '../shared/language.js';

export interface PublicationTranslation {
  /** The terms of the details list. Neutral wording: a gender star would be read "Stern". */
  authors: string;
  publisher: string;
  date: string;
  licence: string;
  /** The page count in the link: "48 Seiten"; `formatted` is the count formatted for the language. */
  pages: (count: number, formatted: string) => string;
}

export const publicationTranslations: Record<Language, PublicationTranslation> = {
  de: {
    authors: 'Verfasst von',
    publisher: 'Herausgegeben von',
    date: 'Erschienen',
    licence: 'Lizenz',
    pages: (count, formatted) => `${formatted} ${count === 1 ? 'Seite' : 'Seiten'}`,
  },
  en: {
    authors: 'Written by',
    publisher: 'Published by',
    date: 'Published',
    licence: 'Licence',
    pages: (count, formatted) => `${formatted} ${count === 1 ? 'page' : 'pages'}`,
  },
};
