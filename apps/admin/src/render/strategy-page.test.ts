import { createExampleDocument } from '@muenchen-digital/content';
import { render } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { renderStrategyPage } from './strategy-page.js';

/** What the form lets the team write shows on the page, and what it leaves blank leaves nothing empty behind. */
const hosts: HTMLElement[] = [];
afterEach(() => hosts.splice(0).forEach((host) => host.remove()));

function renderPage(strategy = createExampleDocument()) {
  const host = document.createElement('div');
  document.body.append(host);
  hosts.push(host);
  render(renderStrategyPage(strategy), host);
  return host;
}

describe('the strategy page', () => {
  it("shows a positioning's subtitle under its heading, and nothing where the subtitle is blank", () => {
    const strategy = createExampleDocument();
    const positioning = strategy.positionings.items[0]!;
    const section = renderPage(strategy).querySelector(`#positionierung-${positioning.id}`)!;
    const heading = section.querySelector('h2')!;
    expect(heading.textContent?.trim()).toBe(positioning.heading);
    const lead = section.querySelector('.strategy-lead');
    expect(lead?.textContent).toBe(positioning.subtitle);
    // In reading order, right after the heading.
    expect(heading.compareDocumentPosition(lead!) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();

    positioning.subtitle = '   ';
    expect(renderPage(strategy).querySelector(`#positionierung-${positioning.id} .strategy-lead`)).toBeNull();
  });

  it('gives a section whose heading is left blank no heading and no name, rather than an empty h2', () => {
    const strategy = createExampleDocument();
    strategy.vision.heading = '  ';
    strategy.keyFigures.heading = '';
    const page = renderPage(strategy);
    for (const id of ['vision', 'kennzahlen']) {
      const section = page.querySelector(`section#${id}`);
      expect(section, id).not.toBeNull();
      expect(section!.querySelector('h2.strategy-section-heading'), id).toBeNull();
      expect(section!.hasAttribute('aria-labelledby'), id).toBe(false);
      expect(section!.hasAttribute('aria-label'), id).toBe(false);
    }
    // A section with its heading keeps it, and is named by it.
    const challenges = page.querySelector('section#herausforderungen')!;
    expect(challenges.getAttribute('aria-labelledby')).toBe('herausforderungen-heading');
    expect(challenges.querySelector('h2')?.textContent?.trim()).toBe(strategy.challenges.heading);
    expect([...page.querySelectorAll('h1, h2, h3, h4, h5, h6')].filter((heading) => heading.textContent?.trim() === '')).toEqual([]);
  });

  it('names the key message’s section by what it is, in the document’s language, and says the message once, as its heading', async () => {
    const strategy = createExampleDocument();
    for (const [language, name] of [['de', 'Kernbotschaft'], ['en', 'Key message']] as const) {
      strategy.language = language;
      const section = renderPage(strategy).querySelector(`section#${language === 'de' ? 'kernbotschaft' : 'key-message'}`)!;
      expect(section.getAttribute('aria-label'), language).toBe(name);
      const statement = section.querySelector('mdk-statement')!;
      await (statement as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
      expect(statement.shadowRoot!.querySelector('h2')?.textContent?.trim(), language).toBe(strategy.keyMessage);
    }
  });

  it('emphasises the vision’s word also when the text has "ü" as "u" and a combining mark, as a PDF gives it', () => {
    const strategy = createExampleDocument();
    strategy.vision.text = 'Wir machen München für alle digital.'.normalize('NFD');
    strategy.vision.emphasis = 'München';
    const vision = renderPage(strategy).querySelector('mdk-vision')!;
    expect(vision.getAttribute('emphasis')).toBe('München');
    expect(vision.getAttribute('text-before')).toBe('Wir machen ');
    expect(vision.getAttribute('text-after')).toBe(' für alle digital.');
  });

  it('gives its sections ids in the document’s language: readers see and share them in the address', () => {
    const strategy = createExampleDocument();
    const ids = (page: HTMLElement) => [page.querySelector('main')!.id, ...[...page.querySelectorAll('main > section')].map((section) => section.id)];
    const german = ids(renderPage(strategy));
    expect(german).toEqual(expect.arrayContaining(['inhalt', 'titel', 'kennzahlen', 'herausforderungen', 'kanaele']));
    strategy.language = 'en';
    const english = ids(renderPage(strategy));
    expect(english).toEqual(expect.arrayContaining(['content', 'title', 'key-figures', 'challenges', 'channels']));
    expect(english).toHaveLength(german.length);
    expect(english.filter((id) => german.includes(id) && !['vision', 'mission'].includes(id) && !id.endsWith('-360'))).toEqual([]);
    // The header's skip link leads to the page's main, whatever its language.
    expect(renderPage(strategy).querySelector('mdk-brand-header')!.getAttribute('main-id')).toBe('content');
  });

  it("puts each positioning's 360° view in a section of its own, under the heading the positionings share", () => {
    const strategy = createExampleDocument();
    const positioning = strategy.positionings.items[0]!;
    const page = renderPage(strategy);
    const statement = page.querySelector(`section#positionierung-${positioning.id}`)!;
    const view = page.querySelector(`section#positionierung-${positioning.id}-360`)!;
    expect(statement.querySelector('h2')?.textContent?.trim()).toBe(positioning.heading);
    expect(statement.querySelector('mdk-positioning')?.getAttribute('topic')).toBe('');
    expect(view.querySelector('h2')?.textContent?.trim()).toBe(strategy.positionings.heading);
    expect(view.querySelector('mdk-positioning')?.getAttribute('topic')).toBe(positioning.exampleTopic);
    // Right after the statement, in reading order.
    expect(statement.nextElementSibling).toBe(view);

    // Left blank, the shared heading gives way to the positioning's own; without dimensions there is no view.
    strategy.positionings.heading = ' ';
    expect(renderPage(strategy).querySelector(`section#positionierung-${positioning.id}-360 h2`)?.textContent?.trim()).toBe(positioning.heading);
    positioning.dimensions = [];
    expect(renderPage(strategy).querySelector(`section#positionierung-${positioning.id}-360`)).toBeNull();
  });

  it("says a publication's format, size and pages with its title, as the form takes them", async () => {
    const strategy = createExampleDocument();
    Object.assign(strategy.publications.items[0]!, { size: '2,4 MB', pages: '48' });
    const publication = renderPage(strategy).querySelector('mdk-publication')!;
    await publication.updateComplete;
    expect(publication.shadowRoot!.querySelector('[part~=file-info]')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('(PDF, 2,4 MB, 48 Seiten)');
  });

  it("links the header's logo and names to the city's home page when the document gives one, and nowhere when not", async () => {
    const strategy = createExampleDocument();
    strategy.organisation.homeHref = 'https://stadt.example.org/';
    const header = renderPage(strategy).querySelector('mdk-brand-header')!;
    await header.updateComplete;
    expect([...header.shadowRoot!.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toContain('https://stadt.example.org/');

    strategy.organisation.homeHref = '';
    const unlinked = renderPage(strategy).querySelector('mdk-brand-header')!;
    await unlinked.updateComplete;
    expect([...unlinked.shadowRoot!.querySelectorAll('a')].map((link) => link.getAttribute('href'))).not.toContain('https://stadt.example.org/');
  });

  it('shows what is filled in even when the rest of its section is empty: a contact with only a phone, a highlighted figure alone', () => {
    const strategy = createExampleDocument();
    strategy.channels.items = [];
    Object.assign(strategy.contact, { name: '', position: '', unit: '', email: '', phone: '+49 89 233-12345' });
    strategy.challenges.society.topics = [];
    strategy.challenges.administration.facts = [];
    strategy.challenges.administration.highlight = { figure: 'Über 7.000', text: '' };
    const page = renderPage(strategy);
    expect(page.querySelector('section#kanaele mdk-contact')?.getAttribute('phone')).toBe('+49 89 233-12345');
    expect(page.querySelector('section#herausforderungen mdk-callout')?.getAttribute('figure')).toBe('Über 7.000');
  });

  it.each([
    { language: 'de', asOf: '2025-06-30', shown: '30. Juni 2025' },
    { language: 'en', asOf: '2025-06', shown: 'June 2025' },
    { language: 'de', asOf: '2025', shown: '2025' },
  ] as const)("gives a key figure's tile its date as people read it ($language: $shown), not as the form stores it", ({ language, asOf, shown }) => {
    const strategy = createExampleDocument();
    strategy.language = language;
    strategy.keyFigures.groups[0]!.figures[0]!.asOf = asOf;
    const page = renderPage(strategy);
    expect(page.querySelector('mdk-kpi-tile')?.getAttribute('as-of')).toBe(shown);
  });

  it('lists every source, one that no figure cites yet included, numbered by its place in the list', async () => {
    const strategy = createExampleDocument();
    strategy.sources.items.push({ id: 'neu', text: 'Eine neue Quelle', href: '' });
    const entries = [...renderPage(strategy).querySelectorAll('section#kennzahlen mdk-source')];
    expect(entries.map((entry) => entry.getAttribute('number'))).toEqual(strategy.sources.items.map((_, index) => String(index + 1)));
    expect(entries.at(-1)?.textContent).toBe('Eine neue Quelle');

    // Sources without any key figure still have their place.
    strategy.keyFigures.groups = [];
    expect(renderPage(strategy).querySelectorAll('section#kennzahlen mdk-source')).toHaveLength(strategy.sources.items.length);
  });
});
