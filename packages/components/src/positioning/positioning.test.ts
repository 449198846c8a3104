import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
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
import { nothingShown, whatIsShown } from '../../test/empty-state.js';
import { fixture, settle } from '../../test/fixtures.js';
import { textParts, textPartsWithoutHyphens } from '../../test/text-parts.js';
import { textLineBoxes } from '../../test/line-boxes.js';
import { positioning } from '../examples/strategy-talk.js';
import '../positioning.js';
import type { MdkStrategyCard } from '../strategy-card.js';
import type { PositioningDimension } from './dimensions.js';
import type { MdkPositioning } from './positioning.js';

const five = positioning.example.dimensions;
const three = five.slice(0, 3);
const eight: PositioningDimension[] = [
  ...five,
  { title: 'Daten', points: ['Offene Daten', 'Datenschutz'] },
  { title: 'Partnerschaften', points: ['Hochschulen', 'Andere Kommunen'] },
  { title: 'Finanzierung', points: ['Fördermittel'] },
];
const spokenStatement = positioning.statement.replace('#Thema#', 'KI');

function positioningOf(dimensions: readonly PositioningDimension[], attributes: { topic?: string; level?: string } = {}, lang = 'de') {
  return fixture<MdkPositioning>(
    html`<mdk-positioning
      topic=${attributes.topic ?? 'KI'}
      heading-level=${attributes.level ?? '2'}
      statement=${positioning.statement}
      .dimensions=${dimensions}
    ></mdk-positioning>`,
    lang,
  );
}

const cardsOf = (element: MdkPositioning) => [...element.shadowRoot!.querySelectorAll<MdkStrategyCard>('mdk-strategy-card')];

/** A tree with only roles, names and heading levels: what a screen reader announces, in order. */
function outline(node: AccessibilityNode): unknown {
  return { role: node.role, name: node.name, level: node.properties.level, children: node.children.map(outline) };
}

