import type { Language } from '../shared/language.js';

export interface CalloutTranslation {
  /** The label that says in words that the fact is highlighted, when the author gives none. */
  label: string;
}

export const calloutTranslations: Record<Language, CalloutTranslation> = {
  de: { label: 'Wichtig' },
  en: { label: 'Important' },
};
