import { createExampleDocument } from '@muenchen-digital/content';
import { render } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { MdkDeck } from '@muenchen-digital/components/deck.js';
import { renderStrategyDeck } from './strategy-deck.js';

/**
 * The strategy as slides, rendered with the components' development build: no development warning
 * (each names a gap a reader would meet), and the title slide says the title once — as the slide's
 * heading — with the subtitle as the hero's own heading below it.
 */
const cleanUp: (() => void)[] = [];
afterEach(() => {
  cleanUp.splice(0).forEach((step) => step());
  vi.restoreAllMocks();
});

describe('the strategy as slides', () => {
  it('names its slides in the document’s language, as the page names its sections', () => {
    const strategy = createExampleDocument();
    strategy.language = 'en';
    const host = document.createElement('div');
    document.body.append(host);
    cleanUp.push(() => host.remove());
    render(renderStrategyDeck(strategy, 'overview'), host);
    expect(host.querySelector('main')!.id).toBe('content');
    expect([...host.querySelectorAll('mdk-slide')].map((slide) => slide.id)).toEqual(expect.arrayContaining(['title', 'key-figures', 'channels']));
  });

  it('renders without development warnings, the title slide saying its title once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const strategy = createExampleDocument();
    const host = document.createElement('div');
    document.body.append(host);
    cleanUp.push(() => host.remove());
    render(renderStrategyDeck(strategy, 'overview'), host);
    const elements = [...host.querySelectorAll('*')].filter((element) => element.localName.startsWith('mdk-'));
    await Promise.all(elements.map((element) => (element as HTMLElement & { updateComplete?: Promise<unknown> }).updateComplete));
    await new Promise((resolve) => requestAnimationFrame(resolve));

    expect(warn.mock.calls.map(([message]) => String(message))).toEqual([]);

    const titleSlide = host.querySelector('mdk-slide#titel')!;
    const hero = titleSlide.querySelector('mdk-hero')!;
    const heroHeading = hero.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6, [role=heading]');
    expect(titleSlide.getAttribute('heading')).toBe(strategy.hero.title);
    expect(heroHeading?.textContent?.trim()).toBe(strategy.hero.subtitle);
    expect(hero.shadowRoot!.textContent).not.toContain(strategy.hero.title);
  });

  it('titles the key message’s slide by what it is, so the statement below it is the only copy of the message', async () => {
    const strategy = createExampleDocument();
    const host = document.createElement('div');
    document.body.append(host);
    cleanUp.push(() => host.remove());
    for (const [language, id, title] of [['de', 'kernbotschaft', 'Kernbotschaft'], ['en', 'key-message', 'Key message']] as const) {
      strategy.language = language;
      render(renderStrategyDeck(strategy, 'overview'), host);
      const slide = host.querySelector(`mdk-slide#${id}`)!;
      const statement = slide.querySelector('mdk-statement')!;
      await (statement as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(slide.getAttribute('heading'), language).toBe(title);
      expect(statement.shadowRoot!.textContent, language).toContain(strategy.keyMessage);
    }
  });

  it('keeps presenting the same section, in the same element, when a section before it goes away while editing', async () => {
    const strategy = createExampleDocument();
    const host = document.createElement('div');
    document.body.append(host);
    cleanUp.push(() => host.remove());
    render(renderStrategyDeck(strategy, 'present'), host);
    const deck = host.querySelector<MdkDeck>('mdk-deck')!;
    await deck.updateComplete;
    deck.goTo('mission');
    await deck.updateComplete;
    const shown = () => deck.slides.filter((slide) => !slide.inert).map((slide) => [slide.id, slide.getAttribute('heading')]);
    const before = shown();
    expect(before).toEqual([['mission', strategy.mission.heading]]);
    const missionSlide = deck.slides[deck.currentIndex];

    // The sovereignty terms emptied in the form: that section, before the mission, is gone.
    strategy.sovereignty.terms = [];
    render(renderStrategyDeck(strategy, 'present'), host);
    await new Promise((resolve) => setTimeout(resolve));
    await deck.updateComplete;
    expect(deck.slides.some((slide) => slide.id === 'souveraenitaet')).toBe(false);
    expect(shown()).toEqual(before);
    // The same element: focus in it, and the deck's hold on it, stay (unkeyed, another element would take the content).
    expect(deck.slides[deck.currentIndex]).toBe(missionSlide);
  });
});

