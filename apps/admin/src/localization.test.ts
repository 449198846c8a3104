import { describe, expect, it } from 'vitest';
import englishXliff from '../xliff/en.xlf?raw';

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
