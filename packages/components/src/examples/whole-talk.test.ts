import { render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import type { PrintablePage } from '../../test/browser-commands.js';
import { accessibilityTreeOf, nodesWithRole } from '../../test/accessibility.js';
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
  await Promise.all([...root.querySelectorAll('*')].map((element) => (element as { updateComplete?: Promise<unknown> }).updateComplete));
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
    expect(root.querySelectorAll('h1')).toHaveLength(1);
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
