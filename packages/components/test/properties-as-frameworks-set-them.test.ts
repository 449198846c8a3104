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
import { html, type LitElement, type ReactiveElement } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import '../src/index.js';
import manifest from '../custom-elements.json';
import { fixture, settle } from './fixtures.js';

/** One sample per element, with every attribute it has set to a usable value. */
const samples: Record<string, string> = {
  'mdk-kpi-tile': `<mdk-kpi-tile value="1600000" qualifier="approx" unit="none" notation="compact" label="Bürger*innen"
    spoken-label="Bürgerinnen und Bürger" source="2" as-of="2025"></mdk-kpi-tile>`,
  'mdk-kpi-group': `<mdk-kpi-group heading="Musterstadt in Zahlen" heading-level="3">
    <mdk-kpi-tile value="70" unit="percent" qualifier="more-than" label="digital"></mdk-kpi-tile></mdk-kpi-group>`,
  'mdk-source-list': `<mdk-source-list heading="Quellen" heading-level="3">
    <mdk-source number="2" href="https://example.org/zahlen">Statistisches Amt</mdk-source></mdk-source-list>`,
  'mdk-source': `<mdk-source number="2" href="https://example.org/zahlen">Statistisches Amt</mdk-source>`,
  'mdk-strategy-card': `<mdk-strategy-card heading="Digitale Teilhabe" heading-level="3"
    points='["Fokus auf Anwendung", "Strategische Evaluierung"]'></mdk-strategy-card>`,
  'mdk-positioning': `<mdk-positioning topic="Positionierung" statement="Wir gestalten" heading-level="3"
    dimensions='[{"title": "Menschen", "points": ["Teilhabe"]}, {"title": "Technik", "points": ["Plattformen"]}]'
    topics='["Daten", "KI"]'></mdk-positioning>`,
  'mdk-recommendation': `<mdk-recommendation heading="Empfehlung" heading-level="3"
    starting-point='["Viele Kanäle"]' measures='["Ein Portal", "Ein Konto"]'></mdk-recommendation>`,
  'mdk-recommendation-list': `<mdk-recommendation-list heading="Empfehlungen" heading-level="3"
    items='["Portal", {"title": "Konto", "highlighted": true}]'></mdk-recommendation-list>`,
  'mdk-pillars': `<mdk-pillars heading-level="3"
    items='[{"title": "Menschen", "text": "Teilhabe"}, {"title": "Daten", "text": "Offen"}, {"title": "Technik"}]'></mdk-pillars>`,
  'mdk-vision': `<mdk-vision heading="Vision" heading-level="3" text-before="Wir sind" emphasis="digital" text-after="und nah."></mdk-vision>`,
  'mdk-statement': `<mdk-statement text="Digital ist normal." heading-level="3"></mdk-statement>`,
  'mdk-quote-cloud': `<mdk-quote-cloud heading="Was wir hören" heading-level="3" terms='["Schneller", "Einfacher"]'></mdk-quote-cloud>`,
  // With no-heading, so a boolean attribute is in the sweep too.
  'mdk-tag-list': `<mdk-tag-list heading="Themen" heading-level="3" no-heading tags='["Klimakrise", "Mobilität"]'></mdk-tag-list>`,
  'mdk-callout': `<mdk-callout figure="24/7" text="erreichbar" label="Hinweis"></mdk-callout>`,
  'mdk-publication': `<mdk-publication heading="Digitalstrategie" heading-level="3" authors="IT-Referat" publisher="Musterstadt"
    date="2025" licence="CC BY 4.0" href="https://example.org/strategie.pdf" format="PDF" size="2 MB" pages="40"></mdk-publication>`,
  'mdk-hero': `<mdk-hero heading="Von der Strategie zum Handeln" heading-level="1" subheading="Digitalstrategie"
    speaker="Erika Mustermann" speaker-role="CDO" date="2025"></mdk-hero>`,
  'mdk-channel-links': `<mdk-channel-links heading="Kanäle" heading-level="3"
    channels='[{"platform": "website", "account": "musterstadt.example", "href": "https://musterstadt.example/"}]'></mdk-channel-links>`,
  'mdk-contact': `<mdk-contact heading="Kontakt" heading-level="3" name="Erika Mustermann" position="CDO" unit="IT-Referat"
    email="digital@musterstadt.example" phone="+49 89 123"></mdk-contact>`,
  'mdk-brand-header': `<mdk-brand-header city="Musterstadt" department="IT-Referat" wordmark="Musterstadt.Digital" home-href="/"
    main-id="inhalt"></mdk-brand-header>`,
  'mdk-brand-footer': `<mdk-brand-footer city="Musterstadt" department="IT-Referat" wordmark="Musterstadt.Digital"
    imprint-href="/impressum" privacy-href="/datenschutz" accessibility-href="/barrierefreiheit"
    links='[{"label": "Kontakt", "href": "/kontakt"}]'></mdk-brand-footer>`,
  'mdk-deck': `<mdk-deck mode="overview" label="Vortrag"><mdk-slide heading="Eins"><p>Text</p></mdk-slide></mdk-deck>`,
  'mdk-slide': `<mdk-slide heading="Eins" heading-level="2"><p>Text</p></mdk-slide>`,
};

/** The attributes an element writes on itself, and why. */
const ownAttributes: Record<string, string[]> = {
  // Links and the deck's hash reach a slide by its id; footnote markers pair with sources inside it.
  'mdk-slide': ['data-mdk-citation-scope', 'id'],
};

/** Values a framework may set a property to, besides the right one. */
const oddValues: unknown[] = [2, 0, true, false, null, undefined, {}, [], '', '   '];

/** Every element the package declares in custom-elements.json. */
const kitTags = (manifest as { modules: Array<{ declarations?: Array<{ tagName?: string }> }> }).modules
  .flatMap((module) => module.declarations ?? [])
  .flatMap((declaration) => (declaration.tagName ? [declaration.tagName] : []));

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
      const template = document.createElement('template');
      template.innerHTML = sampleOf(tag);
      const attributes = [...(template.content.firstElementChild as Element).attributes];
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
      const template = document.createElement('template');
      template.innerHTML = sampleOf(tag);
      const attributes = [...(template.content.firstElementChild as Element).attributes];
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
