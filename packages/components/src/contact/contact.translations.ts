import type { Language } from '../shared/language.js';

export interface ContactTranslation {
  /** The terms before the e-mail address and the phone number. */
  email: string;
  phone: string;
}

export const contactTranslations: Record<Language, ContactTranslation> = {
  de: { email: 'E-Mail', phone: 'Telefon' },
  en: { email: 'Email', phone: 'Phone' },
};
