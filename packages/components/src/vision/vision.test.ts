import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import {
  accessibilityTreeOf,
  axeViolations,
  describeViolations,
  nodesWithRole,
  spokenText,
  withEmulatedMedia,
} from '../../test/accessibility.js';
import { fixture } from '../../test/fixtures.js';
import { lineTexts } from '../../test/line-boxes.js';
import { textParts, textPartsWithoutHyphens } from '../../test/text-parts.js';
import { vision } from '../examples/strategy-talk.js';
import '../vision.js';
import type { MdkVision } from '../vision.js';
import { needsSpaceBetween } from './vision-text.js';

const sentence = `${vision.before}${vision.emphasis}${vision.after}`;

function renderVision(
  parts: { before?: string; emphasis?: string; after?: string } = vision,
  { heading, headingLevel, lang = 'de' }: { heading?: string; headingLevel?: string; lang?: string } = {},
) {
  return fixture<MdkVision>(
    html`<mdk-vision
      heading=${heading ?? ''}
      heading-level=${headingLevel ?? '2'}
      text-before=${parts.before ?? ''}
      emphasis=${parts.emphasis ?? ''}
      text-after=${parts.after ?? ''}
    ></mdk-vision>`,
    lang,
  );
}

const paragraphText = (element: MdkVision) => element.shadowRoot!.querySelector('[part=text]')?.textContent;

afterEach(() => {
  vi.restoreAllMocks();
});

