import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { bulletlessListsWithoutRole } from '../../test/bulletless-lists.js';
import {
  accessibilityTreeOf,
  axeViolations,
  computedColour,
  describeViolations,
  drawnBorders,
  nodesWithRole,
  spokenText,
  withEmulatedMedia,
  type AccessibilityNode,
} from '../../test/accessibility.js';
import { fixture, settle } from '../../test/fixtures.js';
import { recommendations } from '../examples/strategy-talk.js';
import '../recommendation.js';
import type { MdkRecommendation, MdkRecommendationList } from '../recommendation.js';

const [personnel, responsibility] = recommendations;

function renderRecommendation(
  recommendation = personnel!,
  { lang = 'de', headingLevel }: { lang?: string; headingLevel?: string } = {},
) {
  return fixture<MdkRecommendation>(
    html`<mdk-recommendation
      heading=${recommendation.title}
      heading-level=${headingLevel ?? '3'}
      starting-point=${JSON.stringify(recommendation.startingPoint)}
      measures=${JSON.stringify(recommendation.measures)}
    ></mdk-recommendation>`,
    lang,
  );
}

function renderList(items: unknown = recommendations.map(({ title, highlighted }) => ({ title, highlighted })), lang = 'de', attributes: { heading?: string; headingLevel?: string } = {}) {
  return fixture<MdkRecommendationList>(
    html`<mdk-recommendation-list
      heading=${attributes.heading ?? ''}
      heading-level=${attributes.headingLevel ?? '2'}
      items=${typeof items === 'string' ? items : JSON.stringify(items)}
    ></mdk-recommendation-list>`,
    lang,
  );
}

