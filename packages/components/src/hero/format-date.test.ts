import { describe, expect, it } from 'vitest';
import { formatIsoDate } from './format-date.js';

describe('formatIsoDate', () => {
  it.each([
    { value: '2025-06-03', de: '3. Juni 2025', en: '3 June 2025' },
    { value: '2024-06', de: 'Juni 2024', en: 'June 2024' },
    { value: '2025', de: '2025', en: '2025' },
    { value: ' 2024-12-31 ', de: '31. Dezember 2024', en: '31 December 2024' },
    { value: '2024-02-29', de: '29. Februar 2024', en: '29 February 2024' },
  ])('formats $value as "$de" (de) and "$en" (en)', ({ value, de, en }) => {
    expect(formatIsoDate(value, 'de')).toEqual({ datetime: value.trim(), text: de });
    expect(formatIsoDate(value, 'en')).toEqual({ datetime: value.trim(), text: en });
  });

  it('keeps the day in every time zone: it formats in UTC', () => {
    expect(formatIsoDate('2025-01-01', 'de')?.text).toBe('1. Januar 2025');
  });

  it.each(['', '3.6.2025', '2025-6-3', '2025-02-30', '2023-02-29', '2025-13', '2025-00-10', '0000', 'morgen', '2025-06-03T10:00', '<b>2025</b>'])(
    'gives undefined, never throws, for %j',
    (value) => {
      expect(() => formatIsoDate(value, 'de')).not.toThrow();
      expect(formatIsoDate(value, 'de')).toBeUndefined();
    },
  );
});
