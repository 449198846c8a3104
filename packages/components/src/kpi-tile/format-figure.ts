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

/**
 * Formats a key figure twice: the abbreviated form for the eye and the words for the ear.
 * `unit: 'percent'` takes the number as it is written: 70 means 70 %, not 7000 %.
 */
export function formatFigure({ value, qualifier, unit, notation, lang }: FigureInput): FormattedFigure {
  // The same options twice; only the display differs: "1,6 Mio." / "1,6 Millionen", "70 %" / "70 Prozent".
  const format = (display: 'short' | 'long') =>
    new Intl.NumberFormat(lang, {
      // German CLDR leaves four-digit numbers ungrouped ("1400"); the talk writes "1.400".
      useGrouping: 'always',
      maximumFractionDigits: notation === 'compact' ? 1 : 2,
      notation,
      compactDisplay: display,
      ...(unit === 'percent' && { style: 'unit', unit, unitDisplay: display }),
    }).format(value);
  return {
    visible: qualifierSigns[qualifier] + format('short'),
    spoken: `${kpiTileTranslations[lang].qualifierWords[qualifier]} ${format('long')}`.trim(),
  };
}