/** Roles in reading order, flattened, leaving out text and list markers. */
function outline(node: AccessibilityNode): string[] {
  const roles: string[] = [];
  const visit = (current: AccessibilityNode) => {
    if (['article', 'heading', 'list', 'listitem'].includes(current.role)) {
      roles.push(current.role === 'heading' ? `heading ${String(current.properties.level)}: ${current.name}` : current.role);
    }
    current.children.forEach(visit);
  };
  visit(node);
  return roles;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('<mdk-recommendation>: what a screen reader gets', () => {
  it('is an article named by its title, then "Ausgangspunkt" and "Maßnahmen", each a sub-heading one level below and a list', async () => {
    const element = await renderRecommendation();
    const tree = await accessibilityTreeOf(element);
    const [article, ...otherArticles] = nodesWithRole(tree, 'article');
    expect(otherArticles).toEqual([]);
    expect(article?.name).toBe(personnel!.title);
    expect(outline(tree)).toEqual([
      'article',
      `heading 3: ${personnel!.title}`,
      'heading 4: Ausgangspunkt',
      'list',
      'listitem',
      'listitem',
      'heading 4: Maßnahmen',
      'list',
      'listitem',
      'listitem',
      'listitem',
    ]);
    const [startingPoint, measures] = nodesWithRole(tree, 'list');
    expect(startingPoint?.children.filter((node) => node.role === 'listitem').map(spokenText)).toEqual(
      personnel!.startingPoint.map((text) => expect.stringContaining(text) as unknown as string),
    );
    expect(spokenText(measures!)).toContain(personnel!.measures[2]);
    // Never an aria-label on a list: the sub-heading before it names it for the reader.
    expect(startingPoint?.name).toBe('');
  });

  it('says "Starting point" and "Measures" under lang="en", and follows a change of lang', async () => {
    const element = await renderRecommendation(personnel, { lang: 'en' });
    const headings = () => accessibilityTreeOf(element).then((tree) => nodesWithRole(tree, 'heading').map((node) => node.name));
    expect(await headings()).toEqual([personnel!.title, 'Starting point', 'Measures']);
    element.parentElement!.lang = 'de';
    await settle(element.parentElement!);
    expect(await headings()).toEqual([personnel!.title, 'Ausgangspunkt', 'Maßnahmen']);
  });

  it('takes the title level from the page; the sub-headings follow one level below', async () => {
    const element = await renderRecommendation(personnel, { headingLevel: '2' });
    const levels = async () => nodesWithRole(await accessibilityTreeOf(element), 'heading').map((node) => node.properties.level);
    expect(await levels()).toEqual([2, 3, 3]);
    element.headingLevel = 5;
    await element.updateComplete;
    expect(await levels()).toEqual([5, 6, 6]);
  });

  // A blank heading-level is not set: the default, with nothing to warn about.
  it.each([
    ['6', 1],
    ['zwei', 1],
    ['1', 1],
    ['', 0],
  ])('falls back to level 3 for heading-level="%s", with %i warning, never throwing', async (bad, warningCount) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await renderRecommendation(personnel, { headingLevel: bad });
    expect(nodesWithRole(await accessibilityTreeOf(element), 'heading').map((node) => node.properties.level)).toEqual([3, 4, 4]);
    element.requestUpdate();
    await element.updateComplete;
    const warnings = warn.mock.calls.filter(([message]) => String(message).includes('heading-level'));
    expect(warnings).toHaveLength(warningCount);
    if (warningCount > 0) expect(String(warnings[0]![0])).toContain(`heading-level="${bad}"`);
  });

  it('leaves out a part whose list is empty, with its sub-heading: nobody hears an empty list', async () => {
    const element = await renderRecommendation({ ...responsibility!, startingPoint: [] });
    const tree = await accessibilityTreeOf(element);
    expect(outline(tree)).toEqual(['article', `heading 3: ${responsibility!.title}`, 'heading 4: Maßnahmen', 'list', 'listitem', 'listitem', 'listitem']);
    expect(spokenText(tree)).not.toContain('Ausgangspunkt');
  });

  it('with a title only, is an article with its heading and no lists; with nothing at all, renders nothing', async () => {
    const titleOnly = await renderRecommendation({ ...responsibility!, startingPoint: [], measures: [] });
    expect(outline(await accessibilityTreeOf(titleOnly))).toEqual(['article', `heading 3: ${responsibility!.title}`]);

    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const empty = await fixture<MdkRecommendation>(html`<mdk-recommendation></mdk-recommendation>`);
    expect(empty.shadowRoot!.children).toHaveLength(0);
    expect(String(warn.mock.calls[0]?.[0])).toContain('no heading');
  });

  it('ignores blank entries and trims the others', async () => {
    const element = await fixture<MdkRecommendation>(
      html`<mdk-recommendation heading="Titel" starting-point='["  Erstens  ", "", "   "]' measures="[]"></mdk-recommendation>`,
    );
    const lists = nodesWithRole(await accessibilityTreeOf(element), 'list');
    expect(lists).toHaveLength(1);
    expect(lists[0]!.children.filter((node) => node.role === 'listitem').map(spokenText)).toEqual([expect.stringContaining('Erstens')]);
    expect(element.shadowRoot!.querySelector('li')!.textContent).toBe('Erstens');
  });

  it('never throws on malformed JSON: that list is empty, the other stays, and each attribute warns once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = document.createElement('mdk-recommendation');
    element.setAttribute('heading', 'Titel');
    element.setAttribute('starting-point', '[Digitale Vorhaben, brauchen Spielraum]');
    element.setAttribute('measures', '["Budgets bereitstellen"]');
    const container = await fixture<HTMLElement>(html`<div></div>`);
    expect(() => container.append(element)).not.toThrow();
    await element.updateComplete;
    expect(element.startingPoint).toBeNull();
    expect(outline(await accessibilityTreeOf(element))).toEqual(['article', 'heading 3: Titel', 'heading 4: Maßnahmen', 'list', 'listitem']);
    element.setAttribute('measures', '{"not": "a list"}');
    await element.updateComplete;
    element.requestUpdate();
    await element.updateComplete;
    expect(outline(await accessibilityTreeOf(element))).toEqual(['article', 'heading 3: Titel']);
    const messages = warn.mock.calls.map(([message]) => String(message));
    expect(messages.filter((message) => message.includes('starting-point is not'))).toHaveLength(1);
    expect(messages.filter((message) => message.includes('measures is not'))).toHaveLength(1);
  });

  it('never throws when an attribute is removed or a property is set to null', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await renderRecommendation();
    element.removeAttribute('heading-level');
    await element.updateComplete;
    expect(nodesWithRole(await accessibilityTreeOf(element), 'heading').map((node) => node.properties.level)).toEqual([3, 4, 4]);
    element.removeAttribute('heading');
    element.removeAttribute('starting-point');
    (element as unknown as { measures: unknown }).measures = undefined;
    await expect(element.updateComplete).resolves.toBe(true);
    expect(element.shadowRoot!.querySelector('article')).toBeNull();
    expect(warn.mock.calls.map(([message]) => String(message)).join('\n')).not.toContain('heading-level');
    const list = await renderList();
    list.removeAttribute('heading');
    list.removeAttribute('items');
    await expect(list.updateComplete).resolves.toBe(true);
    expect(list.shadowRoot!.children).toHaveLength(0);
  });

  it('shows content as text, never as HTML', async () => {
    const markup = '<img src=x onerror="window.__pwned = true">';
    const element = await fixture<MdkRecommendation>(
      html`<mdk-recommendation heading=${`<b>Titel</b>`} starting-point=${JSON.stringify([markup])} measures=${JSON.stringify(['<script>alert(1)</script>'])}></mdk-recommendation>`,
    );
    const root = element.shadowRoot!;
    expect(root.querySelector('img, b, script')).toBeNull();
    expect(root.querySelector('[part=heading]')!.textContent).toBe('<b>Titel</b>');
    expect(root.querySelector('li')!.textContent).toBe(markup);
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
    expect(nodesWithRole(await accessibilityTreeOf(element), 'article')[0]?.name).toBe('<b>Titel</b>');
  });

  it('puts the two parts side by side on a wide screen and one below the other at 320 px, without sideways scrolling', async () => {
    const element = await renderRecommendation();
    const lefts = () => new Set([...element.shadowRoot!.querySelectorAll('.section')].map((section) => Math.round(section.getBoundingClientRect().left)));
    expect(lefts().size).toBe(2);
    await page.viewport(320, 800);
    try {
      expect(lefts().size).toBe(1);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      const base = element.shadowRoot!.querySelector<HTMLElement>('[part=base]')!;
      expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth);
    } finally {
      await page.viewport(1280, 800);
    }
  });

  it('keeps a long unbroken word inside the card at 320 px', async () => {
    await page.viewport(320, 800);
    try {
      const element = await renderRecommendation({
        ...personnel!,
        title: 'Donaudampfschifffahrtsgesellschaftskapitänsmützenaufbewahrungsverordnung',
        measures: ['Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz anwenden'],
      });
      const base = element.shadowRoot!.querySelector<HTMLElement>('[part=base]')!;
      expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    } finally {
      await page.viewport(1280, 800);
    }
  });

  it('passes axe (WCAG 2.2 A/AA), with both lists and with one', async () => {
    const container = await fixture<HTMLElement>(
      html`<main>
        <h2>Empfehlungen</h2>
        <mdk-recommendation heading=${personnel!.title} starting-point=${JSON.stringify(personnel!.startingPoint)} measures=${JSON.stringify(personnel!.measures)}></mdk-recommendation>
        <mdk-recommendation heading=${responsibility!.title} measures=${JSON.stringify(responsibility!.measures)}></mdk-recommendation>
      </main>`,
    );
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

describe('<mdk-recommendation-list>: what a screen reader gets', () => {
  it('is a heading "Empfehlungen", then a list with one entry per recommendation', async () => {
    const element = await renderList();
    const tree = await accessibilityTreeOf(element);
    expect(tree.children.map((node) => node.role)).toEqual(['heading', 'list']);
    const [heading] = nodesWithRole(tree, 'heading');
    expect([heading?.name, heading?.properties.level]).toEqual(['Empfehlungen', 2]);
    const [list] = nodesWithRole(tree, 'list');
    expect(list?.children.map((node) => node.role)).toEqual(Array(6).fill('listitem'));
    expect(list?.name).toBe('');
  });

  it('says the highlight in the text, in one run with the title: "Priorität: …"; other entries are read plainly', async () => {
    const element = await renderList();
    const [list] = nodesWithRole(await accessibilityTreeOf(element), 'list');
    expect(list!.children.map(spokenText)).toEqual(
      recommendations.map(({ title, highlighted }) => (highlighted ? `Priorität: ${title}` : title)),
    );
  });

  it('marks a highlighted entry by a visible word and weight too, not by colour alone', async () => {
    const element = await renderList();
    const [first] = element.shadowRoot!.querySelectorAll('li');
    const badge = first!.querySelector<HTMLElement>('[part=badge]')!;
    expect(badge.textContent).toBe('Priorität');
    expect(badge.checkVisibility()).toBe(true);
    expect(getComputedStyle(first!.querySelector('[part=title]')!).fontWeight).toBe('700');
    const plain = element.shadowRoot!.querySelectorAll('li')[3]!;
    expect(plain.querySelector('[part=badge]')).toBeNull();
    expect(getComputedStyle(plain.querySelector('[part=title]')!).fontWeight).toBe('400');
  });

  it('under forced colours, the badge keeps its word readable in system colours and shows its edge', async () => {
    const element = await renderList();
    const badge = element.shadowRoot!.querySelector<HTMLElement>('[part=badge]')!;
    await withEmulatedMedia({ forcedColors: 'active' }, () => {
      const [text, canvas] = [computedColour('CanvasText'), computedColour('Canvas')];
      expect(text).not.toBe(canvas);
      const style = getComputedStyle(badge);
      expect([style.color, style.backgroundColor]).toEqual([text, canvas]);
      expect(drawnBorders(badge)).toEqual({ top: text, right: text, bottom: text, left: text });
      expect(badge.checkVisibility()).toBe(true);
    });
  });

  it('keeps its bullet-less list a list for Safari and VoiceOver: an explicit role="list"', async () => {
    const element = await renderList();
    expect(getComputedStyle(element.shadowRoot!.querySelector('[part=list]')!).listStyleType).toBe('none');
    expect(bulletlessListsWithoutRole(element.shadowRoot!)).toEqual([]);
  });

  it('says "Recommendations" and "Priority: …" under lang="en"', async () => {
    const element = await renderList(
      [
        { title: 'Anchor responsibility centrally', highlighted: true },
        { title: 'Improve commissioning capability', highlighted: false },
      ],
      'en',
    );
    const tree = await accessibilityTreeOf(element);
    expect(nodesWithRole(tree, 'heading')[0]?.name).toBe('Recommendations');
    expect(nodesWithRole(tree, 'list')[0]!.children.map(spokenText)).toEqual([
      'Priority: Anchor responsibility centrally',
      'Improve commissioning capability',
    ]);
  });

  it('with none highlighted, says "Priorität" nowhere and shows no badge', async () => {
    const element = await renderList(recommendations.map(({ title }) => ({ title, highlighted: false })));
    expect(spokenText(await accessibilityTreeOf(element))).not.toContain('Priorität');
    expect(element.shadowRoot!.querySelector('[part=badge]')).toBeNull();
  });

  it('takes plain titles as entries, a heading of the author\'s, and its level from the page', async () => {
    const element = await renderList('["Erste Empfehlung", {"title": "Zweite Empfehlung", "highlighted": true}]', 'de', {
      heading: 'Unsere Empfehlungen',
      headingLevel: '3',
    });
    const tree = await accessibilityTreeOf(element);
    const [heading] = nodesWithRole(tree, 'heading');
    expect([heading?.name, heading?.properties.level]).toEqual(['Unsere Empfehlungen', 3]);
    expect(nodesWithRole(tree, 'list')[0]!.children.map(spokenText)).toEqual(['Erste Empfehlung', 'Priorität: Zweite Empfehlung']);
  });

  it('falls back to level 2 for a bad heading-level, with one warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await renderList(undefined, 'de', { headingLevel: '7' });
    expect(nodesWithRole(await accessibilityTreeOf(element), 'heading')[0]?.properties.level).toBe(2);
    element.requestUpdate();
    await element.updateComplete;
    expect(warn.mock.calls.filter(([message]) => String(message).includes('heading-level="7"'))).toHaveLength(1);
  });

  it.each([
    ['malformed JSON', '[{"title": "A"'],
    ['not an array', '{"title": "A"}'],
  ])('never throws on %s: shows nothing, and warns once', async (_case, items) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = document.createElement('mdk-recommendation-list');
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

  it('renders nothing without entries, and skips entries with a blank title or of another shape set from script', async () => {
    const empty = await renderList([]);
    expect(empty.shadowRoot!.children).toHaveLength(0);
    const element = await renderList([]);
    element.items = [{ title: '  ' }, { title: ' Gültig ' }, 42 as unknown as { title: string }, null as unknown as { title: string }];
    await element.updateComplete;
    expect(nodesWithRole(await accessibilityTreeOf(element), 'list')[0]!.children.map(spokenText)).toEqual(['Gültig']);
  });

  it('shows titles as text, never as HTML', async () => {
    const element = await renderList([{ title: '<img src=x onerror="window.__pwned = true">', highlighted: true }]);
    expect(element.shadowRoot!.querySelector('img')).toBeNull();
    expect(element.shadowRoot!.querySelector('[part=title]')!.textContent).toBe('<img src=x onerror="window.__pwned = true">');
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  it('reflows at 320 px: long titles wrap, nothing scrolls sideways', async () => {
    await page.viewport(320, 800);
    try {
      const element = await renderList([
        { title: 'Projektlogik und Werkzeuge für echte Ressort-Zusammenarbeit etablieren, auch über Referatsgrenzen hinweg', highlighted: true },
        { title: 'Donaudampfschifffahrtsgesellschaftskapitänsmützenaufbewahrung', highlighted: false },
      ]);
      for (const item of element.shadowRoot!.querySelectorAll<HTMLElement>('li')) {
        expect(item.scrollWidth).toBeLessThanOrEqual(item.clientWidth);
      }
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    } finally {
      await page.viewport(1280, 800);
    }
  });

  it('passes axe (WCAG 2.2 A/AA), with some and with no entries highlighted', async () => {
    const container = await fixture<HTMLElement>(
      html`<main>
        <mdk-recommendation-list items=${JSON.stringify(recommendations.map(({ title, highlighted }) => ({ title, highlighted })))}></mdk-recommendation-list>
        <mdk-recommendation-list heading="Weitere" items=${JSON.stringify(recommendations.map(({ title }) => title))}></mdk-recommendation-list>
      </main>`,
    );
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

describe('<mdk-recommendation> outline without a title', () => {
  it('puts "Ausgangspunkt" and "Maßnahmen" at its own level: the outline never skips one', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await fixture<MdkRecommendation>(
      html`<mdk-recommendation heading-level="3" .startingPoint=${['a']} .measures=${['b']}></mdk-recommendation>`,
    );
    const levels = nodesWithRole(await accessibilityTreeOf(element), 'heading').map((heading) => heading.properties.level);
    expect(levels).toEqual([3, 3]);
  });
});

describe('<mdk-recommendation-list no-heading>', () => {
  it('no-heading: no heading of its own in the accessibility tree; the list and its entries stay; removed, "Empfehlungen" is back', async () => {
    const element = await renderList();
    element.setAttribute('no-heading', '');
    let tree = await accessibilityTreeOf(element);
    expect(nodesWithRole(tree, 'heading')).toEqual([]);
    expect(element.shadowRoot!.querySelector('[part=heading]')).toBeNull();
    expect(tree.children.map((node) => node.role)).toEqual(['list']);
    const [list] = nodesWithRole(tree, 'list');
    expect(list?.name).toBe('');
    expect(list?.children.map((node) => node.role)).toEqual(Array(6).fill('listitem'));
    expect(spokenText(list!)).toContain(recommendations[0]!.title);
    element.noHeading = false;
    tree = await accessibilityTreeOf(element);
    expect(tree.children.map((node) => node.role)).toEqual(['heading', 'list']);
    const [heading] = nodesWithRole(tree, 'heading');
    expect([heading?.name, heading?.properties.level]).toEqual(['Empfehlungen', 2]);
  });
});
