import type { Language } from '../shared/language.js';
import { kpiTileTranslations, qualifierSigns } from './kpi-tile.translations.js';
import type { KpiNotation, KpiQualifier, KpiUnit } from './kpi-tile.types.js';

export interface FigureInput {
  value: number;
  qualifier: KpiQualifier;
  unit: KpiUnit;
  notation: KpiNotation;
  lang: Language;
}

export interface FormattedFigure {
  /** The short form people see: "~1,6 Mio.", ">70 %". Hidden from assistive technology. */
  visible: string;
  /** The same figure in words, as a screen reader should say it: "rund 1,6 Millionen". */
  spoken: string;
}

/** The placeholder shown for a missing or malformed value. */
export const missingValueSign = '–';

function numberOptions(unit: KpiUnit, notation: KpiNotation, display: 'short' | 'long'): Intl.NumberFormatOptions {
  return {
    // German CLDR leaves four-digit numbers ungrouped ("1400"); the talk writes "1.400".
    useGrouping: 'always',
    maximumFractionDigits: notation === 'compact' ? 1 : 2,
    ...(notation === 'compact' ? { notation: 'compact', compactDisplay: display } : {}),
    ...(unit === 'percent' ? { style: 'unit', unit: 'percent', unitDisplay: display } : {}),
  } as Intl.NumberFormatOptions;
}

/**
 * Formats a key figure twice: the abbreviated form for the eye and the words for the ear.
 * `unit: 'percent'` takes the number as it is written: 70 means 70 %, not 7000 %.
 */
export function formatFigure({ value, qualifier, unit, notation, lang }: FigureInput): FormattedFigure {
  const visibleNumber = new Intl.NumberFormat(lang, numberOptions(unit, notation, 'short')).format(value);
  const spokenNumber = new Intl.NumberFormat(lang, numberOptions(unit, notation, 'long')).format(value);
  const words = kpiTileTranslations[lang].qualifierWords[qualifier];
  return {
    visible: `${qualifierSigns[qualifier]}${visibleNumber}`,
    spoken: words ? `${words} ${spokenNumber}` : spokenNumber,
  };
}
