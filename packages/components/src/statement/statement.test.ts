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
} from '../../test/accessibility.js';
import { fixture } from '../../test/fixtures.js';
import { lineTexts } from '../../test/line-boxes.js';
import { textParts, textPartsWithoutHyphens } from '../../test/text-parts.js';
import { keyMessage } from '../examples/strategy-talk.js';
import '../statement.js';
import type { MdkStatement } from './statement.js';

const warningsAbout = (warn: { mock: { calls: unknown[][] } }, topic: string) =>
  warn.mock.calls.filter(([message]) => String(message).includes('<mdk-statement>') && String(message).includes(topic));

afterEach(() => {
  vi.restoreAllMocks();
});

describe('<mdk-statement>', () => {
  it('is read as one paragraph by default, not as a heading', async () => {
    const statement = await fixture<MdkStatement>(html`<mdk-statement text=${keyMessage}></mdk-statement>`);
    const tree = await accessibilityTreeOf(statement);
    expect(tree.children.map((node) => node.role)).toEqual(['paragraph']);
    expect(nodesWithRole(tree, 'heading')).toEqual([]);
    expect(spokenText(tree)).toBe(keyMessage);
  });

  it.each([1, 2, 3, 6])('is a heading of level %i with heading-level="%i"', async (level) => {
    const statement = await fixture<MdkStatement>(
      html`<mdk-statement text=${keyMessage} heading-level=${String(level)}></mdk-statement>`,
    );
    const headings = nodesWithRole(await accessibilityTreeOf(statement), 'heading');
    expect(headings.map((heading) => [heading.name, heading.properties.level])).toEqual([[keyMessage, level]]);
    expect(statement.shadowRoot!.querySelector(`h${level}`)?.textContent).toBe(keyMessage);
  });

  it('falls back to a paragraph for a bad heading level, warning once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const statement = await fixture<MdkStatement>(html`<mdk-statement text="Mut zum MACHEN …" heading-level="zwei"></mdk-statement>`);
    expect(nodesWithRole(await accessibilityTreeOf(statement), 'heading')).toEqual([]);
    statement.text = 'Geht nicht. Gibt’s nicht. Geht anders.';
    await statement.updateComplete;
    for (const bad of ['9', '0', '2.5']) {
      statement.setAttribute('heading-level', bad);
      await statement.updateComplete;
      expect(nodesWithRole(await accessibilityTreeOf(statement), 'heading'), bad).toEqual([]);
    }
    expect(warningsAbout(warn, 'heading-level="zwei"')).toHaveLength(1);
    expect(statement.headingLevel).toBe(2.5);
    // A blank level is no level: a paragraph, no warning.
    statement.setAttribute('heading-level', '');
    await statement.updateComplete;
    expect(statement.headingLevel).toBeUndefined();
    expect(nodesWithRole(await accessibilityTreeOf(statement), 'heading')).toEqual([]);
    expect(warn).toHaveBeenCalledTimes(1);
    const blank = await fixture<MdkStatement>(html`<mdk-statement text="Mut" heading-level=" "></mdk-statement>`);
    expect([blank.headingLevel, blank.shadowRoot!.querySelector('p')?.textContent]).toEqual([undefined, 'Mut']);
    expect(warn).toHaveBeenCalledTimes(1);
    statement.setAttribute('heading-level', '4');
    await statement.updateComplete;
    expect(nodesWithRole(await accessibilityTreeOf(statement), 'heading')[0]?.properties.level).toBe(4);
  });

  it('renders nothing for a blank or missing text, and warns', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const statement = await fixture<MdkStatement>(html`<mdk-statement text="   " heading-level="2"></mdk-statement>`);
    expect(statement.shadowRoot!.querySelector('h2, p')).toBeNull();
    expect((await accessibilityTreeOf(statement)).children).toEqual([]);
    expect(warningsAbout(warn, 'no text')).toHaveLength(1);
    // A removed attribute is null: still nothing, never an error.
    statement.setAttribute('text', 'Mut');
    await statement.updateComplete;
    statement.removeAttribute('text');
    await expect(statement.updateComplete).resolves.toBe(true);
    expect(statement.shadowRoot!.querySelector('p')).toBeNull();
  });

  it('renders its content as text, never as HTML', async () => {
    const statement = await fixture<MdkStatement>(
      html`<mdk-statement text=${'<img src=x onerror="window.__pwned=1">Mut'} heading-level="2"></mdk-statement>`,
    );
    expect(statement.shadowRoot!.querySelector('img')).toBeNull();
    expect(statement.shadowRoot!.querySelector('h2')!.textContent).toBe('<img src=x onerror="window.__pwned=1">Mut');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('reflows at 320 px: long words break, nothing scrolls sideways', async () => {
    await page.viewport(320, 800);
    try {
      const statement = await fixture<MdkStatement>(
        html`<mdk-statement
          text="Digitalisierungsstrategieumsetzungsverantwortung braucht Verwaltungsmodernisierungsbereitschaft und Mut."
        ></mdk-statement>`,
      );
      const base = statement.shadowRoot!.querySelector<HTMLElement>('[part=base]')!;
      expect(base.scrollWidth).toBeLessThanOrEqual(base.clientWidth);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    } finally {
      await page.viewport(1280, 800);
    }
  });

  it('is not told apart by colour alone: it is set large and bold, in the heading font', async () => {
    const statement = await fixture<MdkStatement>(html`<mdk-statement text=${keyMessage}></mdk-statement>`);
    const style = getComputedStyle(statement.shadowRoot!.querySelector('p')!);
    expect(parseFloat(style.fontSize)).toBeGreaterThanOrEqual(24);
    expect(Number(style.fontWeight)).toBeGreaterThanOrEqual(700);
    const fontOf = (family: string) => {
      const probe = document.createElement('span');
      probe.style.fontFamily = family;
      document.body.append(probe);
      const computed = getComputedStyle(probe).fontFamily;
      probe.remove();
      return computed;
    };
    expect(fontOf('var(--mdk-font-family-heading)')).not.toBe(fontOf('var(--mdk-font-family-body)'));
    expect(style.fontFamily).toBe(fontOf('var(--mdk-font-family-heading)'));
  });

  it('under forced colours, keeps its bar at the start of the line, in the system text colour', async () => {
    const statement = await fixture<MdkStatement>(html`<mdk-statement text=${keyMessage}></mdk-statement>`);
    await withEmulatedMedia({ forcedColors: 'active' }, () => {
      const edge = computedColour('CanvasText');
      expect(drawnBorders(statement.shadowRoot!.querySelector('[part=base]')!)).toEqual({ left: edge });
    });
  });

  it('passes axe (WCAG 2.2 A/AA) as a paragraph and as a heading', async () => {
    const container = await fixture<HTMLElement>(
      html`<main>
        <mdk-statement text=${keyMessage}></mdk-statement>
        <mdk-statement text=${keyMessage} heading-level="2"></mdk-statement>
      </main>`,
    );
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it.each([undefined, '2'])('hyphenates long words in every text part (hyphens: auto), in the page\'s language; heading-level %s', async (level) => {
    const element = await fixture<MdkStatement>(html`<mdk-statement text=${keyMessage} heading-level=${level ?? ''}></mdk-statement>`);
    const parts = textParts(element);
    expect(parts.length).toBeGreaterThanOrEqual(1);
    expect(textPartsWithoutHyphens(element)).toEqual([]);
    // The hyphenation language is the page's, inherited through the shadow root.
    expect(parts.every((part) => part.matches(':lang(de)'))).toBe(true);
  });

  it.each([undefined, '2'])('keeps lines readable at 1280 px: at most 80 characters a line; heading-level %s', async (level) => {
    const longMessage =
      'Digitale Souveränität braucht eine Strategie, die Verwaltung, Stadtgesellschaft und Wirtschaft gemeinsam tragen, Beschaffungs- und Betriebsentscheidungen, die Abhängigkeiten von einzelnen Anbietern verringern, und den Mut, Dinge anders zu machen als bisher – auch dann, wenn der Haushalt knapp ist.';
    const element = await fixture<MdkStatement>(html`<mdk-statement text=${longMessage} heading-level=${level ?? ''}></mdk-statement>`);
    expect(window.innerWidth).toBe(1280);
    const lines = lineTexts(element.shadowRoot!.querySelector('[part=base]')!).map((line) => line.trim());
    expect(lines.length).toBeGreaterThan(2);
    expect(Math.max(...lines.map((line) => line.length)), lines.join(' / ')).toBeLessThanOrEqual(80);
  });
});
