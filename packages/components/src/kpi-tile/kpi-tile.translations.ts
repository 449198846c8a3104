import type { Language } from '../shared/language.js';
import type { KpiQualifier } from './kpi-tile.types.js';

export interface KpiTileTranslation {
  /** Words a screen reader says for the qualifier; `exact` says nothing. */
  qualifierWords: Record<KpiQualifier, string>;
  /** The word a screen reader says for a negative number's sign: "minus 3,5 Prozent". */
  minus: string;
  /** What a screen reader says for a missing or malformed value. */
  notAvailable: string;
  /** The word before a footnote marker's number, which names the link: "Quelle" 2. */
  sourceWord: string;
  /** The visible and spoken "as of" note: "Stand 2025". */
  asOf: (date: string) => string;
}

export const kpiTileTranslations: Record<Language, KpiTileTranslation> = {
  de: {
    qualifierWords: { exact: '', approx: 'rund', 'more-than': 'mehr als', 'less-than': 'weniger als' },
    minus: 'minus',
    notAvailable: 'keine Angabe',
    sourceWord: 'Quelle',
    asOf: (date) => `Stand ${date}`,
  },
  en: {
    qualifierWords: { exact: '', approx: 'about', 'more-than': 'more than', 'less-than': 'less than' },
    minus: 'minus',
    notAvailable: 'not available',
    sourceWord: 'source',
    asOf: (date) => `as of ${date}`,
  },
};

/** The visible signs of the qualifiers; the same in every language, hidden from assistive technology. */
export const qualifierSigns: Record<KpiQualifier, string> = {
  exact: '',
  approx: '~',
  'more-than': '>',
  'less-than': '<',
};
