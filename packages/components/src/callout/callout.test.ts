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
import { fixture, settle } from '../../test/fixtures.js';
import '../callout.js';
import type { MdkCallout } from './callout.js';

const figure = 'Über 7.000';
const text = 'Beschäftigte scheiden in den nächsten 10 Jahren aus (20 % aller Beschäftigten)';
const warningsAbout = (warn: { mock: { calls: unknown[][] } }, topic: string) =>
  warn.mock.calls.filter(([message]) => String(message).includes('<mdk-callout>') && String(message).includes(topic));

function staffCallout(attributes: { label?: string } = {}, lang = 'de') {
  return fixture<MdkCallout>(html`<mdk-callout figure=${figure} text=${text} label=${attributes.label ?? ''}></mdk-callout>`, lang);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('<mdk-callout>', () => {
  it('says in words that the fact is highlighted: the label is read first, then the whole fact', async () => {
    const callout = await staffCallout();
    const tree = await accessibilityTreeOf(callout);
    expect(spokenText(tree)).toBe(`Wichtig ${figure} ${text}`);
    expect(tree.children.map((node) => node.role)).toEqual(['paragraph', 'paragraph']);
    const shown = callout.shadowRoot!.querySelector('[part=fact]')!.textContent;
    expect(shown).toBe(`${figure} ${text}`);
    // The space between figure and text reaches the reader too: never "7.000Beschäftigte".
    const fact = tree.children[1]!;
    expect(fact.children.map((node) => [node.role, node.role === 'StaticText' ? node.name : spokenText(node)])).toEqual([
      ['strong', figure],
      ['StaticText', ` ${text}`],
    ]);
  });

  it('uses the label of the language, or the author\'s own', async () => {
    const callout = await staffCallout({}, 'en');
    expect(spokenText(await accessibilityTreeOf(callout))).toBe(`Important ${figure} ${text}`);
    callout.label = 'Herausforderung';
    callout.parentElement!.lang = 'de';
    await settle(callout.parentElement!);
    expect(spokenText(await accessibilityTreeOf(callout))).toBe(`Herausforderung ${figure} ${text}`);
  });

  it('is static content: no alert, no status, no live region', async () => {
    const callout = await staffCallout();
    const tree = await accessibilityTreeOf(callout);
    for (const role of ['alert', 'status', 'log', 'note']) expect(nodesWithRole(tree, role), role).toEqual([]);
    expect(callout.shadowRoot!.querySelector('[role], [aria-live]')).toBeNull();
    expect(callout.hasAttribute('role')).toBe(false);
  });

  it('sets the figure apart by size and weight as well as colour', async () => {
    const callout = await staffCallout();
    const figureStyle = getComputedStyle(callout.shadowRoot!.querySelector('[part=figure]')!);
    const textStyle = getComputedStyle(callout.shadowRoot!.querySelector('[part=text]')!);
    expect(parseFloat(figureStyle.fontSize)).toBeGreaterThan(parseFloat(textStyle.fontSize));
    expect(Number(figureStyle.fontWeight)).toBeGreaterThan(Number(textStyle.fontWeight));
    expect(figureStyle.color).not.toBe(textStyle.color);
  });

  it('shows a figure or a text alone, with no stray space', async () => {
    const callout = await fixture<MdkCallout>(html`<mdk-callout text="Fachkräftemangel"></mdk-callout>`);
    expect(callout.shadowRoot!.querySelector('[part=fact]')!.textContent).toBe('Fachkräftemangel');
    callout.text = '';
    callout.figure = '20 %';
    await callout.updateComplete;
    expect(callout.shadowRoot!.querySelector('[part=fact]')!.textContent).toBe('20 %');
  });

  it('renders nothing, and warns once, with neither figure nor text; a removed attribute never throws', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const callout = await fixture<MdkCallout>(html`<mdk-callout label="Wichtig"></mdk-callout>`);
    expect(callout.shadowRoot!.querySelector('[part=base]')).toBeNull();
    callout.label = 'Neu';
    await callout.updateComplete;
    expect(warningsAbout(warn, 'neither figure nor text')).toHaveLength(1);
    callout.setAttribute('figure', '1');
    callout.setAttribute('text', 'x');
    await callout.updateComplete;
    for (const name of ['figure', 'text', 'label']) callout.removeAttribute(name);
    await expect(callout.updateComplete).resolves.toBe(true);
  });

  it('renders its content as text, never as HTML', async () => {
    const callout = await fixture<MdkCallout>(
      html`<mdk-callout figure=${'<b>7.000</b>'} text=${'<img src=x onerror="window.__pwned=1">'} label=${'<i>x</i>'}></mdk-callout>`,
    );
    expect(callout.shadowRoot!.querySelector('img, b, i')).toBeNull();
    expect(callout.shadowRoot!.querySelector('[part=figure]')!.textContent).toBe('<b>7.000</b>');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('under forced colours, the box keeps an edge on every side and the figure takes the system text colour', async () => {
    const callout = await staffCallout();
    await withEmulatedMedia({ forcedColors: 'active' }, () => {
      // The brand fill is gone in forced colours: without an edge the box would dissolve into the page.
      const edges = systemTextEdgeOnEverySide();
      expect(drawnBorders(callout.shadowRoot!.querySelector('[part=base]')!)).toEqual(edges);
      expect(getComputedStyle(callout.shadowRoot!.querySelector('[part=figure]')!).color).toBe(edges.top);
    });
  });

  it('reflows at 320 px: nothing clipped, nothing scrolls sideways', async () => {
    await page.viewport(320, 800);
    try {
      const callout = await fixture<MdkCallout>(
        html`<mdk-callout figure="Über 7.000.000.000" text="Verwaltungsfachangestelltenausbildungsplätze bleiben in den nächsten zehn Jahren unbesetzt"></mdk-callout>`,
      );
      for (const part of callout.shadowRoot!.querySelectorAll<HTMLElement>('[part]')) {
        expect(part.scrollWidth, part.getAttribute('part')!).toBeLessThanOrEqual(part.clientWidth || part.scrollWidth);
        expect(part.getBoundingClientRect().right).toBeLessThanOrEqual(320);
      }
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    } finally {
      await page.viewport(1280, 800);
    }
  });

  it('passes axe (WCAG 2.2 A/AA)', async () => {
    const callout = await staffCallout();
    const violations = await axeViolations(callout.parentElement!);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
