import { afterEach, describe, expect, it } from 'vitest';
import englishXliff from '../xliff/en.xlf?raw';
import { dateLocale, initialUiLanguage } from './localization.js';

/**
 * The English UI is complete: `lit-localize extract` adds a unit without a target for every new
 * German message, and the app would then show German in the English UI without a word of warning.
 * That every message of the sources has a unit at all is checked in `pnpm lint`
 * (scripts/check-message-catalogue.mjs), which extracts them afresh.
 */
const units = [...new DOMParser().parseFromString(englishXliff, 'application/xml').querySelectorAll('trans-unit')];
const placeholders = (element: Element | null) => [...(element?.querySelectorAll('x') ?? [])].map((x) => x.getAttribute('id')).sort();

describe('the English translation (xliff/en.xlf)', () => {
  it('has units to check', () => {
    expect(units.length).toBeGreaterThan(200);
  });

  it('translates every message', () => {
    const untranslated = units.filter((unit) => !unit.querySelector('target')?.textContent?.trim()).map((unit) => unit.querySelector('source')?.textContent);
    expect(untranslated).toEqual([]);
  });

  it('keeps every placeholder of the German message', () => {
    const broken = units
      .filter((unit) => placeholders(unit.querySelector('source')).join() !== placeholders(unit.querySelector('target')).join())
      .map((unit) => unit.getAttribute('id'));
    expect(broken).toEqual([]);
  });
});

describe('dates and times in the UI', () => {
  it("are written in the reader's regional form of the UI's language, else in British English or German", () => {
    expect(dateLocale('en', ['de-DE', 'en-US'])).toBe('en-US');
    expect(dateLocale('en', ['en-GB', 'de'])).toBe('en-GB');
    expect(dateLocale('en', ['de-DE', 'en'])).toBe('en-GB');
    expect(dateLocale('de', ['de-AT', 'en-GB'])).toBe('de-AT');
    expect(dateLocale('de', ['en-GB'])).toBe('de-DE');
    // What a reader of the English UI sees: day first, a 24-hour clock where the reader has one.
    const savedAt = Date.UTC(2026, 10, 28, 13, 9);
    expect(new Intl.DateTimeFormat(dateLocale('en', ['en']), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(savedAt)).toBe('28 Nov 2026, 13:09');
  });
});

describe('initialUiLanguage', () => {
  const key = 'muenchen-digital-admin/ui-language';
  afterEach(() => localStorage.removeItem(key));

  it('takes the language chosen last where the installation offers it, else its first', () => {
    localStorage.setItem(key, 'en');
    expect(initialUiLanguage(['de', 'en'])).toBe('en');
    // A German-only installation (MDK_UI_LANGUAGES=de): English chosen in another one on this origin does not count.
    expect(initialUiLanguage(['de'])).toBe('de');
    localStorage.removeItem(key);
    expect(initialUiLanguage(['en', 'de'])).toBe('en');
    expect(initialUiLanguage(['de', 'en'])).toBe('de');
  });
});

