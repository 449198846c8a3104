import { render } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands } from 'vitest/browser';
import type { PrintablePage } from '../../test/browser-commands.js';
import { accessibilityTreeOf, nodesWithRole, spokenText, type AccessibilityNode } from '../../test/accessibility.js';
import { hero } from './strategy-talk.js';
import { renderTalkDeck, renderTalkPage, talkSlides } from './whole-talk.js';
import tokensUrl from '@muenchen-digital/tokens/muenchen.css?url';

declare module 'vitest/browser' {
  interface BrowserCommands {
    printToPdf: (page: PrintablePage) => Promise<{ pages: number }>;
  }
}

const host = () => document.body.appendChild(document.createElement('div'));
afterEach(() => document.body.replaceChildren());

async function settle(root: Element) {
  // Twice: elements that render other elements (a positioning's cards) finish one round later.
  for (let round = 0; round < 2; round += 1) {
    await Promise.all([...root.querySelectorAll('*')].map((element) => (element as { updateComplete?: Promise<unknown> }).updateComplete));
    const shadowHosts = [...root.querySelectorAll('*')].flatMap((element) => (element.shadowRoot ? [...element.shadowRoot.querySelectorAll('*')] : []));
    await Promise.all(shadowHosts.map((element) => (element as { updateComplete?: Promise<unknown> }).updateComplete));
  }
}

/** The headings and texts of a subtree in reading order, as a screen reader's outline walks them. */
function readingOrder(node: AccessibilityNode): { heading?: string; level?: number; text?: string }[] {
  if (node.role === 'heading') return [{ heading: node.name, level: Number(node.properties.level) }];
  if (node.role === 'StaticText') return [{ text: node.name }];
  return node.children.flatMap(readingOrder);
}

/** Renders `template` with console.warn watched: the development warnings it gives. */
async function warningsWhileRendering(template: unknown) {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
  try {
    const root = host();
    render(template, root);
    await settle(root);
    return { root, warnings: warn.mock.calls.map((call) => String(call[0])) };
  } finally {
    warn.mockRestore();
  }
}