describe('<mdk-vision>: what a screen reader gets', () => {
  it('is one paragraph whose emphasised word stays emphasis in the accessibility tree', async () => {
    const element = await renderVision();
    const tree = await accessibilityTreeOf(element);
    expect(tree.children.map((node) => node.role)).toEqual(['paragraph']);
    const [emphasis, ...others] = nodesWithRole(tree, 'emphasis');
    expect(others).toEqual([]);
    expect(spokenText(emphasis!)).toBe('alle');
    // The sentence says everything without the emphasis: it is read whole, in order.
    expect(spokenText(tree)).toBe(sentence.trim());
    expect(paragraphText(element)).toBe(sentence);
  });

  it('shows the emphasis by weight as well as colour, so it never rests on colour alone', async () => {
    const element = await renderVision();
    const em = element.shadowRoot!.querySelector('em')!;
    const paragraph = element.shadowRoot!.querySelector('p')!;
    expect(getComputedStyle(em).fontWeight).toBe('700');
    expect(getComputedStyle(paragraph).fontWeight).toBe('400');
    expect(getComputedStyle(em).color).not.toBe(getComputedStyle(paragraph).color);
  });

  it('under forced colours, where every text takes one colour, the emphasis is still told apart by its weight', async () => {
    const element = await renderVision();
    const em = element.shadowRoot!.querySelector('em')!;
    const paragraph = element.shadowRoot!.querySelector('p')!;
    await withEmulatedMedia({ forcedColors: 'active' }, () => {
      expect(getComputedStyle(em).color).toBe(getComputedStyle(paragraph).color);
      // Bold against the paragraph's regular weight.
      expect(Number(getComputedStyle(em).fontWeight)).toBeGreaterThanOrEqual(700);
      expect(Number(getComputedStyle(paragraph).fontWeight)).toBeLessThan(700);
    });
  });

  it('keeps lines easy to read: no line is longer than --mdk-vision-max-width (40em), however wide the page', async () => {
    const element = await renderVision({ ...vision, before: vision.before.repeat(4) });
    const paragraph = element.shadowRoot!.querySelector('p')!;
    const oneEm = parseFloat(getComputedStyle(paragraph).fontSize);
    // The page offers more room than 40em: the limit, not the page, sets the line length.
    expect(element.getBoundingClientRect().width).toBeGreaterThan(40 * oneEm);
    const range = document.createRange();
    range.selectNodeContents(paragraph);
    const lines = [...range.getClientRects()];
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(line.width).toBeLessThanOrEqual(40 * oneEm + 0.5);
  });

  it('has no heading unless given one; then at heading-level, before the paragraph', async () => {
    const without = await renderVision();
    expect(nodesWithRole(await accessibilityTreeOf(without), 'heading')).toEqual([]);
    const element = await renderVision(vision, { heading: 'Vision', headingLevel: '3' });
    const tree = await accessibilityTreeOf(element);
    expect(tree.children.map((node) => node.role)).toEqual(['heading', 'paragraph']);
    expect([tree.children[0]?.name, tree.children[0]?.properties.level]).toEqual(['Vision', 3]);
  });

  it('falls back to level 2 for a bad heading-level, with one warning, never throwing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await renderVision(vision, { heading: 'Vision', headingLevel: '1' });
    expect(nodesWithRole(await accessibilityTreeOf(element), 'heading')[0]?.properties.level).toBe(2);
    element.setAttribute('heading-level', 'zwei');
    await element.updateComplete;
    expect(nodesWithRole(await accessibilityTreeOf(element), 'heading')[0]?.properties.level).toBe(2);
    expect(warn).toHaveBeenCalledTimes(1);
  });

  it('works the same in English: the texts are the author\'s', async () => {
    const element = await renderVision(
      { before: 'Digital services convince because they make everyday life easier for', emphasis: 'everyone', after: '.' },
      { heading: 'Vision', lang: 'en' },
    );
    const tree = await accessibilityTreeOf(element);
    expect(spokenText(nodesWithRole(tree, 'emphasis')[0]!)).toBe('everyone');
    expect(paragraphText(element)).toBe('Digital services convince because they make everyday life easier for everyone.');
  });

  it.each([
    [{ before: 'für', emphasis: 'alle', after: 'einfacher.' }, 'für alle einfacher.'],
    [{ before: 'für ', emphasis: ' alle ', after: ' einfacher.' }, 'für alle einfacher.'],
    [{ before: 'für', emphasis: 'alle', after: '.' }, 'für alle.'],
    [{ before: 'für „', emphasis: 'alle', after: '“, nicht für wenige' }, 'für „alle“, nicht für wenige'],
    [{ before: '', emphasis: 'Alle', after: 'profitieren.' }, 'Alle profitieren.'],
    [{ before: 'Open', emphasis: '-Source', after: '' }, 'Open-Source'],
  ])('joins %j as "%s", even after the template minifier', async (parts, expected) => {
    const element = await renderVision(parts);
    expect(paragraphText(element)?.trim()).toBe(expected);
  });

  it('without an emphasis, is the paragraph alone, with no emphasis node', async () => {
    const element = await renderVision({ before: 'München wächst', after: 'als offene Großstadt.' });
    const tree = await accessibilityTreeOf(element);
    expect(nodesWithRole(tree, 'emphasis')).toEqual([]);
    expect(spokenText(tree)).toBe('München wächst als offene Großstadt.');
  });

  it('renders nothing without text, not even its heading, and warns once', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await renderVision({ before: '  ', emphasis: ' ', after: '' }, { heading: 'Vision' });
    expect(element.shadowRoot!.children).toHaveLength(0);
    element.requestUpdate();
    await element.updateComplete;
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('no text');
  });

  it('never throws when an attribute is removed or a property is set to null', async () => {
    const element = await renderVision(vision, { heading: 'Vision' });
    for (const attribute of ['heading', 'text-before', 'emphasis']) element.removeAttribute(attribute);
    (element as unknown as { textAfter: unknown }).textAfter = null;
    await expect(element.updateComplete).resolves.toBe(true);
    expect(element.shadowRoot!.children).toHaveLength(0);
  });

  it('shows content as text, never as HTML', async () => {
    const element = await renderVision({ before: '<b>fett</b> ', emphasis: '<img src=x onerror="window.__pwned = true">', after: ' <script>x</script>' });
    expect(element.shadowRoot!.querySelector('b, img, script')).toBeNull();
    expect(element.shadowRoot!.querySelector('em')!.textContent).toBe('<img src=x onerror="window.__pwned = true">');
    expect((window as { __pwned?: boolean }).__pwned).toBeUndefined();
  });

  it('reflows at 320 px: nothing scrolls sideways, a long word wraps', async () => {
    await page.viewport(320, 800);
    try {
      const element = await renderVision({ ...vision, emphasis: 'Donaudampfschifffahrtsgesellschaftskapitänsmützen' }, { heading: 'Vision' });
      const paragraph = element.shadowRoot!.querySelector<HTMLElement>('p')!;
      expect(paragraph.scrollWidth).toBeLessThanOrEqual(paragraph.clientWidth);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    } finally {
      await page.viewport(1280, 800);
    }
  });

  it('passes axe (WCAG 2.2 A/AA)', async () => {
    const element = await renderVision(vision, { heading: 'Vision' });
    const violations = await axeViolations(element.parentElement!);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('hyphenates long words in every text part (hyphens: auto), in the page\'s language', async () => {
    const element = await renderVision(vision, { heading: 'Unsere Vision' });
    const parts = textParts(element);
    expect(parts.length).toBeGreaterThanOrEqual(3);
    expect(textPartsWithoutHyphens(element)).toEqual([]);
    // The hyphenation language is the page's, inherited through the shadow root.
    expect(parts.every((part) => part.matches(':lang(de)'))).toBe(true);
  });

  it('keeps lines readable at 1280 px: at most 80 characters a line', async () => {
    const element = await renderVision({
      before:
        'München wächst als offene Großstadt mit Blick nach vorn, und mit ihr wachsen die Erwartungen an eine Verwaltung, die erreichbar ist, wann und wo die Menschen sie brauchen. Digitale Angebote entstehen hier gemeinsam mit denen, die sie nutzen. Sie überzeugen, weil sie den Alltag für ',
      emphasis: 'alle',
      after: ' spürbar einfacher machen.',
    });
    expect(window.innerWidth).toBe(1280);
    const lines = lineTexts(element.shadowRoot!.querySelector('[part=text]')!).map((line) => line.trim());
    expect(lines.length).toBeGreaterThan(2);
    expect(Math.max(...lines.map((line) => line.length)), lines.join(' / ')).toBeLessThanOrEqual(80);
  });
});

