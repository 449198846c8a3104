import { createExampleDocument, locationOf, validateDocument } from '@muenchen-digital/content';
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

/** Every item list in the form, with where its items live in `document` (nested lists: in the first item of their parent). */
function itemListsIn(fields: readonly Field[], at: (string | number)[]): { list: ItemListField; path: (string | number)[] }[] {
  return fields.flatMap((field) => {
    if (field.kind === 'group') return itemListsIn(field.fields, [...at, field.key]);
    if (field.kind !== 'item-list') return [];
    const path = [...at, field.key];
    return [{ list: field, path }, ...itemListsIn(field.fields, [...path, 0])];
  });
}

/** A channel's platform names a real choice ("website" gives the website icon); every other text of a new item starts empty. */
const textsWithADefault = new Set(['channels.items.platform']);
/** The value fields whose value is text a person writes (numbers, choices and checkboxes have real defaults). */
const textKinds: ReadonlySet<ValueField['kind']> = new Set(['text', 'textarea', 'link', 'email', 'tel', 'date']);

describe('a new item of any list', () => {
  const lists = formSections().flatMap((section) => itemListsIn(section.fields, [...section.path]));

  it('finds every list of the form', () => {
    expect(lists.map(({ path }) => path.join('.'))).toEqual([
      'keyFigures.groups',
      'keyFigures.groups.0.figures',
      'sources.items',
      'mission.items',
      'positionings.items',
      'positionings.items.0.dimensions',
      'publications.items',
      'recommendations.items',
      'closing.pillars',
      'channels.items',
    ]);
  });

  // A stand-in ("Neue Kennzahl", "https://example.org/") would be published as it is; an empty
  // required text is a problem that publishing names first.
  it.each(lists.map(({ list, path }) => ({ name: path.join('.'), list, path })))('has no stand-in texts, and publishing asks for its required ones: $name', ({ list, path }) => {
    const item = list.create();
    const listKey = path.filter((step) => typeof step === 'string').join('.');
    const hasDefault = (field: ValueField) => textsWithADefault.has(`${listKey}.${field.key}`);
    const texts = list.fields.filter((field): field is ValueField => field.kind !== 'item-list' && field.kind !== 'text-list' && field.kind !== 'group' && field.kind !== 'logo' && textKinds.has(field.kind));
    for (const field of texts) if (!hasDefault(field)) expect(item[field.key], field.key).toBe('');

    const strategy = createExampleDocument();
    const container = path.reduce<unknown>((node, step) => (node as Record<string | number, unknown>)[step], strategy) as unknown[];
    container.push(item);
    const itemPath = `${path.map((step, index) => (typeof step === 'number' ? `[${step}]` : `${index ? '.' : ''}${step}`)).join('')}[${container.length - 1}]`;
    const result = validateDocument(strategy, 'de');
    const problemPaths = result.ok ? [] : result.problems.map((problem) => problem.path);
    const required = texts.filter((field) => field.required && !hasDefault(field));
    for (const field of required) expect(problemPaths, field.key).toContain(`${itemPath}.${field.key}`);
    expect(texts.length, "each list's items hold texts").toBeGreaterThan(0);
  });
});

/** Every field of the form with its label and where its value lives (a list's fields: in its first item). */
function labelledPlacesIn(fields: readonly Field[], at: (string | number)[]): { path: (string | number)[]; label: string }[] {
  return fields.flatMap((field) => {
    const path = [...at, field.key];
    const own = { path, label: field.label() };
    if (field.kind === 'group') return [own, ...labelledPlacesIn(field.fields, path)];
    if (field.kind === 'item-list') return [own, ...labelledPlacesIn(field.fields, [...path, 0])];
    return [own];
  });
}

describe('the places that problems name', () => {
  // A problem says where it is ("Empfehlungen › Empfehlung 1 › Als Priorität kennzeichnen"): in the
  // words of the form, or the person looks for a field that does not exist.
  it.each(['de', 'en'] as const)('use the form’s own labels for its sections and fields (%s)', async (language) => {
    await switchUiLanguage(language);
    const mismatches: string[] = [];
    for (const section of formSections()) {
      const sectionWords = locationOf(section.path, language);
      if (section.path.length > 0 && sectionWords !== section.title()) mismatches.push(`${sectionWords} ≠ section ${section.title()}`);
      for (const { path, label } of labelledPlacesIn(section.fields, [...section.path])) {
        const words = locationOf(path, language);
        if (!words.endsWith(` › ${label}`) && words !== label) mismatches.push(`${words} ≠ field ${label}`);
      }
    }
    expect(mismatches).toEqual([]);
  });
});