describe('the whole talk, rebuilt from the kit', () => {
  it('has every slide with text, in the talk’s order', () => {
    expect(talkSlides.map(({ heading }) => heading)).toEqual([
      'Von der Strategie zum Handeln',
      'Souveräner Staat?',
      'Kernbotschaft',
      'Vision',
      'Digitalisierung in München bedeutet …',
      'Herausforderungen',
      'Clash of Arbeitsrealität',
      'Clash of User Experience',
      'Spannungsfelder der Verwaltung',
      'Digitalisierungsstrategie – Mission',
      'Digitalisierungsstrategie',
      '… Weg zum Handeln: Die strategische Positionierung',
      '… Weg zum Handeln: Themen',
      'Strategische Positionierung … Beispiel KI',
      'Die Studie',
      'Digitale Transformation der Bundesministerien',
      'Drei Empfehlungen im Fokus',
      'Personalprozesse an den Anforderungen der Projekte ausrichten',
      'Verantwortlichkeit zentral verankern',
      'Flexiblen Einsatz von Haushaltsmitteln ermöglichen',
      'Digitale Souveränität braucht Strategie, gemeinsames Handeln und Mut.',
      'Mut zum MACHEN …',
      'Unsere Kanäle',
    ]);
  });

  it('as a page: one banner, one main, one contentinfo; the title as h1 and a h2 per slide', async () => {
    const root = host();
    render(renderTalkPage(), root);
    await settle(root);
    const tree = await accessibilityTreeOf(root);
    expect(nodesWithRole(tree, 'banner')).toHaveLength(1);
    expect(nodesWithRole(tree, 'main')).toHaveLength(1);
    expect(nodesWithRole(tree, 'contentinfo')).toHaveLength(1);
    // Every slide is a section named by its heading: an h1 for the title, an h2 — or the component's own heading — for the rest.
    const sections = [...root.querySelectorAll('main > section')];
    expect(sections.map((section) => section.querySelector(':scope > :is(h1, h2)')?.textContent ?? section.getAttribute('aria-label'))).toEqual(
      talkSlides.map(({ heading }) => heading),
    );
    const headings = nodesWithRole(tree, 'heading');
    expect(headings.filter((heading) => heading.properties.level === 1).map((heading) => heading.name)).toEqual([hero.title]);
  });

  it('as a page: the title is the hero’s own heading, in its band', async () => {
    const root = host();
    render(renderTalkPage(), root);
    await settle(root);
    const heroElement = root.querySelector('main > section:first-child mdk-hero')!;
    expect(heroElement.getAttribute('heading')).toBe(hero.title);
    expect(heroElement.shadowRoot!.querySelector('h1')?.textContent).toBe(hero.title);
  });

  it('as a page and as a deck: no development warning while rendering', async () => {
    for (const template of [renderTalkPage(), renderTalkDeck('present'), renderTalkDeck('overview'), renderTalkPage('musterstadt')]) {
      const { warnings } = await warningsWhileRendering(template);
      expect(warnings).toEqual([]);
      document.body.replaceChildren();
    }
  });

  it('every section has content besides its heading, on the page and on each slide', async () => {
    const root = host();
    render(renderTalkPage(), root);
    await settle(root);
    // Each section is a region named by its heading; the heading's own words do not count.
    const regions = nodesWithRole(await accessibilityTreeOf(root.querySelector('main')!), 'region');
    expect(regions.map((region) => region.name)).toEqual(talkSlides.map(({ heading }) => heading));
    for (const region of regions) {
      expect(spokenText(region).replace(region.name, '').trim(), `section "${region.name}"`).not.toBe('');
    }
    document.body.replaceChildren();
    // On the deck: between one slide's heading and the next, something to read.
    const deck = host();
    render(renderTalkDeck('overview'), deck);
    await settle(deck);
    const items = readingOrder(await accessibilityTreeOf(deck.querySelector('mdk-deck')!));
    const slideHeadings = talkSlides.map((slide) => slide.slide?.heading ?? slide.heading);
    let from = 0;
    const starts = slideHeadings.map((heading) => {
      from = items.findIndex((item, index) => index >= from && item.heading === heading && (item.level ?? 0) <= 2);
      expect(from, heading).toBeGreaterThanOrEqual(0);
      return from++;
    });
    starts.forEach((start, index) => {
      const end = starts[index + 1] ?? items.length;
      expect(items.slice(start + 1, end).filter((item) => (item.text ?? item.heading ?? '').trim() !== '').length, `slide "${slideHeadings[index]}"`).toBeGreaterThan(0);
    });
  });

  it('as a deck: the title slide’s hero has a title of its own, below the slide’s heading', async () => {
    const root = host();
    render(renderTalkDeck('overview'), root);
    await settle(root);
    const heroElement = root.querySelector('mdk-slide#titel mdk-hero')!;
    expect(heroElement.getAttribute('heading')).toBe(hero.subtitle);
    const tree = await accessibilityTreeOf(root.querySelector('mdk-slide#titel')!);
    expect(nodesWithRole(tree, 'heading').map((heading) => [heading.properties.level, heading.name])).toEqual([
      [1, hero.title],
      [2, hero.subtitle],
    ]);
  });

  it('the outline puts the callout under its column’s heading, "… für die Verwaltung einer Großstadt"', async () => {
    const root = host();
    render(renderTalkPage(), root);
    await settle(root);
    const items = readingOrder(await accessibilityTreeOf(root.querySelector('#herausforderungen')!));
    const callout = items.findIndex((item) => item.text?.includes('Über 7.000'));
    expect(callout).toBeGreaterThan(0);
    const headingAbove = items.slice(0, callout).findLast((item) => item.heading !== undefined);
    expect(headingAbove).toEqual({ heading: '… für die Verwaltung einer Großstadt', level: 3 });
  });

  it('the brand frame follows the city theme', async () => {
    const root = host();
    render(renderTalkPage('musterstadt'), root);
    await settle(root);
    for (const brand of root.querySelectorAll('mdk-brand-header, mdk-brand-footer')) {
      expect(brand.getAttribute('wordmark')).toBe('Musterstadt. Digital.');
      expect(brand.getAttribute('city')).toBe('Stadt Musterstadt');
    }
    expect(root.querySelector('mdk-brand-header')!.shadowRoot!.textContent).not.toContain('München');
  });

  it('keeps numbers and units together: no plain space before "%"', () => {
    const root = host();
    render(renderTalkPage(), root);
    const attributes = [...root.querySelectorAll('*')].flatMap((element) => [...element.attributes].map((attribute) => attribute.value));
    expect(attributes.filter((value) => /\d %/.test(value))).toEqual([]);
  });

  it('as a deck: one mdk-slide per slide, each with its stable id', async () => {
    const root = host();
    render(renderTalkDeck(), root);
    await settle(root);
    const slides = [...root.querySelectorAll('mdk-slide')];
    expect(slides.map((slide) => slide.id)).toEqual(talkSlides.map(({ id }) => id));
    expect(slides.filter((slide) => slide.getAttribute('heading')?.startsWith('Empfehlung ')).map((slide) => slide.getAttribute('heading'))).toEqual([
      'Empfehlung 1 von 3',
      'Empfehlung 2 von 3',
      'Empfehlung 3 von 3',
    ]);
  });

  it('prints one PDF page per slide', async () => {
    const printed = await commands.printToPdf({
      body: '',
      stylesheets: [tokensUrl],
      modules: [new URL('./whole-talk.print.ts', import.meta.url).href],
      lang: 'de',
      globals: { __MDK_DEV__: true },
    });
    expect(printed).toEqual({ pages: talkSlides.length });
  });
});