describe('needsSpaceBetween', () => {
  it('adds a space only where neither part brings one and no punctuation follows', () => {
    expect(needsSpaceBetween('für', 'alle')).toBe(true);
    expect(needsSpaceBetween('für ', 'alle')).toBe(false);
    expect(needsSpaceBetween('für', ' alle')).toBe(false);
    expect(needsSpaceBetween('alle', '.')).toBe(false);
    expect(needsSpaceBetween('alle', '…')).toBe(false);
    expect(needsSpaceBetween('(', 'alle')).toBe(false);
    expect(needsSpaceBetween('', 'alle')).toBe(false);
    expect(needsSpaceBetween('alle', '')).toBe(false);
  });
});

describe('<mdk-vision no-heading>', () => {
  it('no-heading: no heading in the accessibility tree, even with heading set; the paragraph stays; removed, the heading is back', async () => {
    const element = await renderVision(vision, { heading: 'Vision' });
    element.setAttribute('no-heading', '');
    let tree = await accessibilityTreeOf(element);
    expect(nodesWithRole(tree, 'heading')).toEqual([]);
    expect(tree.children.map((node) => node.role)).toEqual(['paragraph']);
    expect(spokenText(tree)).toBe(sentence.trim());
    element.removeAttribute('no-heading');
    tree = await accessibilityTreeOf(element);
    expect(tree.children.map((node) => node.role)).toEqual(['heading', 'paragraph']);
    expect(nodesWithRole(tree, 'heading')[0]?.name).toBe('Vision');
  });
});
