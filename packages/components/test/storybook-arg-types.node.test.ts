// The docs pages' API tables (.storybook/arg-types.ts): every attribute once, under "attributes", with a
// control; parts, slots, CSS properties and events documented apart from it, without a control.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { argTypesExtractor, argTypesOf, categories, controlTypeOf, type CustomElementsManifest } from '../.storybook/arg-types.js';

const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8')) as CustomElementsManifest & {
  modules: {
    declarations?: {
      tagName?: string;
      attributes?: { name: string }[];
      cssParts?: { name: string }[];
      cssProperties?: { name: string }[];
      slots?: { name: string }[];
      events?: { name: string }[];
    }[];
  }[];
};
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
const extract = argTypesExtractor(manifest);

describe('the docs pages’ API tables', () => {
  it.each(elements)('<$tagName>: each attribute once, under attributes, with a control', (element) => {
    const table = extract(element.tagName)!;
    const attributeRows = Object.entries(table).filter(([, entry]) => entry.table.category === categories.attributes);
    expect(attributeRows.map(([key]) => key).sort()).toEqual((element.attributes ?? []).map(({ name }) => name).sort());
    for (const [key, entry] of attributeRows) {
      expect(entry.name, key).toBe(key);
      expect(entry.control, key).not.toBe(false);
      expect(entry.type?.name, key).toBeDefined();
    }
  });

  it.each(elements)('<$tagName>: parts, slots, CSS properties and events are documented, without a control', (element) => {
    const table = extract(element.tagName)!;
    const documented = (category: string) =>
      Object.values(table)
        .filter((entry) => entry.table.category === category)
        .map((entry) => entry.name)
        .sort();
    expect(documented(categories.cssParts)).toEqual((element.cssParts ?? []).map(({ name }) => name).sort());
    expect(documented(categories.cssProperties)).toEqual((element.cssProperties ?? []).map(({ name }) => name).sort());
    expect(documented(categories.events)).toEqual((element.events ?? []).map(({ name }) => name).sort());
    expect(documented(categories.slots)).toEqual((element.slots ?? []).map(({ name }) => name || '(default)').sort());
    for (const entry of Object.values(table).filter((row) => row.table.category !== categories.attributes)) {
      expect(entry.control, `${entry.table.category} ${entry.name}`).toBe(false);
    }
  });

  it.each(elements)('<$tagName>: each attribute’s default is a value, not a constant’s name', (element) => {
    const table = extract(element.tagName)!;
    for (const entry of Object.values(table).filter((row) => row.table.category === categories.attributes)) {
      const summary = entry.table.defaultValue?.summary;
      if (summary === undefined) continue;
      expect(summary, entry.name).toMatch(/^(?:'[^']*'|"[^"]*"|-?\d+(?:\.\d+)?|true|false|null|undefined|\[\])$/);
    }
  });

  it('the hero: the title attribute and the title part no longer collide', () => {
    const table = extract('mdk-hero')!;
    expect(table.heading).toMatchObject({ name: 'heading', type: { name: 'string' }, table: { category: categories.attributes } });
    expect(table['part:heading']).toMatchObject({ name: 'heading', control: false, table: { category: categories.cssParts } });
    expect(table['heading-level']).toMatchObject({ type: { name: 'enum', value: ['1', '2', '3', '4', '5', '6'] }, table: { defaultValue: { summary: '1' } } });
    expect(table['heading-level']!.description).toContain('Property: `headingLevel`.');
  });

  it('the check bites: a part named like an attribute would replace it if keyed by name', () => {
    const table = argTypesOf({
      tagName: 'x-test',
      attributes: [{ name: 'heading', type: { text: 'string' } }],
      cssParts: [{ name: 'heading' }],
      slots: [{ name: 'heading' }],
    });
    expect(Object.keys(table).sort()).toEqual(['heading', 'part:heading', 'slot:heading']);
    expect(table.heading!.table.category).toBe(categories.attributes);
  });

  it.each([
    ['string', { name: 'string' }],
    ['number | undefined', { name: 'number' }],
    ['boolean', { name: 'boolean' }],
    ["'overview' | 'present'", { name: 'enum', value: ['overview', 'present'] }],
    ['1 | 2 | 3 | 4 | 5 | 6 | undefined', { name: 'enum', value: ['1', '2', '3', '4', '5', '6'] }],
    ['readonly BrandFooterLink[] | null', { name: 'array' }],
    ['string[] | null', { name: 'array' }],
    ['HeadingLevel', { name: 'string' }],
  ])('an attribute of type %s gets the control %o', (text, expected) => {
    expect(controlTypeOf(text)).toEqual(expected);
  });
});
