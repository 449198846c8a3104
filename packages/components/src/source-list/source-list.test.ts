import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands, userEvent } from 'vitest/browser';
import {
  accessibilityTreeOf,
  axeViolations,
  computedColour,
  deepActiveElement,
  describeViolations,
  nodesWithRole,
  spokenText,
} from '../../test/accessibility.js';
import { nothingShown, whatIsShown } from '../../test/empty-state.js';
import { fixture, settle } from '../../test/fixtures.js';
import '../kpi-tile.js';
import '../source-list.js';
import type { MdkKpiTile } from '../kpi-tile.js';
import type { MdkSource, MdkSourceList } from '../source-list.js';

/** Two tiles citing source 2, one citing source 1, and the list of both sources. */
function page() {
  return html`<main>
    <mdk-kpi-tile id="tile-wlan" value="650" qualifier="more-than" label="M-WLAN Standorte" source="2"></mdk-kpi-tile>
    <mdk-kpi-tile value="49" qualifier="more-than" unit="percent" label="mit Basiskompetenzen" source="1"></mdk-kpi-tile>
    <mdk-kpi-tile value="300" qualifier="more-than" label="Online Dienste" source="2"></mdk-kpi-tile>
    <mdk-source-list>
      <mdk-source number="1" href="https://initiatived21.de/">digital-Index der Initiative D21 (2024/2025)</mdk-source>
      <mdk-source number="2">Landeshauptstadt München</mdk-source>
    </mdk-source-list>
  </main>`;
}

