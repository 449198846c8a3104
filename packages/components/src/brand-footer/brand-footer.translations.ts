import type { Language } from '../shared/language.js';

export interface BrandFooterTranslation {
  /** The name of the navigation landmark holding the legal links. */
  legalNavigation: string;
  /** The labels of the links given by `imprint-href`, `privacy-href` and `accessibility-href`. */
  imprint: string;
  privacy: string;
  accessibility: string;
}

export const brandFooterTranslations: Record<Language, BrandFooterTranslation> = {
  de: { legalNavigation: 'Rechtliches', imprint: 'Impressum', privacy: 'Datenschutz', accessibility: 'Barrierefreiheit' },
  en: { legalNavigation: 'Legal', imprint: 'Legal notice', privacy: 'Privacy', accessibility: 'Accessibility' },
};
