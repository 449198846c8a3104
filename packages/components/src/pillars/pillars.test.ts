import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { bulletlessListsWithoutRole } from '../../test/bulletless-lists.js';
import {
  accessibilityTreeOf,
  axeViolations,
  describeViolations,
  drawnBorders,
  systemTextEdgeOnEverySide,
  nodesWithRole,
  spokenText,
  withEmulatedMedia,
} from '../../test/accessibility.js';
import { fixture } from '../../test/fixtures.js';
import { textParts, textPartsWithoutHyphens } from '../../test/text-parts.js';
import { closing, mission } from '../examples/strategy-talk.js';
import '../pillars.js';
import type { MdkPillars, PillarItem } from '../pillars.js';

const closingPillars: PillarItem[] = closing.pillars.map(({ title, subtitle }) => ({ title, text: subtitle }));

const icon = (slot: string, label = 'Symbol') =>
  html`<svg slot=${slot} viewBox="0 0 10 10" role="img" aria-label=${label}><circle cx="5" cy="5" r="4"></circle></svg>`;

function renderPillars(items: unknown = mission, { headingLevel = '3', lang = 'de', icons = true } = {}) {
  return fixture<MdkPillars>(
    html`<mdk-pillars heading-level=${headingLevel} items=${typeof items === 'string' ? items : JSON.stringify(items)}
      >${icons ? [icon('icon-1', 'Piktogramm Menschen'), icon('icon-2', 'Piktogramm Netz'), icon('icon-3', 'Piktogramm Glühbirne')] : ''}</mdk-pillars
    >`,
    lang,
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('<mdk-pillars>: what a screen reader gets', () => {
  it('is a list of 3 entries, each an article named by its title: a heading, then the text', async () => {
    const element = await renderPillars();
    const tree = await accessibilityTreeOf(element);
    expect(tree.children.map((node) => node.role)).toEqual(['list']);
    const [list] = nodesWithRole(tree, 'list');
    expect(list?.name).toBe('');
    expect(list?.children.map((node) => node.role)).toEqual(['listitem', 'listitem', 'listitem']);
    for (const [index, item] of list!.children.entries()) {
      const [article, ...others] = nodesWithRole(item, 'article');
      expect(others).toEqual([]);
      expect(article?.name).toBe(mission[index]!.title);
      const [heading] = nodesWithRole(article!, 'heading');
      expect([heading?.name, heading?.properties.level]).toEqual([mission[index]!.title, 3]);
      // Reading order: the title, then its text.
      expect(spokenText(article!)).toBe(`${mission[index]!.title} ${mission[index]!.text}`);
    }
  });

  it('shows the closing\'s pillars with their subtitles, in the same way', async () => {
    const element = await renderPillars(closingPillars, { icons: false });
    const articles = nodesWithRole(await accessibilityTreeOf(element), 'article');
    expect(articles.map((article) => [article.name, spokenText(article)])).toEqual(
      closing.pillars.map(({ title, subtitle }) => [title, `${title} ${subtitle}`]),
    );
  });

  it('hides the icons from assistive technology and shows each in its own pillar', async () => {
    const element = await renderPillars();
    const tree = await accessibilityTreeOf(element);
    expect(nodesWithRole(tree, 'image')).toEqual([]);
    expect(spokenText(tree)).not.toContain('Piktogramm');
    expect(spokenText(tree)).toBe(mission.map(({ title, text }) => `${title} ${text}`).join(' '));
    const pillars = [...element.shadowRoot!.querySelectorAll('article')];
    for (const [index, svg] of [...element.querySelectorAll('svg')].entries()) {
      expect(svg.assignedSlot?.closest('article')).toBe(pillars[index]);
      expect(svg.getBoundingClientRect().width).toBeGreaterThan(0);
    }
  });

  it('takes the titles\' level from the page, and falls back to 3 with one warning for a bad one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await renderPillars(mission, { headingLevel: '2' });
    const levels = async () => nodesWithRole(await accessibilityTreeOf(element), 'heading').map((node) => node.properties.level);
    expect(await levels()).toEqual([2, 2, 2]);
    element.setAttribute('heading-level', '7');
    await element.updateComplete;
    expect(await levels()).toEqual([3, 3, 3]);
    element.setAttribute('heading-level', 'drei');
    await element.updateComplete;
    expect(await levels()).toEqual([3, 3, 3]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('heading-level="7"');
  });

  it('is the same in English: the texts are the author\'s', async () => {
    const element = await renderPillars(
      [
        { title: 'People first', text: 'What people need decides what we work on.' },
        { title: 'Connected', text: 'We work closely with everyone who shapes the city.' },
      ],
      { lang: 'en', icons: false },
    );
    expect(nodesWithRole(await accessibilityTreeOf(element), 'article').map((article) => article.name)).toEqual(['People first', 'Connected']);
  });

  it.each([
    ['malformed JSON', '[{"title": "A"'],
    ['not an array', '{"title": "A"}'],
  ])('never throws on %s: shows nothing, and warns once', async (_case, items) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = document.createElement('mdk-pillars');
    element.setAttribute('items', items);
    const container = await fixture<HTMLElement>(html`<div></div>`);
    expect(() => container.append(element)).not.toThrow();
    await element.updateComplete;
    expect(element.items).toBeNull();
    expect(element.shadowRoot!.children).toHaveLength(0);
    element.requestUpdate();
    await element.updateComplete;
    expect(warn.mock.calls.filter(([message]) => String(message).includes('items is not'))).toHaveLength(1);
  });

  it('leaves out a pillar without a title, with a warning, and shows one without a text as its title only', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await renderPillars([{ title: '  ', text: 'Ohne Titel' }, { title: 'Nur ein Titel' }, { title: ' Lernend ', text: '' }], {
      icons: false,
    });
    const tree = await accessibilityTreeOf(element);
    expect(nodesWithRole(tree, 'article').map((article) => [article.name, spokenText(article)])).toEqual([
      ['Nur ein Titel', 'Nur ein Titel'],
      ['Lernend', 'Lernend'],
    ]);
    expect(element.shadowRoot!.querySelector('[part=text]')).toBeNull();
    expect(String(warn.mock.calls[0]?.[0])).toContain('items has 1 of 3 entries that are not {"title", "text"} objects with a title, or are blank; they are left out.');
  });

  it('gives each pillar the icon of its own position when one before it is left out', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await renderPillars([{ title: '', text: 'Ohne Titel' }, { title: 'Vernetzt' }, { title: 'Lernend' }]);
    const iconsOf = [...element.shadowRoot!.querySelectorAll('[part=pillar]')].map((pillar) => [
      pillar.querySelector('h3')?.textContent?.trim(),
      pillar.querySelector('slot')?.assignedElements()[0]?.getAttribute('aria-label'),
    ]);
    expect(iconsOf).toEqual([
      ['Vernetzt', 'Piktogramm Netz'],
      ['Lernend', 'Piktogramm Glühbirne'],
    ]);
  });

  it('never throws when its attributes are removed', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await renderPillars();
    element.removeAttribute('heading-level');
    element.removeAttribute('items');
    await expect(element.updateComplete).resolves.toBe(true);
    expect(element.shadowRoot!.children).toHaveLength(0);
    expect(warn).not.toHaveBeenCalled();
  });

  it('renders nothing without pillars', async () => {
    const element = await renderPillars([], { icons: false });
    expect(element.shadowRoot!.children).toHaveLength(0);
  });

  it('shows texts as text, never as HTML', async () => {
    const markup = '<img src=x onerror="window.__pwned = true">';
    const element = await renderPillars([{ title: '<em>Vernetzt</em>', text: markup }], { icons: false });
    expect(element.shadowRoot!.querySelector('img, em')).toBeNull();
    expect(element.shadowRoot!.querySelector('[part=text]')!.textContent).toBe(markup);
    expect(nodesWithRole(await accessibilityTreeOf(element), 'article')[0]?.name).toBe('<em>Vernetzt</em>');
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  it('lays the pillars out in columns on a wide screen and in one column at 320 px', async () => {
    const element = await renderPillars();
    const lefts = () => new Set([...element.shadowRoot!.querySelectorAll('article')].map((article) => Math.round(article.getBoundingClientRect().left)));
    expect(lefts().size).toBe(3);
    await page.viewport(320, 800);
    try {
      expect(lefts().size).toBe(1);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      for (const article of element.shadowRoot!.querySelectorAll('article')) {
        expect(article.scrollWidth).toBeLessThanOrEqual(article.clientWidth);
      }
    } finally {
      await page.viewport(1280, 800);
    }
  });

  it('keeps its bullet-less list a list for Safari and VoiceOver: an explicit role="list"', async () => {
    const element = await renderPillars();
    expect(getComputedStyle(element.shadowRoot!.querySelector('[part=list]')!).listStyleType).toBe('none');
    expect(bulletlessListsWithoutRole(element.shadowRoot!)).toEqual([]);
  });

  it('is read in the order it is seen: pillars left to right, and in each the title above its text', async () => {
    const element = await renderPillars();
    const pillars = [...element.shadowRoot!.querySelectorAll('article')];
    const lefts = pillars.map((pillar) => pillar.getBoundingClientRect().left);
    expect(lefts).toEqual([...lefts].sort((a, b) => a - b));
    expect(new Set(lefts).size).toBe(pillars.length);
    for (const pillar of pillars) {
      const title = pillar.querySelector('[part=heading]')!.getBoundingClientRect();
      const text = pillar.querySelector('[part=text]')!.getBoundingClientRect();
      expect(title.bottom, pillar.textContent!).toBeLessThanOrEqual(text.top);
    }
    // And what a screen reader reads, in the DOM's order: each title, then its text.
    const articles = nodesWithRole(await accessibilityTreeOf(element), 'article');
    expect(articles.map(spokenText)).toEqual(mission.map(({ title, text }) => `${title} ${text}`));
  });

  it('under forced colours, every card keeps a visible edge in the system text colour', async () => {
    const element = await renderPillars();
    await withEmulatedMedia({ forcedColors: 'active' }, () => {
      const edges = systemTextEdgeOnEverySide();
      for (const pillar of element.shadowRoot!.querySelectorAll('[part=pillar]')) {
        expect(drawnBorders(pillar)).toEqual(edges);
      }
    });
  });

  it('passes axe (WCAG 2.2 A/AA), with the mission and with the closing', async () => {
    const container = await fixture<HTMLElement>(
      html`<main>
        <h2>Mission</h2>
        <mdk-pillars items=${JSON.stringify(mission)}>${icon('icon-1')}${icon('icon-2')}${icon('icon-3')}</mdk-pillars>
        <h2>Drei Säulen</h2>
        <mdk-pillars items=${JSON.stringify(closingPillars)}></mdk-pillars>
      </main>`,
    );
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('hyphenates long words in every text part (hyphens: auto), in the page\'s language', async () => {
    const element = await renderPillars();
    const parts = textParts(element);
    expect(parts.length).toBeGreaterThanOrEqual(6);
    expect(textPartsWithoutHyphens(element)).toEqual([]);
    // The hyphenation language is the page's, inherited through the shadow root.
    expect(parts.every((part) => part.matches(':lang(de)'))).toBe(true);
  });
});

