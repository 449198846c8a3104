import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { accessibilityTreeOf, axeViolations, describeViolations, nodesWithRole, spokenText } from '../../test/accessibility.js';
import { fixture, settle } from '../../test/fixtures.js';
import { nothingShown, whatIsShown } from '../../test/empty-state.js';
import { textParts, textPartsWithoutHyphens } from '../../test/text-parts.js';
import { sovereigntyTerms } from '../examples/strategy-talk.js';
import '../quote-cloud.js';
import type { MdkQuoteCloud } from './quote-cloud.js';

const shownTerms = (cloud: MdkQuoteCloud) => [...cloud.shadowRoot!.querySelectorAll('li')].map((item) => item.textContent);
const warningsAbout = (warn: { mock: { calls: unknown[][] } }, topic: string) =>
  warn.mock.calls.filter(([message]) => String(message).includes('<mdk-quote-cloud>') && String(message).includes(topic));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('<mdk-quote-cloud>', () => {
  it('is read as a heading, then a list with one entry per term', async () => {
    const cloud = await fixture<MdkQuoteCloud>(
      html`<mdk-quote-cloud heading="Souveräner Staat?" .terms=${sovereigntyTerms}></mdk-quote-cloud>`,
    );
    const tree = await accessibilityTreeOf(cloud);
    expect(tree.children.map((node) => node.role)).toEqual(['heading', 'list']);
    const [heading] = nodesWithRole(tree, 'heading');
    expect([heading?.name, heading?.properties.level]).toEqual(['Souveräner Staat?', 2]);
    const [list] = nodesWithRole(tree, 'list');
    expect(list?.name).toBe('');
    expect(list?.children.map((item) => item.role)).toEqual(Array(sovereigntyTerms.length).fill('listitem'));
    expect(list?.children.map(spokenText)).toEqual(sovereigntyTerms.map((term) => `„${term}“`));
  });

  it('adds the quotation marks of the language as text: de „…“, en “…”', async () => {
    const cloud = await fixture<MdkQuoteCloud>(html`<mdk-quote-cloud terms='["Selbstbestimmt", "Nicht erpressbar"]'></mdk-quote-cloud>`);
    expect(shownTerms(cloud)).toEqual(['\u201ESelbstbestimmt\u201C', '\u201ENicht erpressbar\u201C']);
    cloud.parentElement!.lang = 'en';
    await settle(cloud.parentElement!);
    expect(shownTerms(cloud)).toEqual(['\u201CSelbstbestimmt\u201D', '\u201CNicht erpressbar\u201D']);
    // The marks are text, not CSS-generated content: a screen reader and a copy-paste get them.
    expect(spokenText(await accessibilityTreeOf(cloud))).toBe('“Selbstbestimmt” “Nicht erpressbar”');
  });

  it('drops quotation marks an author typed already, and blank terms', async () => {
    const cloud = await fixture<MdkQuoteCloud>(
      html`<mdk-quote-cloud .terms=${['"Vertrauen"', '„Nicht Lobby gesteuert“', '  ', '""', ' Selbstbestimmt ']}></mdk-quote-cloud>`,
    );
    expect(shownTerms(cloud)).toEqual(['„Vertrauen“', '„Nicht Lobby gesteuert“', '„Selbstbestimmt“']);
  });

  it('keeps the marks of a term that quotes inside it too: only marks around the whole term go', async () => {
    const cloud = await fixture<MdkQuoteCloud>(html`<mdk-quote-cloud .terms=${['"Digital" und „souverän“', '«Vertrauen»']}></mdk-quote-cloud>`);
    expect(shownTerms(cloud)).toEqual(['„"Digital" und „souverän““', '„Vertrauen“']);
  });

  it('sizes terms by position only: the same term gets different sizes, and a screen reader hears no difference', async () => {
    const cloud = await fixture<MdkQuoteCloud>(html`<mdk-quote-cloud .terms=${['Vertrauen', 'Vertrauen', 'Vertrauen']}></mdk-quote-cloud>`);
    const sizes = [...cloud.shadowRoot!.querySelectorAll('li')].map((item) => getComputedStyle(item).fontSize);
    expect(new Set(sizes).size).toBe(3);
    const [list] = nodesWithRole(await accessibilityTreeOf(cloud), 'list');
    expect(new Set(list?.children.map((item) => JSON.stringify(item))).size).toBe(1);
  });

  it('takes its heading level from the page, and falls back to 2 with one warning for a bad one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const cloud = await fixture<MdkQuoteCloud>(html`<mdk-quote-cloud heading="Souveräner Staat?" heading-level="3" terms='["Vertrauen"]'></mdk-quote-cloud>`);
    expect(nodesWithRole(await accessibilityTreeOf(cloud), 'heading')[0]?.properties.level).toBe(3);
    for (const bad of ['zwei', '1', '7']) {
      cloud.setAttribute('heading-level', bad);
      await cloud.updateComplete;
      expect(nodesWithRole(await accessibilityTreeOf(cloud), 'heading')[0]?.properties.level, bad).toBe(2);
    }
    expect(warningsAbout(warn, 'heading-level="zwei"')).toHaveLength(1);
  });

  it('has no heading unless given one', async () => {
    const cloud = await fixture<MdkQuoteCloud>(html`<mdk-quote-cloud terms='["Vertrauen"]'></mdk-quote-cloud>`);
    expect((await accessibilityTreeOf(cloud)).children.map((node) => node.role)).toEqual(['list']);
  });

  it.each(['[Selbstbestimmt]', '{"terms": ["a"]}', '"Vertrauen"', '['])(
    'never throws for terms=%j: no list, one warning',
    async (bad) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const container = await fixture<HTMLElement>(html`<div></div>`);
      const cloud = document.createElement('mdk-quote-cloud');
      cloud.setAttribute('terms', bad);
      expect(() => container.append(cloud)).not.toThrow();
      await cloud.updateComplete;
      cloud.heading = 'Neu';
      await cloud.updateComplete;
      expect(await whatIsShown(cloud)).toEqual(nothingShown);
      expect(warningsAbout(warn, 'not a JSON array')).toHaveLength(1);
    },
  );

  it('renders nothing without terms, not even its heading, and warns', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const cloud = await fixture<MdkQuoteCloud>(html`<mdk-quote-cloud heading="Souveräner Staat?" .terms=${['„“', ' ']}></mdk-quote-cloud>`);
    expect(await whatIsShown(cloud)).toEqual(nothingShown);
    expect(warningsAbout(warn, 'has no terms; it shows nothing')).toHaveLength(1);
    cloud.terms = ['Vertrauen'];
    await cloud.updateComplete;
    expect((await whatIsShown(cloud)).read).toEqual([
      'heading "Souveräner Staat?"',
      'StaticText "Souveräner Staat?"',
      'list ""',
      'listitem ""',
      'StaticText "„Vertrauen“"',
    ]);
  });

  it('renders its content as text, never as HTML', async () => {
    const cloud = await fixture<MdkQuoteCloud>(
      html`<mdk-quote-cloud heading=${'<b>x</b>'} .terms=${['<img src=x onerror="window.__pwned=1">']}></mdk-quote-cloud>`,
    );
    expect(cloud.shadowRoot!.querySelector('img, b')).toBeNull();
    expect(shownTerms(cloud)).toEqual(['„<img src=x onerror="window.__pwned=1">“']);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('reflows at 320 px: every term wraps inside the width, nothing scrolls sideways', async () => {
    await page.viewport(320, 800);
    try {
      const cloud = await fixture<MdkQuoteCloud>(
        html`<mdk-quote-cloud .terms=${[...sovereigntyTerms, 'Daseinsvorsorgesicherstellungsverpflichtung']}></mdk-quote-cloud>`,
      );
      for (const item of cloud.shadowRoot!.querySelectorAll<HTMLElement>('ul, li')) {
        expect(item.scrollWidth, item.textContent!).toBeLessThanOrEqual(item.clientWidth);
        expect(item.getBoundingClientRect().right).toBeLessThanOrEqual(320);
      }
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    } finally {
      await page.viewport(1280, 800);
    }
  });

  it('passes axe (WCAG 2.2 A/AA)', async () => {
    const cloud = await fixture<MdkQuoteCloud>(
      html`<mdk-quote-cloud heading="Souveräner Staat?" .terms=${sovereigntyTerms}></mdk-quote-cloud>`,
    );
    const violations = await axeViolations(cloud.parentElement!);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('hyphenates long words in every text part (hyphens: auto), in the page\'s language', async () => {
    const element = await fixture<MdkQuoteCloud>(html`<mdk-quote-cloud heading="Souveräner Staat?" .terms=${sovereigntyTerms}></mdk-quote-cloud>`);
    const parts = textParts(element);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expect(textPartsWithoutHyphens(element)).toEqual([]);
    // The hyphenation language is the page's, inherited through the shadow root.
    expect(parts.every((part) => part.matches(':lang(de)'))).toBe(true);
  });
});

describe('<mdk-quote-cloud no-heading>', () => {
  it('no-heading: no heading in the accessibility tree, even with heading set; the terms stay; removed, the heading is back', async () => {
    const cloud = await fixture<MdkQuoteCloud>(
      html`<mdk-quote-cloud no-heading heading="Souveräner Staat?" .terms=${sovereigntyTerms}></mdk-quote-cloud>`,
    );
    let tree = await accessibilityTreeOf(cloud);
    expect(nodesWithRole(tree, 'heading')).toEqual([]);
    expect(tree.children.map((node) => node.role)).toEqual(['list']);
    const [list] = nodesWithRole(tree, 'list');
    expect(list?.name).toBe('');
    expect(list?.children.map(spokenText)).toEqual(sovereigntyTerms.map((term) => `„${term}“`));
    cloud.removeAttribute('no-heading');
    tree = await accessibilityTreeOf(cloud);
    expect(tree.children.map((node) => node.role)).toEqual(['heading', 'list']);
    expect(nodesWithRole(tree, 'heading')[0]?.name).toBe('Souveräner Staat?');
  });
});
