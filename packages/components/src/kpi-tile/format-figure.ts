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
  /**
   * The short form people see: "~1,6 Mio.", ">70 %", "−3,5 %" (with the minus sign U+2212). A zero-width
   * space follows each group separator ("1.\u200b234"), so a long number wraps only between groups.
   * Hidden from assistive technology.
   */
  visible: string;
  /** The same figure in words, as a screen reader should say it: "rund 1,6 Millionen", "minus 3,5 Prozent". */
  spoken: string;
}

/** The placeholder shown for a missing or malformed value. */
export const missingValueSign = '–';

/**
 * Formats a key figure twice: the abbreviated form for the eye and the words for the ear.
 * `unit: 'percent'` takes the number as it is written: 70 means 70 %, not 7000 %.
 */
export function formatFigure({ value, qualifier, unit, notation, lang }: FigureInput): FormattedFigure {
  const words = kpiTileTranslations[lang];
  // The same options twice; only the display differs: "1,6 Mio." / "1,6 Millionen", "70 %" / "70 Prozent".
  const format = (display: 'short' | 'long') =>
    new Intl.NumberFormat(lang, {
      // German CLDR leaves four-digit numbers ungrouped ("1400"); the talk writes "1.400".
      useGrouping: 'always',
      // No "-0" for a small negative value rounded to zero.
      signDisplay: 'negative',
      maximumFractionDigits: notation === 'compact' ? 1 : 2,
      notation,
      compactDisplay: display,
      ...(unit === 'percent' && { style: 'unit', unit, unitDisplay: display }),
    })
      .format(value)
      // Intl writes a hyphen-minus, which NVDA reads "Strich" or drops: the eye gets the minus sign, the ear the word.
      .replace('-', display === 'short' ? '\u2212' : `${words.minus} `);
  return {
    // A zero-width space after each group separator: the only places a long number may wrap. With at
    // most two fraction digits, a separator before three digits is always a group's.
    visible: qualifierSigns[qualifier] + format('short').replace(/[.,](?=\d{3})/g, '$&\u200b'),
    spoken: `${words.qualifierWords[qualifier]} ${format('long')}`.trim(),
  };
}