async function atViewport<T>(width: number, check: () => Promise<T>): Promise<T> {
  await page.viewport(width, 800);
  try {
    return await check();
  } finally {
    await page.viewport(1280, 800);
  }
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('<mdk-positioning>: what Chromium gives a screen reader', () => {
  it('reads the topic heading, the statement with the topic filled in, then an ordered list of dimension articles', async () => {
    const element = await positioningOf(five);
    const tree = await accessibilityTreeOf(element);
    expect(tree.children.map((node) => node.role)).toEqual(['heading', 'paragraph', 'list']);
    const [heading, statement, list] = tree.children;
    expect([heading!.name, heading!.properties.level]).toEqual(['KI', 2]);
    expect(spokenText(statement!)).toBe(spokenStatement);
    expect(list!.name).toBe('');
    expect(element.shadowRoot!.querySelector('[part=dimensions]')!.localName).toBe('ol');
    expect(list!.children.map((item) => item.role)).toEqual(Array(5).fill('listitem'));
    const articles = nodesWithRole(list!, 'article');
    expect(articles.map((article) => article.name)).toEqual(five.map((dimension) => dimension.title));
    // One level below the topic's heading, each card names its article.
    const cardHeadings = nodesWithRole(list!, 'heading');
    expect(cardHeadings.map((node) => [node.name, node.properties.level])).toEqual(five.map((dimension) => [dimension.title, 3]));
    for (const [index, article] of articles.entries()) {
      const [points] = nodesWithRole(article, 'list');
      expect(points?.children.map((item) => spokenText(item))).toEqual(five[index]!.points);
    }
  });

  it('emphasises the topic in the statement, but says it in the words too', async () => {
    const element = await positioningOf(five);
    const topic = element.shadowRoot!.querySelector('[part=statement] [part=topic]')!;
    expect(topic.localName).toBe('strong');
    expect(topic.textContent).toBe('KI');
    expect(getComputedStyle(topic).fontWeight).toBe('700');
  });

  it.each([
    { name: 'three', dimensions: three },
    { name: 'five', dimensions: five },
    { name: 'eight', dimensions: eight },
  ])('$name dimensions are a list of as many entries, each an article with its heading', async ({ dimensions }) => {
    const element = await positioningOf(dimensions);
    const tree = await accessibilityTreeOf(element);
    const list = tree.children.at(-1)!;
    expect(list.children.map((item) => item.role)).toEqual(Array(dimensions.length).fill('listitem'));
    expect(nodesWithRole(list, 'article')).toHaveLength(dimensions.length);
  });

  it('takes its heading level from the page and puts the cards one below', async () => {
    const element = await positioningOf(three, { level: '4' });
    const headings = nodesWithRole(await accessibilityTreeOf(element), 'heading');
    expect(headings.map((node) => node.properties.level)).toEqual([4, 5, 5, 5]);
  });

  it('hides the ring from assistive technology', async () => {
    const element = await positioningOf(five);
    const ring = element.shadowRoot!.querySelector('[part=ring]')!;
    expect(ring.getAttribute('aria-hidden')).toBe('true');
    expect(getComputedStyle(ring).display).toBe('block');
    expect(getComputedStyle(ring, '::before').borderTopStyle).toBe('solid');
  });
});

describe('<mdk-positioning> the 360° view and the plain list', () => {
  /** Angle of each card's centre around the hub's, clockwise from twelve o'clock, in degrees. */
  function clockwiseAngles(element: MdkPositioning): number[] {
    const hub = element.shadowRoot!.querySelector('[part=hub]')!.getBoundingClientRect();
    const [cx, cy] = [hub.left + hub.width / 2, hub.top + hub.height / 2];
    return cardsOf(element).map((card) => {
      const box = card.getBoundingClientRect();
      const angle = (Math.atan2(box.left + box.width / 2 - cx, cy - (box.top + box.height / 2)) * 180) / Math.PI;
      return (angle + 360 + 1) % 360; // +1: twelve o'clock itself counts as 0, not 359.
    });
  }

  it.each([
    { count: 3, dimensions: three },
    { count: 5, dimensions: five },
    { count: 8, dimensions: eight },
  ])('on a wide screen, $count dimensions stand around the topic, clockwise in list order from the top', async ({ dimensions }) => {
    const element = await positioningOf(dimensions);
    const angles = clockwiseAngles(element);
    expect(angles[0]).toBeLessThan(2);
    for (let index = 1; index < angles.length; index += 1) expect(angles[index]).toBeGreaterThan(angles[index - 1]!);
    // Around the topic, not beside it: the cards take up more than half the circle.
    expect(angles.at(-1)).toBeGreaterThan(180);
    // The list spans the grid over the centre; the centre's text is still what a pointer reaches.
    const statement = element.shadowRoot!.querySelector('[part=statement]')!.getBoundingClientRect();
    const hit = element.shadowRoot!.elementFromPoint(statement.left + statement.width / 2, statement.top + 4);
    expect(hit?.closest('[part=hub]')).not.toBeNull();
  });

  it('at 200 % text size a wide screen shows one column too: three columns would break words in the middle', async () => {
    const element = await positioningOf(five);
    const columns = () => new Set(cardsOf(element).map((card) => Math.round(card.getBoundingClientRect().left))).size;
    expect(columns(), 'the ring, at the default text size').toBe(3);
    document.documentElement.style.fontSize = '200%';
    try {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(columns()).toBe(1);
      expect(getComputedStyle(element.shadowRoot!.querySelector('[part=ring]')!).display).toBe('none');
    } finally {
      document.documentElement.style.fontSize = '';
    }
  });

  it('below 768 px it is one plain column, with nothing clipped and no sideways scroll', async () => {
    const element = await positioningOf(five);
    await atViewport(320, async () => {
      const lefts = new Set(cardsOf(element).map((card) => Math.round(card.getBoundingClientRect().left)));
      expect(lefts.size).toBe(1);
      expect(getComputedStyle(element.shadowRoot!.querySelector('[part=ring]')!).display).toBe('none');
      const tops = cardsOf(element).map((card) => card.getBoundingClientRect().top);
      expect(tops).toEqual([...tops].sort((a, b) => a - b));
      const heading = element.shadowRoot!.querySelector('[part=heading]')!.getBoundingClientRect();
      expect(heading.bottom).toBeLessThanOrEqual(tops[0]!);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      const root = element.shadowRoot!;
      for (const part of root.querySelectorAll<HTMLElement>('[part=view], [part=hub], [part=statement], [part=dimensions]')) {
        expect(part.scrollWidth, part.getAttribute('part')!).toBeLessThanOrEqual(part.clientWidth);
      }
      for (const card of cardsOf(element)) {
        const base = card.shadowRoot!.querySelector<HTMLElement>('[part=base]')!;
        expect(base.scrollWidth, card.heading).toBeLessThanOrEqual(base.clientWidth);
        expect(card.getBoundingClientRect().right).toBeLessThanOrEqual(320);
      }
    });
  });

  it.each([
    { count: 3, dimensions: three },
    { count: 5, dimensions: five },
    { count: 8, dimensions: eight },
  ])('with $count dimensions, reads the same at 1280 px and at 320 px: same tree, same DOM order', async ({ dimensions }) => {
    const element = await positioningOf(dimensions);
    const domOrder = () =>
      [element.shadowRoot!, ...cardsOf(element).map((card) => card.shadowRoot!)].flatMap((root) =>
        [...root.querySelectorAll('*')].map((node) => `${node.localName}:${node.textContent!.trim().slice(0, 30)}`),
      );
    const wide = { tree: outline(await accessibilityTreeOf(element)), dom: domOrder() };
    const narrow = await atViewport(320, async () => ({ tree: outline(await accessibilityTreeOf(element)), dom: domOrder() }));
    expect(narrow.tree).toEqual(wide.tree);
    expect(narrow.dom).toEqual(wide.dom);
    expect(nodesWithRole(await accessibilityTreeOf(element), 'article')).toHaveLength(dimensions.length);
  });

  it('more than 8 dimensions, or fewer than 3, stand in a grid read row by row, without a ring', async () => {
    const nine = [...eight, { title: 'Neun', points: ['x'] }];
    for (const dimensions of [nine, five.slice(0, 2)]) {
      const element = await positioningOf(dimensions);
      expect(element.shadowRoot!.querySelector('[part=ring]')).toBeNull();
      const boxes = cardsOf(element).map((card) => card.getBoundingClientRect());
      const rowMajor = [...boxes].sort((a, b) => Math.round(a.top) - Math.round(b.top) || a.left - b.left);
      expect(boxes).toEqual(rowMajor);
      expect((await accessibilityTreeOf(element)).children.at(-1)!.children).toHaveLength(dimensions.length);
    }
  });
});

describe('<mdk-positioning> under forced colours', () => {
  it('keeps the ring and every card\'s edge visible, in the system text colour', async () => {
    const element = await positioningOf(five);
    await withEmulatedMedia({ forcedColors: 'active' }, () => {
      const edge = computedColour('CanvasText');
      expect(edge).not.toBe(computedColour('Canvas'));
      const ring = getComputedStyle(element.shadowRoot!.querySelector('[part=ring]')!, '::before');
      expect([ring.borderTopStyle, ring.borderTopColor]).toEqual(['solid', edge]);
      expect(parseFloat(ring.borderTopWidth)).toBeGreaterThan(0);
      for (const card of cardsOf(element)) {
        expect(drawnBorders(card.shadowRoot!.querySelector('[part=base]')!), card.heading).toEqual({ top: edge, right: edge, bottom: edge, left: edge });
      }
    });
  });
});

describe('<mdk-positioning> the topic list without dimensions', () => {
  async function topicList(lang = 'de') {
    return fixture<MdkPositioning>(
      html`<mdk-positioning statement=${positioning.statement} .topics=${positioning.topics}></mdk-positioning>`,
      lang,
    );
  }

  it('reads the statement for each topic, then a list of the topics, without the dashes', async () => {
    const element = await topicList();
    const tree = await accessibilityTreeOf(element);
    expect(tree.children.map((node) => node.role)).toEqual(['paragraph', 'list']);
    expect(spokenText(tree.children[0]!)).toBe(positioning.statement.replace('#Thema#', 'jedes dieser Themen'));
    const [list] = nodesWithRole(tree, 'list');
    expect(list!.children.map((item) => [item.role, spokenText(item)])).toEqual(positioning.topics.map((topic) => ['listitem', topic]));
    expect(spokenText(list!)).not.toContain('–');
    // The dashes are seen between the topics: each topic but the last ends with one.
    const items = [...element.shadowRoot!.querySelectorAll('[part=topic-item]')];
    expect(items.map((item) => getComputedStyle(item, '::after').content)).toEqual([
      ...positioning.topics.slice(1).map(() => '"–" / ""'),
      'none',
    ]);
  });

  // From 130 px: narrower, "Souveränität –" is wider than a line, and the word breaks anywhere (overflow-wrap),
  // which may leave the dash on the next line. Nothing that narrow holds this list (288 px at a 320 px viewport).
  it.each(['de', 'en'])('%s: no line starts with a dash, at every width from 130 to 400 px', async (lang) => {
    const element = await topicList(lang);
    const list = element.shadowRoot!.querySelector('[part=topics]')!;
    const items = [...list.querySelectorAll<HTMLElement>('[part=topic-item]')];
    // Narrow the element pixel by pixel. The dash is drawn by CSS, so it has no text rects of its own:
    // it shows as room in a topic's box beside or below the topic's text.
    const dashFirst: string[] = [];
    let wrapped = false;
    for (let width = 130; width <= 400; width += 1) {
      element.style.width = `${width}px`;
      const listLeft = list.getBoundingClientRect().left;
      wrapped ||= new Set(items.map((item) => Math.round(item.getBoundingClientRect().top))).size > 1;
      for (const item of items) {
        const box = item.getBoundingClientRect();
        const lines = textLineBoxes(item);
        const halfLine = (lines[0]!.bottom - lines[0]!.top) / 2;
        const startsLine = box.left < listLeft + 1;
        if (startsLine && lines[0]!.left > box.left + 1) dashFirst.push(`${width}px: "– ${item.textContent}" starts a line`);
        if (lines[0]!.top - box.top > halfLine || box.bottom - lines.at(-1)!.bottom > halfLine) {
          dashFirst.push(`${width}px: the dash of "${item.textContent}" stands on a line of its own`);
        }
      }
    }
    expect(wrapped, 'the range of widths makes the topics wrap').toBe(true);
    expect(dashFirst).toEqual([]);
  });

  it('says its own words in English under lang="en", and follows a change of lang', async () => {
    const element = await topicList('en');
    const statement = () => element.shadowRoot!.querySelector('[part=topic]')!.textContent;
    expect(statement()).toBe('each of these topics');
    element.parentElement!.lang = 'de';
    await settle(element.parentElement!);
    expect(statement()).toBe('jedes dieser Themen');
  });

  it('fills an English #Topic# placeholder, and every placeholder of a statement', async () => {
    const element = await fixture<MdkPositioning>(
      html`<mdk-positioning topic="Cloud" statement="We use #Topic# where #thema# helps."></mdk-positioning>`,
      'en',
    );
    expect(element.shadowRoot!.querySelector('[part=statement]')!.textContent).toBe('We use Cloud where Cloud helps.');
    expect(element.shadowRoot!.querySelectorAll('[part=topic]')).toHaveLength(2);
  });

  it('keeps a topic list beside a topic and its dimensions, in the centre, before the dimensions', async () => {
    const element = await fixture<MdkPositioning>(
      html`<mdk-positioning topic="KI" statement=${positioning.statement} .topics=${positioning.topics} .dimensions=${five}></mdk-positioning>`,
    );
    const tree = await accessibilityTreeOf(element);
    expect(tree.children.map((node) => node.role)).toEqual(['heading', 'paragraph', 'list', 'list']);
  });
});

describe('<mdk-positioning> bad input: never throws, warns once', () => {
  it.each([
    { attribute: 'dimensions', value: '[{title: "Menschen"}]' },
    { attribute: 'topics', value: '[KI, Cloud]' },
    { attribute: 'topics', value: '{"KI": 1}' },
  ])('$attribute=$value shows none and warns once', async ({ attribute, value }) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = document.createElement('mdk-positioning');
    element.setAttribute('topic', 'KI');
    const container = await fixture<HTMLElement>(html`<div></div>`);
    expect(() => element.setAttribute(attribute, value)).not.toThrow();
    expect(() => container.append(element)).not.toThrow();
    await settle(container);
    element.requestUpdate();
    await element.updateComplete;
    expect((element as unknown as Record<string, unknown>)[attribute]).toBeNull();
    const tree = await accessibilityTreeOf(element);
    expect(tree.children.map((node) => node.role)).toEqual(['heading']);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain(`${attribute} is not a JSON array`);
  });

  it('reads dimensions from a JSON attribute', async () => {
    const element = await fixture<MdkPositioning>(
      html`<mdk-positioning topic="KI" dimensions='[{"title": "Menschen", "points": ["Befähigen statt ersetzen"]}, {"title": "Ethik"}]'></mdk-positioning>`,
    );
    const articles = nodesWithRole(await accessibilityTreeOf(element), 'article');
    expect(articles.map((article) => article.name)).toEqual(['Menschen', 'Ethik']);
  });

  it.each(['zwei', '6', '1'])('heading-level="%s" falls back to 2 (cards 3), with one warning', async (level) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await positioningOf(three, { level });
    element.requestUpdate();
    await element.updateComplete;
    const headings = nodesWithRole(await accessibilityTreeOf(element), 'heading');
    expect(headings.map((node) => node.properties.level)).toEqual([2, 3, 3, 3]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain(`heading-level="${level}"`);
  });

  it('shows content as text: markup in the topic, statement, a topic or a title stays text', async () => {
    const element = await fixture<MdkPositioning>(
      // Bound as attribute values: the markup reaches the element as the attributes' text.
      html`<mdk-positioning
        topic=${'<i>KI</i>'}
        statement=${'<script>alert(1)</script> um #Thema#'}
        topics=${'["<b>Cloud</b>"]'}
        dimensions=${'[{"title": "<em>Menschen</em>", "points": ["<img src=x onerror=alert(1)>"]}]'}
      ></mdk-positioning>`,
    );
    const root = element.shadowRoot!;
    expect(root.querySelector('i, b, em, img, script')).toBeNull();
    expect(root.querySelector('[part=heading]')!.textContent).toBe('<i>KI</i>');
    expect(root.querySelector('[part=statement]')!.textContent).toBe('<script>alert(1)</script> um <i>KI</i>');
    expect(root.querySelector('[part=topic-item]')!.textContent).toBe('<b>Cloud</b>');
    const card = cardsOf(element)[0]!;
    expect(card.shadowRoot!.querySelector('i, b, em, img, script')).toBeNull();
    expect(nodesWithRole(await accessibilityTreeOf(element), 'article')[0]?.name).toBe('<em>Menschen</em>');
  });

  it('warns when it has dimensions but no topic', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await positioningOf(three, { topic: '' });
    expect(String(warn.mock.calls[0]?.[0])).toContain('no topic');
  });

  it('warns when it has nothing to show, and renders nothing that is read', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await fixture<MdkPositioning>(html`<mdk-positioning></mdk-positioning>`);
    expect(String(warn.mock.calls[0]?.[0])).toContain('neither a topic nor topics');
    expect(await whatIsShown(element)).toEqual(nothingShown);
  });

  it('does not throw on null or numeric texts, and a removed attribute goes back to its default', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await positioningOf(three, { level: '3' });
    element.removeAttribute('heading-level');
    element.topic = null as unknown as string;
    element.statement = 42 as unknown as string;
    await expect(element.updateComplete).resolves.toBe(true);
    expect(element.headingLevel).toBe(2);
    expect(element.shadowRoot!.querySelector('[part=statement]')!.textContent).toBe('42');
  });

  it('drops unusable dimensions given as a property', async () => {
    const element = await positioningOf([{ title: 'Menschen', points: ['a'] }, { title: ' ', points: [] }, null] as unknown as PositioningDimension[]);
    expect(cardsOf(element).map((card) => card.heading)).toEqual(['Menschen']);
  });

  it('hyphenates long words in every text part (hyphens: auto), in the page\'s language', async () => {
    const element = await fixture<MdkPositioning>(
      html`<mdk-positioning topic="KI" statement=${positioning.statement} .topics=${positioning.topics} .dimensions=${five}></mdk-positioning>`,
    );
    const parts = textParts(element);
    expect(parts.length).toBeGreaterThanOrEqual(10);
    expect(textPartsWithoutHyphens(element)).toEqual([]);
    // The hyphenation language is the page's, inherited through the shadow root.
    expect(parts.every((part) => part.matches(':lang(de)'))).toBe(true);
  });
});

