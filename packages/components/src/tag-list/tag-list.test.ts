import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  accessibilityTreeOf,
  axeViolations,
  computedColour,
  deepActiveElement,
  describeViolations,
  drawnBorders,
  nodesWithRole,
  spokenText,
  withEmulatedMedia,
} from '../../test/accessibility.js';
import { fixture } from '../../test/fixtures.js';
import { nothingShown, whatIsShown } from '../../test/empty-state.js';
import { textParts, textPartsWithoutHyphens } from '../../test/text-parts.js';
import { challenges } from '../examples/strategy-talk.js';
import '../tag-list.js';
import type { MdkTagList } from './tag-list.js';

const warningsAbout = (warn: { mock: { calls: unknown[][] } }, topic: string) =>
  warn.mock.calls.filter(([message]) => String(message).includes('<mdk-tag-list>') && String(message).includes(topic));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('<mdk-tag-list>', () => {
  it('is read as a heading, then a list with one entry per tag', async () => {
    const list = await fixture<MdkTagList>(
      html`<mdk-tag-list heading="Gesellschaftliche Herausforderungen" .tags=${challenges.society}></mdk-tag-list>`,
    );
    const tree = await accessibilityTreeOf(list);
    expect(tree.children.map((node) => node.role)).toEqual(['heading', 'list']);
    expect(nodesWithRole(tree, 'heading')[0]?.properties.level).toBe(2);
    const [listNode] = nodesWithRole(tree, 'list');
    expect(listNode?.name).toBe('');
    expect(listNode?.children.map((item) => item.role)).toEqual(Array(8).fill('listitem'));
    expect(listNode?.children.map(spokenText)).toEqual(challenges.society);
  });

  it('is a list, not buttons or links: no control, no tab stop', async () => {
    const list = await fixture<MdkTagList>(html`<mdk-tag-list tags='["Klimakrise", "Mobilität"]'></mdk-tag-list>`);
    const tree = await accessibilityTreeOf(list);
    expect([...nodesWithRole(tree, 'button'), ...nodesWithRole(tree, 'link')]).toEqual([]);
    const before = document.createElement('button');
    before.textContent = 'vorher';
    const after = document.createElement('button');
    after.textContent = 'nachher';
    list.before(before);
    list.after(after);
    before.focus();
    await userEvent.tab();
    expect(deepActiveElement()).toBe(after);
    expect(getComputedStyle(list.shadowRoot!.querySelector('li')!).cursor).not.toBe('pointer');
  });

  it('reads the attribute as a JSON array and the property as an array', async () => {
    const list = await fixture<MdkTagList>(html`<mdk-tag-list tags='["Klimakrise", " ", "Urbanisierung "]'></mdk-tag-list>`);
    expect(list.tags).toEqual(['Klimakrise', ' ', 'Urbanisierung ']);
    expect([...list.shadowRoot!.querySelectorAll('li')].map((item) => item.textContent)).toEqual(['Klimakrise', 'Urbanisierung']);
    list.tags = ['Mobilität'];
    await list.updateComplete;
    expect(list.shadowRoot!.querySelectorAll('li')).toHaveLength(1);
  });

  it('takes its heading level from the page, and falls back to 2 with one warning for a bad one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const list = await fixture<MdkTagList>(html`<mdk-tag-list heading="Themen" heading-level="4" tags='["KI"]'></mdk-tag-list>`);
    expect(nodesWithRole(await accessibilityTreeOf(list), 'heading')[0]?.properties.level).toBe(4);
    for (const bad of ['drei', '1']) {
      list.setAttribute('heading-level', bad);
      await list.updateComplete;
      expect(nodesWithRole(await accessibilityTreeOf(list), 'heading')[0]?.properties.level, bad).toBe(2);
    }
    expect(warningsAbout(warn, 'heading-level="drei"')).toHaveLength(1);
  });

  it.each(['[Klimakrise]', '{"a": 1}', '['])('never throws for tags=%j: no list, one warning', async (bad) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const container = await fixture<HTMLElement>(html`<div></div>`);
    const list = document.createElement('mdk-tag-list');
    list.setAttribute('tags', bad);
    expect(() => container.append(list)).not.toThrow();
    await list.updateComplete;
    list.heading = 'Neu';
    await list.updateComplete;
    expect(await whatIsShown(list)).toEqual(nothingShown);
    expect(warningsAbout(warn, 'not a JSON array')).toHaveLength(1);
  });

  it('renders nothing without tags, not even its heading, and warns', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const list = await fixture<MdkTagList>(html`<mdk-tag-list heading="Themen" tags='["  "]'></mdk-tag-list>`);
    expect(await whatIsShown(list)).toEqual(nothingShown);
    expect(warningsAbout(warn, 'has no tags; it shows nothing')).toHaveLength(1);
    list.tags = ['Klimakrise'];
    await list.updateComplete;
    expect((await whatIsShown(list)).read).toEqual(['heading "Themen"', 'StaticText "Themen"', 'list ""', 'listitem ""', 'StaticText "Klimakrise"']);
  });

  it('renders its content as text, never as HTML', async () => {
    const list = await fixture<MdkTagList>(html`<mdk-tag-list .tags=${['<img src=x onerror="window.__pwned=1">']}></mdk-tag-list>`);
    expect(list.shadowRoot!.querySelector('img')).toBeNull();
    expect(list.shadowRoot!.querySelector('li')!.textContent).toBe('<img src=x onerror="window.__pwned=1">');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('reflows at 320 px: tags wrap, a long one breaks, nothing scrolls sideways', async () => {
    await page.viewport(320, 800);
    try {
      const list = await fixture<MdkTagList>(
        html`<mdk-tag-list .tags=${[...challenges.society, 'Fachkräftemangelbewältigungsstrategieentwicklung']}></mdk-tag-list>`,
      );
      const items = [...list.shadowRoot!.querySelectorAll<HTMLElement>('li')];
      expect(new Set(items.map((item) => Math.round(item.getBoundingClientRect().top))).size).toBeGreaterThan(1);
      for (const item of items) expect(item.getBoundingClientRect().right, item.textContent!).toBeLessThanOrEqual(320);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    } finally {
      await page.viewport(1280, 800);
    }
  });

  it('under forced colours, marks each tag with a bar at its start, not a box that would look like a button', async () => {
    const list = await fixture<MdkTagList>(html`<mdk-tag-list tags='["Klimakrise", "Mobilität"]'></mdk-tag-list>`);
    const tag = list.shadowRoot!.querySelector('[part=tag]')!;
    await withEmulatedMedia({ forcedColors: 'active' }, async () => {
      expect(drawnBorders(tag)).toEqual({ left: computedColour('CanvasText') });
    });
  });

  it('passes axe (WCAG 2.2 A/AA)', async () => {
    const list = await fixture<MdkTagList>(html`<mdk-tag-list heading="Herausforderungen" .tags=${challenges.society}></mdk-tag-list>`);
    const violations = await axeViolations(list.parentElement!);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('hyphenates long words in every text part (hyphens: auto), in the page\'s language', async () => {
    const element = await fixture<MdkTagList>(html`<mdk-tag-list heading="Gesellschaftliche Herausforderungen" .tags=${challenges.society}></mdk-tag-list>`);
    const parts = textParts(element);
    expect(parts.length).toBeGreaterThanOrEqual(9);
    expect(textPartsWithoutHyphens(element)).toEqual([]);
    // The hyphenation language is the page's, inherited through the shadow root.
    expect(parts.every((part) => part.matches(':lang(de)'))).toBe(true);
  });
});

describe('<mdk-tag-list no-heading>', () => {
  it('no-heading: no heading in the accessibility tree, even with heading set; the tags stay; removed, the heading is back', async () => {
    const list = await fixture<MdkTagList>(
      html`<mdk-tag-list no-heading heading="Gesellschaftliche Herausforderungen" .tags=${challenges.society}></mdk-tag-list>`,
    );
    let tree = await accessibilityTreeOf(list);
    expect(nodesWithRole(tree, 'heading')).toEqual([]);
    expect(tree.children.map((node) => node.role)).toEqual(['list']);
    const [listNode] = nodesWithRole(tree, 'list');
    expect(listNode?.name).toBe('');
    expect(listNode?.children.map(spokenText)).toEqual(challenges.society);
    list.removeAttribute('no-heading');
    tree = await accessibilityTreeOf(list);
    expect(tree.children.map((node) => node.role)).toEqual(['heading', 'list']);
    expect(nodesWithRole(tree, 'heading')[0]?.name).toBe('Gesellschaftliche Herausforderungen');
  });
});