const markerOf = (tile: Element) => tile.shadowRoot!.querySelector<HTMLAnchorElement>('a[part=marker]')!;
const backLinksOf = (entry: Element) => [...entry.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a.back-link')];

afterEach(() => {
  vi.restoreAllMocks();
  history.replaceState(null, '', location.pathname + location.search);
});

describe('<mdk-source-list> and <mdk-source>', () => {
  it('is read as a heading "Quellen" and a list with one entry per source', async () => {
    const main = await fixture<HTMLElement>(page());
    const list = main.querySelector<MdkSourceList>('mdk-source-list')!;
    const tree = await accessibilityTreeOf(list);
    const [heading] = nodesWithRole(tree, 'heading');
    expect(heading?.name).toBe('Quellen');
    expect(heading?.properties.level).toBe(2);
    const [listNode] = nodesWithRole(tree, 'list');
    expect(listNode?.children.map((child) => child.role)).toEqual(['listitem', 'listitem']);
  });

  it('puts each entry in the light DOM with an id, so fragment links reach it', async () => {
    const main = await fixture<HTMLElement>(page());
    const entry = document.getElementById('source-2');
    expect(entry?.localName).toBe('mdk-source');
    expect(entry?.getRootNode()).toBe(document);
    expect(markerOf(main.querySelector('mdk-kpi-tile')!).getAttribute('href')).toBe('#source-2');
  });

  it('gives a source one back link per citation, named in words, in document order', async () => {
    const main = await fixture<HTMLElement>(page());
    const entry = main.querySelector<MdkSource>('mdk-source[number="2"]')!;
    const links = nodesWithRole(await accessibilityTreeOf(entry), 'link');
    expect(links.map((link) => link.name)).toEqual(['Zurück zu Verweis 2a', 'Zurück zu Verweis 2b']);
    const tiles = main.querySelectorAll<MdkKpiTile>('mdk-kpi-tile[source="2"]');
    // An author's id is kept; a tile without one gets an id for its back link.
    expect(tiles[0]!.id).toBe('tile-wlan');
    expect(tiles[1]!.id).toBe('cite-2b');
    expect(backLinksOf(entry).map((link) => link.getAttribute('href'))).toEqual(['#tile-wlan', '#cite-2b']);
  });

  it('finds each other when the numbers are written with spaces around them (number=" 2 ", source=" 2")', async () => {
    const main = await fixture<HTMLElement>(html`<main>
      <mdk-kpi-tile id="tile-wlan" value="650" qualifier="more-than" label="M-WLAN Standorte" source=" 2"></mdk-kpi-tile>
      <mdk-source-list><mdk-source number=" 2 ">Landeshauptstadt München</mdk-source></mdk-source-list>
    </main>`);
    const entry = main.querySelector<MdkSource>('mdk-source')!;
    await entry.updateComplete;
    expect(backLinksOf(entry).map((link) => link.getAttribute('href'))).toEqual(['#tile-wlan']);
    expect(markerOf(main.querySelector('mdk-kpi-tile')!).getAttribute('href')).toBe(`#${entry.id}`);
    // And focus makes the round trip.
    markerOf(main.querySelector('mdk-kpi-tile')!).focus();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(entry.matches(':focus-within')).toBe(true));
  });

  it('prints without its back links, which cannot be followed on paper, and shows them on screen', async () => {
    const main = await fixture<HTMLElement>(page());
    const backLinks = main.querySelector<MdkSource>('mdk-source[number="2"]')!.shadowRoot!.querySelector('.back-links')!;
    try {
      await commands.emulateMedia({ media: 'print' });
      expect(getComputedStyle(backLinks).display).toBe('none');
      await commands.emulateMedia({ media: 'screen' });
      expect(getComputedStyle(backLinks).display).not.toBe('none');
    } finally {
      await commands.emulateMedia({ media: null });
    }
  });

  it('names the source link by its text and its back link in English under lang="en"', async () => {
    const main = await fixture<HTMLElement>(page(), 'en');
    const entry = main.querySelector<MdkSource>('mdk-source[number="1"]')!;
    const links = nodesWithRole(await accessibilityTreeOf(entry), 'link');
    expect(links.map((link) => link.name)).toEqual(['digital-Index der Initiative D21 (2024/2025)', 'Back to reference 1a']);
    const heading = nodesWithRole(await accessibilityTreeOf(main.querySelector('mdk-source-list')!), 'heading')[0];
    expect(heading?.name).toBe('Sources');
  });

  it('by keyboard: the marker moves focus to its source, the back link returns it to that marker', async () => {
    const main = await fixture<HTMLElement>(page());
    const [, , secondCitationOfTwo] = main.querySelectorAll<MdkKpiTile>('mdk-kpi-tile');
    const entry = document.getElementById('source-2')!;

    markerOf(secondCitationOfTwo!).focus();
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(entry.matches(':focus-within')).toBe(true));
    expect(deepActiveElement()).toBe(entry.shadowRoot!.querySelector('.entry'));
    expect(location.hash).toBe('#source-2');

    // From the entry, Tab reaches its back links; the second one belongs to this tile.
    await userEvent.tab();
    expect(deepActiveElement()).toBe(backLinksOf(entry)[0]);
    await userEvent.tab();
    expect(deepActiveElement()).toBe(backLinksOf(entry)[1]);
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(deepActiveElement()).toBe(markerOf(secondCitationOfTwo!)));
    expect(location.hash).toBe('#cite-2b');
  });

  it('keeps the page under a <base href> elsewhere (as Angular sets one): focus makes the round trip, nothing navigates', async () => {
    const main = await fixture<HTMLElement>(page());
    const tile = main.querySelector<MdkKpiTile>('mdk-kpi-tile')!;
    const entry = document.getElementById('source-2')!;
    const pageUrl = location.href;
    const base = document.createElement('base');
    base.href = '/elsewhere/';
    document.head.prepend(base);
    try {
      // The browser would resolve the marker's "#source-2" to /elsewhere/#source-2, another page.
      expect(markerOf(tile).href).toContain('/elsewhere/#source-2');
      markerOf(tile).focus();
      await userEvent.keyboard('{Enter}');
      await vi.waitFor(() => expect(entry.matches(':focus-within')).toBe(true));
      await userEvent.tab();
      await userEvent.keyboard('{Enter}');
      await vi.waitFor(() => expect(deepActiveElement()).toBe(markerOf(tile)));
      expect(location.href, 'still this page').toBe(pageUrl);
    } finally {
      base.remove();
    }
  });

  it.each(['keyboard', 'pointer'] as const)(
    'shows where focus landed: the entry a marker moved focus to, by %s, has a ring in the theme\'s focus colour',
    async (input) => {
      const main = await fixture<HTMLElement>(page());
      const marker = markerOf(main.querySelector('mdk-kpi-tile')!);
      const box = document.getElementById('source-2')!.shadowRoot!.querySelector<HTMLElement>('[part=entry]')!;
      expect(getComputedStyle(box).outlineStyle, 'no ring before focus arrives').toBe('none');
      if (input === 'keyboard') {
        marker.focus();
        await userEvent.keyboard('{Enter}');
      } else {
        await userEvent.click(marker);
      }
      await vi.waitFor(() => expect(deepActiveElement()).toBe(box));
      const style = getComputedStyle(box);
      expect(style.outlineStyle).toBe('solid');
      expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
      expect(style.outlineColor).toBe(computedColour('var(--mdk-color-focus-ring)'));
    },
  );

  it('follows the page: a tile added later gets a back link, a removed one loses it', async () => {
    const main = await fixture<HTMLElement>(page());
    const entry = main.querySelector<MdkSource>('mdk-source[number="1"]')!;
    expect(backLinksOf(entry)).toHaveLength(1);

    const added = document.createElement('mdk-kpi-tile');
    added.setAttribute('source', '1');
    added.setAttribute('label', 'neu');
    main.prepend(added);
    await settle(main);
    expect(backLinksOf(entry).map((link) => link.textContent!.replace(/\s+/g, ' ').trim())).toEqual([
      '↑Zurück zu Verweis 1a',
      '↑Zurück zu Verweis 1b',
    ]);
    expect(backLinksOf(entry)[0]!.getAttribute('href')).toBe(`#${added.id}`);

    added.remove();
    await settle(main);
    expect(backLinksOf(entry)).toHaveLength(1);

    added.setAttribute('source', '2');
    main.append(added);
    await settle(main);
    expect(backLinksOf(entry)).toHaveLength(1);
    expect(backLinksOf(main.querySelector('mdk-source[number="2"]')!)).toHaveLength(3);
  });

  it('keys the tile order: Tab visits markers in reading order, then the source links', async () => {
    const main = await fixture<HTMLElement>(page());
    const tiles = [...main.querySelectorAll<MdkKpiTile>('mdk-kpi-tile')];
    const before = document.createElement('button');
    before.textContent = 'vorher';
    main.prepend(before);
    before.focus();
    const visited: (Element | null)[] = [];
    for (let step = 0; step < 6; step += 1) {
      await userEvent.tab();
      visited.push(deepActiveElement());
    }
    const first = main.querySelector('mdk-source[number="1"]')!;
    const second = main.querySelector('mdk-source[number="2"]')!;
    expect(visited).toEqual([
      ...tiles.map(markerOf),
      first.shadowRoot!.querySelector('a[href^="https:"]'),
      ...backLinksOf(first),
      backLinksOf(second)[0],
    ]);
  });

  it('drops an unsafe href: the source shows as text, with a development warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const href of ['javascript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox(1)', ' JaVa\tScRiPt:alert(1)']) {
      const list = await fixture<MdkSourceList>(
        html`<mdk-source-list><mdk-source number="9" href=${href}>Quelle mit Skript</mdk-source></mdk-source-list>`,
      );
      const entry = list.querySelector('mdk-source')!;
      expect(entry.shadowRoot!.querySelector('a'), href).toBeNull();
      expect(nodesWithRole(await accessibilityTreeOf(entry), 'link')).toEqual([]);
      list.parentElement!.remove();
    }
    expect(warn.mock.calls.filter(([message]) => String(message).includes('href='))).toHaveLength(4);
  });

  it('renders its content as text, never as HTML', async () => {
    const list = await fixture<MdkSourceList>(
      html`<mdk-source-list heading=${'<img src=x onerror="window.__pwned=1">'}
        ><mdk-source number=${'<b>2</b>'}>x</mdk-source></mdk-source-list
      >`,
    );
    expect(list.shadowRoot!.querySelector('img')).toBeNull();
    expect(list.shadowRoot!.querySelector('.heading')!.textContent).toContain('<img');
    expect(list.querySelector('mdk-source')!.shadowRoot!.querySelector('b')).toBeNull();
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('takes heading and heading-level, and falls back to level 2 for a bad level', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const list = await fixture<MdkSourceList>(
      html`<mdk-source-list heading="Belege" heading-level="4"><mdk-source number="1">Landeshauptstadt München</mdk-source></mdk-source-list>`,
    );
    let heading = nodesWithRole(await accessibilityTreeOf(list), 'heading')[0];
    expect([heading?.name, heading?.properties.level]).toEqual(['Belege', 4]);
    list.setAttribute('heading-level', '9');
    await list.updateComplete;
    heading = nodesWithRole(await accessibilityTreeOf(list), 'heading')[0];
    expect(heading?.properties.level).toBe(2);
    expect(String(warn.mock.calls[0]?.[0])).toContain('heading-level="9"');
  });

  it('gives markers and back links targets of at least 24 × 24 CSS px (WCAG 2.5.8)', async () => {
    const main = await fixture<HTMLElement>(page());
    const targets = [
      ...[...main.querySelectorAll('mdk-kpi-tile')].map(markerOf),
      ...[...main.querySelectorAll('mdk-source')].flatMap(backLinksOf),
    ];
    expect(targets).toHaveLength(6);
    for (const target of targets) {
      const { width, height } = target.getBoundingClientRect();
      expect(Math.min(width, height), target.textContent!).toBeGreaterThanOrEqual(24);
    }
  });

  it('passes axe (WCAG 2.2 A/AA) with tiles and sources together', async () => {
    const main = await fixture<HTMLElement>(page());
    const violations = await axeViolations(main);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

describe('<mdk-source> focus()', () => {
  it('does nothing, and does not throw, before the entry is in a page', () => {
    const entry = document.createElement('mdk-source') as MdkSource;
    expect(() => entry.focus()).not.toThrow();
  });
});

describe('citations across the page', () => {
  it('keeps every id unique when tiles are added before others', async () => {
    const main = await fixture<HTMLElement>(page());
    for (let added = 0; added < 3; added += 1) {
      const tile = document.createElement('mdk-kpi-tile');
      tile.setAttribute('source', '2');
      tile.setAttribute('label', `neu ${added}`);
      main.prepend(tile);
      await settle(main);
    }
    const ids = [...document.querySelectorAll('[id]')].map((element) => element.id);
    expect(new Set(ids).size).toBe(ids.length);
    const entry = main.querySelector<MdkSource>('mdk-source[number="2"]')!;
    const targets = backLinksOf(entry).map((link) => link.getAttribute('href')!.slice(1));
    expect(targets).toHaveLength(5);
    for (const target of targets) expect(document.getElementById(target)?.localName).toBe('mdk-kpi-tile');
  });

  it('pairs markers and entries inside their citation scope: two slides, two lists, no crossing', async () => {
    const container = await fixture<HTMLElement>(
      html`<div>
        <section data-mdk-citation-scope>
          <mdk-kpi-tile value="1" label="Folie eins" source="1"></mdk-kpi-tile>
          <mdk-source-list><mdk-source number="1">Quelle der ersten Folie</mdk-source></mdk-source-list>
        </section>
        <section data-mdk-citation-scope>
          <mdk-kpi-tile value="2" label="Folie zwei" source="1"></mdk-kpi-tile>
          <mdk-source-list><mdk-source number="1">Quelle der zweiten Folie</mdk-source></mdk-source-list>
        </section>
      </div>`,
    );
    const [first, second] = container.querySelectorAll('section');
    const [firstEntry, secondEntry] = [first!.querySelector('mdk-source')!, second!.querySelector('mdk-source')!];
    expect(firstEntry.id).toBe('source-1');
    expect(secondEntry.id).toBe('source-1-2');
    await settle(container);
    expect(markerOf(second!.querySelector('mdk-kpi-tile')!).getAttribute('href')).toBe('#source-1-2');
    expect(backLinksOf(firstEntry).map((link) => link.getAttribute('href'))).toEqual([`#${first!.querySelector('mdk-kpi-tile')!.id}`]);
    expect(backLinksOf(secondEntry).map((link) => link.getAttribute('href'))).toEqual([`#${second!.querySelector('mdk-kpi-tile')!.id}`]);
  });

  it('renames back links when a source and its tile are renumbered', async () => {
    const main = await fixture<HTMLElement>(page());
    const entry = main.querySelector<MdkSource>('mdk-source[number="1"]')!;
    const tile = main.querySelector('mdk-kpi-tile[source="1"]')!;
    entry.setAttribute('number', '3');
    tile.setAttribute('source', '3');
    await settle(main);
    const names = nodesWithRole(await accessibilityTreeOf(entry), 'link').map((link) => link.name);
    expect(names).toContain('Zurück zu Verweis 3a');
    expect(entry.id).toBe('source-3');
    expect(markerOf(tile).getAttribute('href')).toBe('#source-3');
  });

  it('survives removed attributes: defaults come back, nothing reads "null"', async () => {
    const main = await fixture<HTMLElement>(page());
    const list = main.querySelector<MdkSourceList>('mdk-source-list')!;
    const entry = main.querySelector<MdkSource>('mdk-source[number="1"]')!;
    list.setAttribute('heading', 'Belege');
    await list.updateComplete;
    list.removeAttribute('heading');
    entry.removeAttribute('href');
    await settle(main);
    expect(list.heading).toBe('');
    expect(entry.href).toBe('');
    const heading = nodesWithRole(await accessibilityTreeOf(list), 'heading')[0];
    expect(heading?.name).toBe('Quellen');
    expect(spokenText(await accessibilityTreeOf(entry))).not.toMatch(/null/);
  });

  it('renders nothing without sources, not even "Quellen"; a source added later shows it all, removed hides it again', async () => {
    const list = await fixture<MdkSourceList>(html`<mdk-source-list> </mdk-source-list>`);
    expect(await whatIsShown(list)).toEqual(nothingShown);
    const source = document.createElement('mdk-source');
    source.setAttribute('number', '1');
    source.textContent = 'Landeshauptstadt München';
    list.append(source);
    // Each look reads Chromium's accessibility tree, which can take more than waitFor's default second.
    await vi.waitFor(async () => expect((await whatIsShown(list)).read.slice(0, 3)).toEqual(['heading "Quellen"', 'StaticText "Quellen"', 'list ""']), { timeout: 10_000 });
    source.remove();
    await vi.waitFor(async () => expect(await whatIsShown(list)).toEqual(nothingShown), { timeout: 10_000 });
  });
});

describe('<mdk-source-list no-heading>', () => {
  it('no-heading: no heading "Quellen" in the accessibility tree; the list and its sources stay; removed, the heading is back', async () => {
    const main = await fixture<HTMLElement>(page());
    const list = main.querySelector<MdkSourceList>('mdk-source-list')!;
    list.setAttribute('no-heading', '');
    let tree = await accessibilityTreeOf(list);
    expect(nodesWithRole(tree, 'heading')).toEqual([]);
    expect(list.shadowRoot!.querySelector('[part=heading]')).toBeNull();
    const [listNode] = nodesWithRole(tree, 'list');
    expect(listNode?.name).toBe('');
    expect(listNode?.children.map((child) => child.role)).toEqual(['listitem', 'listitem']);
    expect(spokenText(tree)).toContain('Landeshauptstadt München');
    list.removeAttribute('no-heading');
    tree = await accessibilityTreeOf(list);
    const [heading] = nodesWithRole(tree, 'heading');
    expect([heading?.name, heading?.properties.level]).toEqual(['Quellen', 2]);
  });
});
