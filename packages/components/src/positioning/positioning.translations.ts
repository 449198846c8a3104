import type { Language } from '../shared/language.js';

export interface PositioningTranslation {
  /** Fills the statement's `#Thema#` when a list of topics follows and no single topic is set. */
  eachTopic: string;
  /** Fills `#Thema#` when there is neither a topic nor a list of topics. */
  anyTopic: string;
}

export const positioningTranslations: Record<Language, PositioningTranslation> = {
  de: { eachTopic: 'jedes dieser Themen', anyTopic: 'ein Thema' },
  en: { eachTopic: 'each of these topics', anyTopic: 'a topic' },
};