describe('<mdk-positioning> passes axe (WCAG 2.2 A/AA)', () => {
  it.each([
    { name: '3 dimensions', dimensions: three },
    { name: '5 dimensions', dimensions: five },
    { name: '8 dimensions', dimensions: eight },
  ])('with $name, in a real page', async ({ dimensions }) => {
    const main = await fixture<HTMLElement>(
      html`<main>
        <h1>Strategische Positionierung</h1>
        <mdk-positioning topic="KI" statement=${positioning.statement} .dimensions=${dimensions}></mdk-positioning>
      </main>`,
    );
    const violations = await axeViolations(main);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('as a topic list, in a real page', async () => {
    const main = await fixture<HTMLElement>(
      html`<main>
        <h1>Die strategische Positionierung</h1>
        <mdk-positioning statement=${positioning.statement} .topics=${positioning.topics}></mdk-positioning>
      </main>`,
    );
    const violations = await axeViolations(main);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

describe('<mdk-positioning> outline without a topic', () => {
  it('gives the cards its own level when no topic heading stands above them', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await fixture<MdkPositioning>(
      html`<mdk-positioning heading-level="2" .dimensions=${[{ title: 'Menschen', points: ['x'] }]}></mdk-positioning>`,
    );
    await settle(element.shadowRoot!);
    const card = element.shadowRoot!.querySelector<MdkStrategyCard>('mdk-strategy-card')!;
    expect(card.getAttribute('heading-level')).toBe('2');
  });
});
