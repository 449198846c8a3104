// React 19, Preact, Vue and Svelte write to an element's *property* whenever the element has one
// (`name in element`), not to its attribute. So markup copied from an HTML page into JSX or a
// template — `value="70"`, `tags='["Klimakrise"]'` — reaches the property as the attribute's text;
// `source={2}` reaches it as a number; a prop that goes away is set to `null`. This sweep holds every
// element of the kit to three promises, so a new element is held to them as soon as it has a sample:
//   1. an attribute's text set as the property means what the attribute means;
//   2. a property set to nothing (a prop taken away) means what the attribute left out means;
//   3. no value a framework may set makes an element throw;
//   4. an element writes no attribute it was not given (a default is not reflected), so a framework
//      that compares the DOM with what it rendered (hydration, Vue's and Angular's bindings) finds no
//      attribute it did not write. A slide names itself: its id and its citation scope are the exception;
//   5. `hidden` (React's and Vue's `hidden` prop, Angular's `[hidden]`) hides the element, as it hides
//      any HTML element: a `:host { display: block }` rule would otherwise beat the browser's own.
//   6. a property its type calls a number (`heading-level`, a tile's `value`) holds a number when an
//      attribute set it, so script that reads it back (`headingLevel === 3`) gets what the type promises;
//   7. an attribute removed gives its property back its default, as on an element never given it:
//      a text property typed `string` reads '' again, not null;
//   8. a list given as JSON leaves out an entry of another shape and shows the rest, as the same list
//      set as the property does (a Vue `:tags` binding, a React prop).
import { html, type LitElement, type ReactiveElement } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../src/index.js';
import manifest from '../custom-elements.json';
import { elementSamples as samples } from './element-samples.js';
import { fixture, settle } from './fixtures.js';
import { jsonArrayConverter } from '../src/shared/json-array.js';

/** The attributes an element writes on itself, and why. */
const ownAttributes: Record<string, string[]> = {
  // Links and the deck's hash reach a slide by its id; footnote markers pair with sources inside it.
  'mdk-slide': ['data-mdk-citation-scope', 'id'],
};

/** Values a framework may set a property to, besides the right one. */
const oddValues: unknown[] = [2, 0, true, false, null, undefined, {}, [], '', '   '];

interface ManifestDeclaration {
  tagName?: string;
  attributes?: Array<{ name: string; fieldName?: string; type?: { text: string } }>;
}
const declarations = (manifest as { modules: Array<{ declarations?: ManifestDeclaration[] }> }).modules.flatMap(
  (module) => module.declarations ?? [],
);

/** Every element the package declares in custom-elements.json. */
const kitTags = declarations.flatMap((declaration) => (declaration.tagName ? [declaration.tagName] : []));

/**
 * The element's attributes whose property the published types call a number: `number`, or a union of
 * number literals (`2 | 3 | 4 | 5 | 6`), perhaps with `undefined`.
 */
function numberAttributes(tag: string): Array<{ attribute: string; property: string }> {
  const declaration = declarations.find((candidate) => candidate.tagName === tag);
  return (declaration?.attributes ?? [])
    .filter(({ fieldName, type }) => fieldName && type && /^(number|\d+)( \| (number|\d+|undefined))*$/.test(type.text))
    .map(({ name, fieldName }) => ({ attribute: name, property: fieldName as string }));
}

type PropertyMap = typeof ReactiveElement.elementProperties;

/** The element's public reactive properties (internal state left out), by property name. */
function publicProperties(tag: string): PropertyMap {
  const element = customElements.get(tag) as unknown as typeof ReactiveElement;
  return new Map([...element.elementProperties].filter(([, options]) => !options.state));
}

/** The attribute a property reads, as Lit names it: its `attribute` option, else its name in lower case. */
function attributeOf(name: PropertyKey, options: { attribute?: boolean | string }): string | undefined {
  if (options.attribute === false) return undefined;
  return typeof options.attribute === 'string' ? options.attribute : String(name).toLowerCase();
}

function sampleOf(tag: string): string {
  const sample = samples[tag];
  if (sample === undefined) throw new Error(`No sample for <${tag}>`);
  return sample;
}

/** The attributes the element's sample sets, as written. */
function sampleAttributes(tag: string): Attr[] {
  const template = document.createElement('template');
  template.innerHTML = sampleOf(tag);
  return [...(template.content.firstElementChild as Element).attributes];
}

async function renderSample(tag: string): Promise<LitElement> {
  const container = await fixture<HTMLElement>(html`<div>${unsafeHTML(sampleOf(tag))}</div>`);
  return container.querySelector(tag) as LitElement;
}

