import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
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
import { nothingShown, whatIsShown } from '../../test/empty-state.js';
import { fixture } from '../../test/fixtures.js';
import { textParts, textPartsWithoutHyphens } from '../../test/text-parts.js';
import { peopleIcon } from '../examples/icons.js';
import { positioning } from '../examples/strategy-talk.js';
import '../strategy-card.js';
import type { MdkStrategyCard } from './strategy-card.js';

const people = positioning.example.dimensions[3]!;
const eightPoints = ['Eins', 'Zwei', 'Drei', 'Vier', 'Fünf', 'Sechs', 'Sieben', 'Acht'];

afterEach(() => {
  vi.restoreAllMocks();
});

describe('<mdk-strategy-card>: what Chromium gives a screen reader', () => {
  it('is an article named by its heading (level 3), with a list of its points', async () => {
    const card = await fixture<MdkStrategyCard>(html`<mdk-strategy-card heading=${people.title} .points=${people.points}></mdk-strategy-card>`);
    const tree = await accessibilityTreeOf(card);
    expect(tree.children.map((node) => [node.role, node.name])).toEqual([['article', 'Menschen']]);
    const [article] = tree.children;
    expect(article!.children.map((node) => node.role)).toEqual(['heading', 'list']);
    const [heading] = nodesWithRole(tree, 'heading');
    expect([heading?.name, heading?.properties.level]).toEqual(['Menschen', 3]);
    const [list] = nodesWithRole(tree, 'list');
    expect(list?.children.map((item) => spokenText(item))).toEqual(people.points);
    expect(list?.name).toBe('');
  });

  it.each([
    { count: 1, points: ['Nur ein Punkt'] },
    { count: 8, points: eightPoints },
  ])('reads $count point(s) as a list of $count entries', async ({ count, points }) => {
    const card = await fixture<MdkStrategyCard>(html`<mdk-strategy-card heading="Dimension" .points=${points}></mdk-strategy-card>`);
    const [list] = nodesWithRole(await accessibilityTreeOf(card), 'list');
    expect(list?.children.map((item) => item.role)).toEqual(Array(count).fill('listitem'));
  });

  it('takes its points from a JSON attribute, leaving out blank entries', async () => {
    const card = await fixture<MdkStrategyCard>(
      html`<mdk-strategy-card heading="Ethik und Regulatorik" points='["Ethische Aspekte", "  ", " Transparenz "]'></mdk-strategy-card>`,
    );
    expect(card.points).toEqual(['Ethische Aspekte', '  ', ' Transparenz ']);
    const [list] = nodesWithRole(await accessibilityTreeOf(card), 'list');
    expect(list?.children.map((item) => spokenText(item))).toEqual(['Ethische Aspekte', 'Transparenz']);
  });

  it('hides the icon from assistive technology', async () => {
    const card = await fixture<MdkStrategyCard>(
      html`<mdk-strategy-card heading="Menschen" .points=${people.points}>
        <svg slot="icon" viewBox="0 0 10 10" role="img" aria-label="Personen"><circle cx="5" cy="5" r="4" /></svg>
      </mdk-strategy-card>`,
    );
    const tree = await accessibilityTreeOf(card);
    expect(nodesWithRole(tree, 'image')).toEqual([]);
    expect(spokenText(tree)).not.toContain('Personen');
    const icon = card.querySelector('svg')!;
    expect(icon.getBoundingClientRect().height).toBeGreaterThan(0);
  });

  it('takes its heading level from the page, and falls back to 3 with one warning for a bad one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const card = await fixture<MdkStrategyCard>(html`<mdk-strategy-card heading="Menschen" heading-level="4"></mdk-strategy-card>`);
    expect(nodesWithRole(await accessibilityTreeOf(card), 'heading')[0]?.properties.level).toBe(4);
    for (const bad of ['sieben', '1', '7', '']) {
      card.setAttribute('heading-level', bad);
      await card.updateComplete;
      expect(nodesWithRole(await accessibilityTreeOf(card), 'heading')[0]?.properties.level, bad).toBe(3);
    }
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('heading-level="sieben"');
  });

  it('shows content as text: markup in a title or a point stays text', async () => {
    const card = await fixture<MdkStrategyCard>(
      // Bound as attribute values: the markup reaches the element as the attribute's text.
      html`<mdk-strategy-card heading=${'<b>Fett</b>'} points=${'["<img src=x onerror=alert(1)>"]'}></mdk-strategy-card>`,
    );
    const root = card.shadowRoot!;
    expect(root.querySelector('b, img')).toBeNull();
    expect(root.querySelector('.heading')!.textContent).toBe('<b>Fett</b>');
    expect(nodesWithRole(await accessibilityTreeOf(card), 'article')[0]?.name).toBe('<b>Fett</b>');
    expect(root.querySelector('[part=point]')!.textContent).toBe('<img src=x onerror=alert(1)>');
  });

  it('reads the same in English: it has no words of its own', async () => {
    const card = await fixture<MdkStrategyCard>(html`<mdk-strategy-card heading="People" .points=${['Train, do not replace']}></mdk-strategy-card>`, 'en');
    expect(spokenText(await accessibilityTreeOf(card))).toBe('People Train, do not replace');
  });
});

