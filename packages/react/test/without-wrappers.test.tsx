// React 19 renders custom elements itself: a prop whose name the element has as a property is set as
// that property, anything else becomes an attribute. So people who skip the wrappers and copy the
// kit's HTML into JSX hand the elements attribute texts as properties (`value="1600000"`,
// `tags='[…]'`), numbers where HTML has text (`source={2}`), and `undefined` when a prop goes away.
// These tests hold that markup to what the same markup does in plain HTML.
import { createElement, type ReactNode } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import '@muenchen-digital/components';
import { render, unmountAll } from './render.js';

const htmlContainers: HTMLElement[] = [];

afterEach(async () => {
  await unmountAll();
  for (const container of htmlContainers.splice(0)) container.remove();
});

/** Renders plain HTML, as a page without a framework would, for the reference. */
async function renderHtml(markup: string): Promise<HTMLElement> {
  const container = document.createElement('div');
  container.lang = 'de';
  container.innerHTML = markup;
  document.body.append(container);
  htmlContainers.push(container);
  await settle(container);
  return container;
}

/** Waits until the kit's elements in `root` have rendered, nested ones included. */
async function settle(root: ParentNode): Promise<void> {
  for (let round = 0; round < 3; round += 1) {
    await Promise.all(
      [...root.querySelectorAll('*')].map((element) => (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete),
    );
  }
}

/** Each kit element's shadow text, in document order: what it shows and what it gives a screen reader. */
function shadowTexts(container: HTMLElement): string[] {
  return [...container.querySelectorAll('*')]
    .filter((element) => element.localName.startsWith('mdk-'))
    .map((element) => `${element.localName}: ${(element.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim()}`);
}

async function renderJsx(node: ReactNode): Promise<HTMLElement> {
  const { container } = await render(createElement('div', { lang: 'de' }, node));
  await settle(container);
  return container;
}

const keyFiguresHtml = `<mdk-kpi-group heading="Musterstadt in Zahlen">
    <mdk-kpi-tile value="1600000" qualifier="approx" notation="compact" label="Bürger*innen" source="2" as-of="2025"></mdk-kpi-tile>
    <mdk-kpi-tile value="70" qualifier="more-than" unit="percent" label="der Leistungen online"></mdk-kpi-tile>
  </mdk-kpi-group>
  <mdk-source-list><mdk-source number="2" href="https://example.org/statistik">Statistisches Amt</mdk-source></mdk-source-list>
  <mdk-tag-list heading="Themen" tags='["Klimakrise", "Mobilität"]'></mdk-tag-list>`;

/** The same page as JSX, written the way people write it: HTML's attributes, numbers as numbers. */
function keyFiguresJsx({ withSource = true } = {}): ReactNode {
  return [
    createElement(
      'mdk-kpi-group',
      { key: 'group', heading: 'Musterstadt in Zahlen' },
      createElement('mdk-kpi-tile', { value: '1600000', qualifier: 'approx', notation: 'compact', label: 'Bürger*innen', source: withSource ? 2 : undefined, 'as-of': 2025 }),
      createElement('mdk-kpi-tile', { value: '70', qualifier: 'more-than', unit: 'percent', label: 'der Leistungen online' }),
    ),
    createElement(
      'mdk-source-list',
      { key: 'sources' },
      createElement('mdk-source', { number: 2, href: 'https://example.org/statistik' }, 'Statistisches Amt'),
    ),
    createElement('mdk-tag-list', { key: 'tags', heading: 'Themen', tags: '["Klimakrise", "Mobilität"]' }),
  ];
}

describe('the elements in React 19 without the wrappers', () => {
  it('show and read JSX written like the HTML exactly as the HTML', async () => {
    const html = await renderHtml(keyFiguresHtml);
    const reference = shadowTexts(html);
    // One at a time: in one document, the source entry would count both pages' markers.
    html.remove();
    const fromJsx = await renderJsx(keyFiguresJsx());

    expect(shadowTexts(fromJsx)).toEqual(reference);
    // The reference is the real thing, not two equal failures: the figure in words, the tags.
    expect(reference.join('\n')).toContain('rund 1,6 Millionen Bürger*innen (Stand 2025),Quelle 2');
    expect(reference.join('\n')).toContain('Klimakrise');
    const tile = fromJsx.querySelector('mdk-kpi-tile') as HTMLElement & { value: unknown };
    expect(tile.value, 'the property holds the number, as the attribute would give it').toBe(1600000);
  });

  it("link a tile's marker to its source entry when the source number is a number", async () => {
    const container = await renderJsx(keyFiguresJsx());
    const marker = container.querySelector('mdk-kpi-tile')!.shadowRoot!.querySelector<HTMLAnchorElement>('[part~="marker"]')!;
    const entry = container.querySelector('mdk-source')!;
    expect(entry.id).not.toBe('');
    expect(marker.getAttribute('href')).toBe(`#${entry.id}`);
  });

  it('drop the marker, without an error, when React takes the prop away (it sets the property to undefined)', async () => {
    const { container, rerender } = await render(createElement('div', { lang: 'de' }, keyFiguresJsx()));
    await settle(container);
    await rerender(createElement('div', { lang: 'de' }, keyFiguresJsx({ withSource: false })));
    const tile = container.querySelector('mdk-kpi-tile') as HTMLElement & { source: unknown; updateComplete: Promise<boolean> };
    await expect(tile.updateComplete).resolves.toBe(true);
    expect(tile.source, 'React sets a removed prop to undefined').toBeUndefined();
    expect(tile.shadowRoot!.querySelector('[part~="marker"]')).toBeNull();
    expect(tile.shadowRoot!.textContent).toContain('rund 1,6 Millionen Bürger*innen (Stand 2025)');
  });
});
