import { describe, expect, it } from 'vitest';
import { formatNumber, parseNumber } from './strategy-form.js';

/** Numbers as people type them in the UI's language; anything ambiguous stays "not a number yet". */
describe('parseNumber', () => {
  it.each([
    ['1600000', 1_600_000],
    ['1.600.000', 1_600_000],
    ['49,5', 49.5],
    ['1.234,5', 1234.5],
    [' -3 ', -3],
    ['0', 0],
    ['1,6 Mio.', 1_600_000],
    ['1,1Mio', 1_100_000],
    ['2 Millionen', 2_000_000],
    ['1,2 Mrd.', 1_200_000_000],
    ['70 Tsd.', 70_000],
    ['-3,5 Tausend', -3500],
    // As copied from a tile, a PDF or a slide: a minus sign, a dash, invisible characters.
    ['−3', -3],
    ['–3,5', -3.5],
    ['1.600.\u200b000', 1_600_000],
    ['\ufeff49,5\u200e', 49.5],
  ])('reads German %j as %d', (typed, expected) => {
    expect(parseNumber(typed, 'de')).toBe(expected);
  });

  it.each([
    ['1600000', 1_600_000],
    ['1,600,000', 1_600_000],
    ['49.5', 49.5],
    ['1,234.5', 1234.5],
    ['-3', -3],
    ['1.6M', 1_600_000],
    ['1.1 million', 1_100_000],
    ['2bn', 2_000_000_000],
    ['70k', 70_000],
  ])('reads English %j as %d', (typed, expected) => {
    expect(parseNumber(typed, 'en')).toBe(expected);
  });

  it.each([
    ['', 'de'],
    ['   ', 'de'],
    ['ca. 1,6', 'de'],
    ['1,6 Mill', 'de'],
    ['Mio.', 'de'],
    ['1,6 Mio. Mio.', 'de'],
    ['1.6M', 'de'],
    ['1,6 Mio.', 'en'],
    ['abc', 'de'],
    ['1,2,3', 'de'],
    ['1.5.', 'de'],
    ['12.34', 'de'],
    ['49,5', 'en'],
    ['1e3', 'en'],
    ['Infinity', 'en'],
  ])('refuses %j in %s', (typed, locale) => {
    expect(parseNumber(typed, locale)).toBeUndefined();
  });
});

describe('formatNumber', () => {
  it.each([
    [1600000, 'de', '1600000'],
    [49.5, 'de', '49,5'],
    [49.5, 'en', '49.5'],
    [-0.5, 'de', '-0,5'],
    [1e21, 'de', '1000000000000000000000'],
    [1e-7, 'de', '0,0000001'],
    [2.5e-8, 'en', '0.000000025'],
  ])('shows %s in %s as "%s", which reads back as the same number', (value, locale, shown) => {
    expect(formatNumber(value, locale)).toBe(shown);
    expect(parseNumber(shown, locale)).toBe(value);
  });
});