/**
 * What the element renders: its shadow DOM as markup (Lit's comment markers, which carry random
 * numbers, left out) and its text. Equal markup gives an equal accessibility tree; comparing markup
 * instead of asking Chromium for the tree keeps the sweep's hundreds of comparisons fast.
 */
async function whatItGives(element: LitElement): Promise<{ markup: string; text: string }> {
  await settle(element.parentElement as HTMLElement);
  const root = element.shadowRoot;
  return {
    markup: (root?.innerHTML ?? '').replace(/<!--[^]*?-->/g, ''),
    text: (root?.textContent ?? '').replace(/\s+/g, ' '),
  };
}

beforeEach(() => {
  // Odd values are meant to be reported in development; the sweep only cares that nothing throws.
  vi.spyOn(console, 'warn').mockImplementation(() => {});
});

afterEach(() => {
  vi.restoreAllMocks();
});

describe('properties as frameworks set them', () => {
  it('has a sample for every element of the kit, so no element escapes the sweep', () => {
    expect(Object.keys(samples).sort()).toEqual([...kitTags].sort());
  });

  describe.each(kitTags)('<%s>', (tag) => {
    it("takes an attribute's text set as its property as the attribute itself", async () => {
      const attributes = sampleAttributes(tag);
      const properties = publicProperties(tag);
      const reference = await whatItGives(await renderSample(tag));
      let compared = 0;
      for (const [name, options] of properties) {
        const attribute = attributeOf(name, options);
        const text = attributes.find((candidate) => candidate.name === attribute)?.value;
        if (text === undefined) continue;
        const element = await renderSample(tag);
        element.removeAttribute(attribute as string);
        (element as unknown as Record<PropertyKey, unknown>)[name] = text;
        expect(await whatItGives(element), `${String(name)} = ${JSON.stringify(text)}`).toEqual(reference);
        compared += 1;
      }
      expect(compared, 'the sample sets no attribute of the element').toBeGreaterThan(0);
    });

    it('takes a property set to nothing (undefined, null, empty) as the attribute left out', async () => {
      const attributes = sampleAttributes(tag);
      let compared = 0;
      for (const [name, options] of publicProperties(tag)) {
        const attribute = attributeOf(name, options);
        const text = attributes.find((candidate) => candidate.name === attribute)?.value;
        if (text === undefined) continue;
        const withoutIt = await renderSample(tag);
        withoutIt.removeAttribute(attribute as string);
        const reference = await whatItGives(withoutIt);
        // React sets a prop it takes away to undefined; Vue sets null, or '' for a text property.
        // (Not '' where that is the attribute's own text, as for a present boolean attribute.)
        for (const nothingAtAll of text === '' ? [undefined, null] : [undefined, null, '']) {
          const element = await renderSample(tag);
          (element as unknown as Record<PropertyKey, unknown>)[name] = nothingAtAll;
          expect(await whatItGives(element), `${String(name)} = ${JSON.stringify(nothingAtAll)}`).toEqual(reference);
          compared += 1;
        }
      }
      expect(compared).toBeGreaterThan(0);
    });

    it('gives a property its default back when its attribute is removed', async () => {
      const attributes = sampleAttributes(tag);
      const untouched = document.createElement(tag) as unknown as Record<PropertyKey, unknown>;
      const element = await renderSample(tag);
      let compared = 0;
      for (const [name, options] of publicProperties(tag)) {
        const attribute = attributeOf(name, options);
        if (!attributes.some((candidate) => candidate.name === attribute)) continue;
        element.removeAttribute(attribute as string);
        await element.updateComplete;
        expect((element as unknown as Record<PropertyKey, unknown>)[name], String(name)).toEqual(untouched[name]);
        compared += 1;
      }
      expect(compared).toBeGreaterThan(0);
    });

    it('leaves out a list entry of another shape, given as JSON or as the property, and shows the rest', async () => {
      const attributes = sampleAttributes(tag);
      const reference = await whatItGives(await renderSample(tag));
      for (const [name, options] of publicProperties(tag)) {
        if (options.converter !== jsonArrayConverter) continue;
        const attribute = attributeOf(name, options) as string;
        const list = JSON.parse(attributes.find((candidate) => candidate.name === attribute)?.value ?? 'null') as unknown[];
        expect(list, `the sample gives ${attribute}`).toEqual(expect.any(Array));
        // A number, a null and an object of no known shape between the sample's own entries.
        const withOthers = [list[0], 42, null, { unknown: true }, ...list.slice(1)];
        const asAttribute = await renderSample(tag);
        asAttribute.setAttribute(attribute, JSON.stringify(withOthers));
        const fromJson = await whatItGives(asAttribute);
        // The same text as without them (a pillar keeps its position, and so its icon slot's name).
        expect(fromJson.text, `${attribute} as JSON`).toBe(reference.text);
        const asProperty = await renderSample(tag);
        asProperty.removeAttribute(attribute);
        (asProperty as unknown as Record<PropertyKey, unknown>)[name] = withOthers;
        expect(await whatItGives(asProperty), `${String(name)} as the property`).toEqual(fromJson);
      }
    });

    it('writes no attribute it was not given: its defaults are not reflected', async () => {
      const container = await fixture<HTMLElement>(html`<div></div>`);
      const element = document.createElement(tag);
      container.append(element);
      await settle(container);
      expect(element.getAttributeNames().sort()).toEqual(ownAttributes[tag] ?? []);
    });

    it('is hidden, for the eye and the ear, by the hidden attribute or property', async () => {
      const element = await renderSample(tag);
      element.hidden = true;
      await settle(element.parentElement as HTMLElement);
      expect(getComputedStyle(element).display).toBe('none');
      element.hidden = false;
      expect(getComputedStyle(element).display).not.toBe('none');
    });

    it('never throws, whatever a property is set to', async () => {
      for (const [name] of publicProperties(tag)) {
        for (const value of oddValues) {
          const element = await renderSample(tag);
          (element as unknown as Record<PropertyKey, unknown>)[name] = value;
          // A render that throws rejects updateComplete.
          await expect(element.updateComplete, `${String(name)} = ${JSON.stringify(value)}`).resolves.toBeTypeOf('boolean');
        }
      }
    });
  });
});