describe('<mdk-strategy-card> bad input: never throws, warns once', () => {
  it.each(['[Fokus, Evaluierung]', '{"a": 1}', '"Fokus"', '['])('points=%j shows no points and warns once', async (bad) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const card = document.createElement('mdk-strategy-card');
    card.setAttribute('heading', 'Menschen');
    const container = await fixture<HTMLElement>(html`<div></div>`);
    expect(() => card.setAttribute('points', bad)).not.toThrow();
    expect(() => container.append(card)).not.toThrow();
    await card.updateComplete;
    expect(card.points).toBeNull();
    const tree = await accessibilityTreeOf(card);
    expect(nodesWithRole(tree, 'list')).toEqual([]);
    expect(nodesWithRole(tree, 'article')[0]?.name).toBe('Menschen');
    card.requestUpdate();
    await card.updateComplete;
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('points is not a JSON array');
  });

  it('a points property that is not an array shows no points', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const card = await fixture<MdkStrategyCard>(html`<mdk-strategy-card heading="x"></mdk-strategy-card>`);
    card.points = 'Fokus' as unknown as string[];
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('ul')).toBeNull();
  });

  it('a removed attribute goes back to its default; a null or numeric heading does not throw', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const card = await fixture<MdkStrategyCard>(html`<mdk-strategy-card heading="Menschen" heading-level="4" points='["a"]'></mdk-strategy-card>`);
    for (const name of ['heading', 'heading-level', 'points']) card.removeAttribute(name);
    await card.updateComplete;
    expect([card.heading, card.headingLevel, card.points]).toEqual(['', 3, []]);
    card.heading = null as unknown as string;
    await expect(card.updateComplete).resolves.toBe(true);
    card.heading = 2025 as unknown as string;
    await card.updateComplete;
    expect(nodesWithRole(await accessibilityTreeOf(card), 'article')[0]?.name).toBe('2025');
  });

  it('recovers when the attribute is corrected', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const card = await fixture<MdkStrategyCard>(html`<mdk-strategy-card heading="x" points="[kaputt"></mdk-strategy-card>`);
    card.setAttribute('points', '["heil"]');
    await card.updateComplete;
    expect(card.shadowRoot!.querySelector('[part=point]')?.textContent).toBe('heil');
  });

  it('with neither heading nor points renders nothing, not an empty card, even with an icon; and warns', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const card = await fixture<MdkStrategyCard>(html`<mdk-strategy-card points='["  "]'>${peopleIcon}</mdk-strategy-card>`);
    expect(await whatIsShown(card)).toEqual(nothingShown);
    expect(warn.mock.calls.map(([message]) => String(message)).filter((message) => message.includes('no heading'))).toHaveLength(1);
    card.heading = 'Menschen';
    await card.updateComplete;
    expect((await whatIsShown(card)).height).toBeGreaterThan(0);
  });

  it('warns when it has no heading, and is then an unnamed article', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const card = await fixture<MdkStrategyCard>(html`<mdk-strategy-card .points=${['a']}></mdk-strategy-card>`);
    expect(String(warn.mock.calls[0]?.[0])).toContain('no heading');
    const tree = await accessibilityTreeOf(card);
    expect(nodesWithRole(tree, 'heading')).toEqual([]);
    expect(nodesWithRole(tree, 'article')[0]?.name).toBe('');
  });
});

