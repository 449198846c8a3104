import type { Language } from '../shared/language.js';

export interface RecommendationTranslation {
  /** The sub-heading over what the recommendation starts from. */
  startingPoint: string;
  /** The sub-heading over what is to be done. */
  measures: string;
  /** The heading of `<mdk-recommendation-list>` when the author gives none. */
  listHeading: string;
  /** The visible badge on a highlighted entry; hidden from assistive technology, which hears `priorityPrefix`. */
  priority: string;
  /** What a screen reader hears before a highlighted title, in one run with it: "Priorität: …". */
  priorityPrefix: string;
}

export const recommendationTranslations: Record<Language, RecommendationTranslation> = {
  de: {
    startingPoint: 'Ausgangspunkt',
    measures: 'Maßnahmen',
    listHeading: 'Empfehlungen',
    priority: 'Priorität',
    priorityPrefix: 'Priorität: ',
  },
  en: {
    startingPoint: 'Starting point',
    measures: 'Measures',
    listHeading: 'Recommendations',
    priority: 'Priority',
    priorityPrefix: 'Priority: ',
  },
};
