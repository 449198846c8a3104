import type { Language } from '../shared/language.js';

export interface SourceListTranslation {
  /** The list's heading when the author gives none. */
  heading: string;
  /** The words before a back link's reference, which name the link: "Zurück zu Verweis" 2a. */
  backToReference: string;
}

export const sourceListTranslations: Record<Language, SourceListTranslation> = {
  de: { heading: 'Quellen', backToReference: 'Zurück zu Verweis' },
  en: { heading: 'Sources', backToReference: 'Back to reference' },
};