describe('<mdk-strategy-card> layout', () => {
  it('keeps a long title and long points whole at 320 px: nothing clipped, no sideways scroll', async () => {
    await page.viewport(320, 800);
    try {
      const card = await fixture<MdkStrategyCard>(
        html`<mdk-strategy-card
          heading="Organisationsstruktur der KI-Implementierung und Donaudampfschifffahrtsgesellschaftskapitänsmützen"
          .points=${['KICC – Kompetenzzentrum für Künstliche Intelligenz', 'Rechtsverbindlichkeitsüberprüfungsverfahrensordnung']}
          >${peopleIcon}</mdk-strategy-card
        >`,
      );
      const root = card.shadowRoot!;
      for (const element of root.querySelectorAll<HTMLElement>('[part=base], .heading, [part=points], [part=point]')) {
        expect(element.scrollWidth, element.className || element.getAttribute('part')!).toBeLessThanOrEqual(element.clientWidth);
      }
      expect(card.getBoundingClientRect().right).toBeLessThanOrEqual(320);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    } finally {
      await page.viewport(1280, 800);
    }
  });

  it('under forced colours, the card keeps a visible edge on every side, in the system text colour', async () => {
    const card = await fixture<MdkStrategyCard>(html`<mdk-strategy-card heading="Menschen" .points=${people.points}></mdk-strategy-card>`);
    await withEmulatedMedia({ forcedColors: 'active' }, () => {
      expect(drawnBorders(card.shadowRoot!.querySelector('[part=base]')!)).toEqual(systemTextEdgeOnEverySide());
    });
  });

  it('has the München card look: thin edge, thick accent bottom edge, raised surface', async () => {
    const card = await fixture<MdkStrategyCard>(html`<mdk-strategy-card heading="Menschen"></mdk-strategy-card>`);
    const style = getComputedStyle(card.shadowRoot!.querySelector('[part=base]')!);
    expect(style.borderTopWidth).toBe('1px');
    expect(style.borderBottomWidth).toBe('5px');
    expect(style.paddingTop).toBe('32px');
  });

  it('hyphenates long words in every text part (hyphens: auto), in the page\'s language', async () => {
    const element = await fixture<MdkStrategyCard>(html`<mdk-strategy-card heading=${people.title} .points=${people.points}></mdk-strategy-card>`);
    const parts = textParts(element);
    expect(parts.length).toBeGreaterThanOrEqual(2);
    expect(textPartsWithoutHyphens(element)).toEqual([]);
    // The hyphenation language is the page's, inherited through the shadow root.
    expect(parts.every((part) => part.matches(':lang(de)'))).toBe(true);
  });
});

describe('<mdk-strategy-card> passes axe (WCAG 2.2 A/AA)', () => {
  it('with and without icon, with 1 and 8 points, in a real page', async () => {
    const main = await fixture<HTMLElement>(
      html`<main>
        <h2>Beispiel KI</h2>
        <mdk-strategy-card heading=${people.title} .points=${people.points}>${peopleIcon}</mdk-strategy-card>
        <mdk-strategy-card heading="Eine Dimension" .points=${['Nur ein Punkt']}></mdk-strategy-card>
        <mdk-strategy-card heading="Acht Punkte" .points=${eightPoints}></mdk-strategy-card>
      </main>`,
    );
    const violations = await axeViolations(main);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
