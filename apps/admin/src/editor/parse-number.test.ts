import { describe, expect, it } from 'vitest';
import { parseNumber } from './strategy-form.js';

/** Numbers as people type them in the UI's language; anything ambiguous stays "not a number yet". */
describe('parseNumber', () => {
  it.each([
    ['1600000', 1_600_000],
    ['1.600.000', 1_600_000],
    ['49,5', 49.5],
    ['1.234,5', 1234.5],
    [' -3 ', -3],
    ['0', 0],
  ])('reads German %j as %d', (typed, expected) => {
    expect(parseNumber(typed, 'de')).toBe(expected);
  });

  it.each([
    ['1600000', 1_600_000],
    ['1,600,000', 1_600_000],
    ['49.5', 49.5],
    ['1,234.5', 1234.5],
    ['-3', -3],
  ])('reads English %j as %d', (typed, expected) => {
    expect(parseNumber(typed, 'en')).toBe(expected);
  });

  it.each([
    ['', 'de'],
    ['   ', 'de'],
    ['1,6 Mio.', 'de'],
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