describe('number attributes', () => {
  const tagsWithNumbers = kitTags.filter((tag) => numberAttributes(tag).length > 0);

  it('include heading-level and a tile\'s value (the manifest is read as meant)', () => {
    expect(tagsWithNumbers).toContain('mdk-kpi-group');
    expect(numberAttributes('mdk-kpi-tile')).toEqual([{ attribute: 'value', property: 'value' }]);
  });

  it.each(tagsWithNumbers)('<%s> holds a number in each property its type calls a number, when the attribute set it', async (tag) => {
    const template = document.createElement('template');
    template.innerHTML = sampleOf(tag);
    const given = template.content.firstElementChild as Element;
    const attributes = numberAttributes(tag).filter(({ attribute }) => given.hasAttribute(attribute));
    expect(attributes, 'the sample sets none of its number attributes').not.toEqual([]);
    const element = (await renderSample(tag)) as unknown as Record<string, unknown>;
    for (const { attribute, property } of attributes) {
      expect(element[property], `${attribute}="${given.getAttribute(attribute)}"`).toBe(Number(given.getAttribute(attribute)));
    }
  });

  // React 19 and Vue set `heading-level="3"` from copied markup as the property, a text.
  it.each(tagsWithNumbers)('<%s> holds a number in each such property when a framework set it to the attribute\'s text', async (tag) => {
    const template = document.createElement('template');
    template.innerHTML = sampleOf(tag);
    const given = template.content.firstElementChild as Element;
    for (const { attribute, property } of numberAttributes(tag).filter(({ attribute }) => given.hasAttribute(attribute))) {
      const element = await renderSample(tag);
      element.removeAttribute(attribute);
      (element as unknown as Record<string, unknown>)[property] = given.getAttribute(attribute);
      await element.updateComplete;
      expect((element as unknown as Record<string, unknown>)[property], `${property} = "${given.getAttribute(attribute)}"`).toBe(Number(given.getAttribute(attribute)));
    }
  });
});

// The README's promise: "a number where the attribute holds text counts as that text" (`heading={2025}`).
describe('a number set to a text property', () => {
  it.each([
    { tag: 'mdk-recommendation', property: 'heading', value: 2025 },
    { tag: 'mdk-recommendation-list', property: 'heading', value: 2025 },
    { tag: 'mdk-vision', property: 'emphasis', value: 100 },
    { tag: 'mdk-kpi-group', property: 'heading', value: 2025 },
    { tag: 'mdk-tag-list', property: 'heading', value: 2025 },
  ])('<$tag> shows $property = $value as its text', async ({ tag, property, value }) => {
    const element = await renderSample(tag);
    element.removeAttribute('no-heading');
    if (property === 'emphasis') (element as unknown as Record<string, unknown>).textBefore = 'Wir sind';
    (element as unknown as Record<string, unknown>)[property] = value;
    const { text } = await whatItGives(element);
    expect(text).toContain(String(value));
  });
});
