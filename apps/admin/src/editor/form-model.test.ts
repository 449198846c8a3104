import { createExampleDocument, validateDocument, type StrategyDocument } from '@muenchen-digital/content';
import { afterAll, describe, expect, it } from 'vitest';
import { switchUiLanguage, type UiLanguage } from '../localization.js';
import { formSections, type Field, type ItemListField, type ValueField } from './form-model.js';

/** The value field `key` anywhere in the form (inside groups and item lists), found by its key. */
function findValueField(fields: readonly Field[], key: string): ValueField | undefined {
  for (const field of fields) {
    if (field.kind === 'group' || field.kind === 'item-list') {
      const found = findValueField(field.fields, key);
      if (found) return found;
    } else if (field.kind !== 'text-list' && field.kind !== 'logo' && field.key === key) {
      return field;
    }
  }
  return undefined;
}

async function qualifierOptionsIn(language: UiLanguage) {
  await switchUiLanguage(language);
  const field = findValueField(
    formSections().flatMap((section) => section.fields),
    'qualifier',
  );
  return Object.fromEntries((field?.options?.(createExampleDocument()) ?? []).map(({ value, label }) => [value, label]));
}

afterAll(() => switchUiLanguage('de'));

describe('the key figure qualifier options', () => {
  // The signs are what the published figure shows ("> 70 %"): the choice names them in every language.
  it.each([
    { language: 'de', labels: { exact: 'genau', approx: 'rund (~)', 'more-than': 'mehr als (>)', 'less-than': 'weniger als (<)' } },
    { language: 'en', labels: { exact: 'Exactly', approx: 'About (~)', 'more-than': 'More than (>)', 'less-than': 'Less than (<)' } },
  ] as const)('show the sign beside the words ($language)', async ({ language, labels }) => {
    expect(await qualifierOptionsIn(language)).toEqual(labels);
  });
});

describe('a new channel', () => {
  it('has no stand-in address that would be published as it is: publishing asks for a real link first', () => {
    const channels = formSections()
      .find((section) => section.id === 'channels')
      ?.fields.find((field): field is ItemListField => field.kind === 'item-list' && field.key === 'items');
    const channel = channels!.create() as StrategyDocument['channels']['items'][number];
    expect(channel.href).toBe('');
    const strategy = createExampleDocument();
    strategy.channels.items.push(channel);
    const result = validateDocument(strategy, 'de');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems.map((problem) => problem.path)).toContain(`channels.items[${strategy.channels.items.length - 1}].href`);
  });
});
