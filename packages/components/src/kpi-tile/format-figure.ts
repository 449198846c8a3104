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
  // The same options for both forms; only the display differs: "1,6 Mio." / "1,6 Millionen", "70 %" / "70 Prozent".
  const formatter = (display: 'short' | 'long', shownNotation = notation) =>
    new Intl.NumberFormat(lang, {
      // German CLDR leaves four-digit numbers ungrouped ("1400"); the talk writes "1.400".
      useGrouping: 'always',
      // No "-0" for a small negative value rounded to zero.
      signDisplay: 'negative',
      maximumFractionDigits: notation === 'compact' ? 1 : 2,
      notation: shownNotation,
      compactDisplay: display,
      ...(unit === 'percent' && { style: 'unit', unit, unitDisplay: display }),
    });
  const short = formatter('short');
  // German abbreviates from a million on only: "43.210" is shown, yet compact words would say "43,2
  // Tausend", another number. The ear gets compact words only where the eye sees an abbreviation.
  const long = formatter('long', short.formatToParts(value).some((part) => part.type === 'compact') ? notation : 'standard');
  return {
    // Intl writes a hyphen-minus, which NVDA reads "Strich" or drops: the eye gets the minus sign, the
    // ear the word. A zero-width space after each group separator: the only places a long number may
    // wrap. With at most two fraction digits, a separator before three digits is always a group's.
    visible: qualifierSigns[qualifier] + short.format(value).replace('-', '\u2212').replace(/[.,](?=\d{3})/g, '$&\u200b'),
    spoken: `${words.qualifierWords[qualifier]} ${long.format(value).replace('-', `${words.minus} `)}`.trim(),
  };
}
