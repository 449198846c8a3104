import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page } from 'vitest/browser';
import { accessibilityTreeOf, axeViolations, describeViolations, nodesWithRole, spokenText } from '../../test/accessibility.js';
import { nothingShown, whatIsShown } from '../../test/empty-state.js';
import { fixture } from '../../test/fixtures.js';
import { exampleKeyFigureGroups } from '../examples/key-figures.js';
import '../kpi-group.js';
import '../kpi-tile.js';
import type { MdkKpiGroup } from './kpi-group.js';

const [users] = exampleKeyFigureGroups;

function usersGroup(attributes = '') {
  const container = document.createElement('div');
  container.innerHTML = `<mdk-kpi-group heading="NUTZER*INNEN" ${attributes}>${users!.figures
    .map(
      (figure) =>
        `<mdk-kpi-tile value="${figure.value}" qualifier="${figure.qualifier}" unit="${figure.unit ?? 'none'}"
          notation="${figure.notation ?? 'standard'}" label="${figure.label.de}" source="${figure.source}"></mdk-kpi-tile>`,
    )
    .join('')}</mdk-kpi-group>`;
  return fixture<MdkKpiGroup>(html`${container.firstElementChild}`);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('<mdk-kpi-group>', () => {
  it('is read as a heading, then a list of 7 entries, one per tile', async () => {
    const group = await usersGroup();
    const tree = await accessibilityTreeOf(group);
    expect(tree.children.map((node) => node.role)).toEqual(['heading', 'list']);
    const [heading] = nodesWithRole(tree, 'heading');
    expect([heading?.name, heading?.properties.level]).toEqual(['NUTZER*INNEN', 2]);
    const [list] = nodesWithRole(tree, 'list');
    expect(list?.children.map((item) => item.role)).toEqual(Array(7).fill('listitem'));
    // Never an aria-label on the list: the heading above names it for the reader.
    expect(list?.name).toBe('');
  });

  it('spoken-heading: the heading is named by it and shows as written; blank or removed, the written heading is read', async () => {
    const group = await usersGroup('spoken-heading="Nutzerinnen und Nutzer"');
    const headingOf = async () => nodesWithRole(await accessibilityTreeOf(group), 'heading')[0];
    expect([(await headingOf())?.name, (await headingOf())?.properties.level]).toEqual(['Nutzerinnen und Nutzer', 2]);
    // What people see is the heading as written, in the heading's box.
    const shown = group.shadowRoot!.querySelector<HTMLElement>('[part=heading]')!;
    expect(shown.querySelector('[aria-hidden=true]')!.textContent).toBe('NUTZER*INNEN');
    const spokenOnly = shown.querySelector<HTMLElement>('.visually-hidden')!;
    expect([spokenOnly.textContent, spokenOnly.getBoundingClientRect().width]).toEqual(['Nutzerinnen und Nutzer', 1]);
    group.spokenHeading = '   ';
    await group.updateComplete;
    expect((await headingOf())?.name).toBe('NUTZER*INNEN');
    group.setAttribute('spoken-heading', 'Nutzerinnen und Nutzer');
    await group.updateComplete;
    group.removeAttribute('spoken-heading');
    await group.updateComplete;
    expect((await headingOf())?.name).toBe('NUTZER*INNEN');
    expect(group.spokenHeading).toBe('');
  });

  it('takes its heading level from the page, and falls back to 2 with a warning for a bad one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const group = await usersGroup('heading-level="3"');
    expect(nodesWithRole(await accessibilityTreeOf(group), 'heading')[0]?.properties.level).toBe(3);
    group.setAttribute('heading-level', 'zwei');
    await group.updateComplete;
    expect(nodesWithRole(await accessibilityTreeOf(group), 'heading')[0]?.properties.level).toBe(2);
    expect(warn).toHaveBeenCalledTimes(1);
    // The warning quotes the attribute; the property holds what it reads as a number (the type's promise).
    expect(String(warn.mock.calls[0]?.[0])).toContain('heading-level="zwei"');
    expect(group.headingLevel).toBeNaN();
    group.setAttribute('heading-level', '4');
    expect(group.headingLevel).toBe(4);
  });

  it('lays tiles out in columns on a wide screen and in one column at 320 px', async () => {
    const group = await usersGroup();
    const lefts = () => new Set([...group.querySelectorAll('mdk-kpi-tile')].map((tile) => Math.round(tile.getBoundingClientRect().left)));
    expect(lefts().size).toBeGreaterThan(1);
    await page.viewport(320, 800);
    try {
      expect(lefts().size).toBe(1);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    } finally {
      await page.viewport(1280, 800);
    }
  });

  it('reads the tiles in the order people see them: row by row, left to right', async () => {
    const group = await usersGroup();
    const tiles = [...group.querySelectorAll('mdk-kpi-tile')];
    const boxes = tiles.map((tile) => tile.getBoundingClientRect());
    // A real grid: more than one row and more than one column, or any order would pass.
    expect(new Set(boxes.map((box) => Math.round(box.top))).size).toBeGreaterThan(1);
    expect(new Set(boxes.map((box) => Math.round(box.left))).size).toBeGreaterThan(1);
    const seen = [...tiles].sort((a, b) => {
      const [boxA, boxB] = [a.getBoundingClientRect(), b.getBoundingClientRect()];
      return Math.round(boxA.top) - Math.round(boxB.top) || boxA.left - boxB.left;
    });
    expect(seen.map((tile) => tile.label)).toEqual(tiles.map((tile) => tile.label));
    // A screen reader's order is the DOM's: the list's entries, one per tile in turn.
    const [list] = nodesWithRole(await accessibilityTreeOf(group), 'list');
    const heard = await Promise.all(tiles.map(async (tile) => spokenText(await accessibilityTreeOf(tile))));
    expect(list?.children.map(spokenText)).toEqual(heard);
  });

  it('keeps an element that already has a role of its own, and gives the others theirs', async () => {
    const group = await fixture<MdkKpiGroup>(
      html`<mdk-kpi-group heading="x"
        ><mdk-kpi-tile role="article" value="1" label="a"></mdk-kpi-tile><mdk-kpi-tile value="2" label="b"></mdk-kpi-tile
      ></mdk-kpi-group>`,
    );
    expect([...group.querySelectorAll('mdk-kpi-tile')].map((tile) => tile.getAttribute('role'))).toEqual(['article', 'listitem']);
  });

  it('takes the list item role back from a tile that leaves the group, unless it goes into another group', async () => {
    const container = await fixture<HTMLElement>(
      html`<div>
        <mdk-kpi-group heading="Eins"><mdk-kpi-tile value="1" label="a"></mdk-kpi-tile><mdk-kpi-tile role="article" value="2" label="b"></mdk-kpi-tile></mdk-kpi-group>
        <mdk-kpi-group heading="Zwei"><mdk-kpi-tile value="3" label="c"></mdk-kpi-tile></mdk-kpi-group>
        <div class="outside"></div>
      </div>`,
    );
    const [first, second] = container.querySelectorAll('mdk-kpi-group');
    const [a, b] = first!.querySelectorAll('mdk-kpi-tile');
    const settled = () => new Promise((resolve) => setTimeout(resolve));

    second!.append(a!);
    await settled();
    expect(a!.getAttribute('role'), 'into another group: still a list item').toBe('listitem');

    container.querySelector('.outside')!.append(a!, b!);
    await settled();
    expect(a!.hasAttribute('role'), 'outside any list: no list item').toBe(false);
    expect(b!.getAttribute('role'), "an author's own role stays").toBe('article');
    expect(await axeViolations(container)).toEqual([]);
  });

  it('passes axe (WCAG 2.2 A/AA)', async () => {
    const group = await usersGroup();
    const violations = await axeViolations(group.parentElement!);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('warns when it has no heading', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fixture(html`<mdk-kpi-group></mdk-kpi-group>`);
    expect(String(warn.mock.calls[0]?.[0])).toContain('no heading');
  });

  it('renders nothing without tiles, not even its heading; a tile added later shows it all, removed hides it again', async () => {
    const group = await fixture<MdkKpiGroup>(html`<mdk-kpi-group heading="NUTZER*INNEN"> </mdk-kpi-group>`);
    expect(await whatIsShown(group)).toEqual(nothingShown);
    const tile = document.createElement('mdk-kpi-tile');
    tile.setAttribute('value', '650');
    tile.setAttribute('label', 'M-WLAN Standorte');
    group.append(tile);
    // Each look reads Chromium's accessibility tree, which can take more than waitFor's default second.
    await vi.waitFor(async () => expect((await whatIsShown(group)).read.slice(0, 3)).toEqual(['heading "NUTZER*INNEN"', 'StaticText "NUTZER*INNEN"', 'list ""']), { timeout: 10_000 });
    tile.remove();
    await vi.waitFor(async () => expect(await whatIsShown(group)).toEqual(nothingShown), { timeout: 10_000 });
  });
});

describe('<mdk-kpi-group no-heading>', () => {
  it('no-heading: no heading in the accessibility tree and no warning; the 7 figures stay; removed, the heading is back', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const group = await usersGroup('no-heading');
    let tree = await accessibilityTreeOf(group);
    expect(nodesWithRole(tree, 'heading').filter((node) => node.name === 'NUTZER*INNEN')).toEqual([]);
    expect(group.shadowRoot!.querySelector('[part=heading]')).toBeNull();
    expect(tree.children.map((node) => node.role)).toEqual(['list']);
    const [list] = nodesWithRole(tree, 'list');
    expect(list?.name).toBe('');
    expect(list?.children.map((item) => item.role)).toEqual(Array(7).fill('listitem'));
    group.removeAttribute('heading');
    await group.updateComplete;
    expect(warn.mock.calls.filter(([message]) => String(message).includes('has no heading'))).toEqual([]);
    group.setAttribute('heading', 'NUTZER*INNEN');
    group.removeAttribute('no-heading');
    tree = await accessibilityTreeOf(group);
    expect(tree.children.map((node) => node.role)).toEqual(['heading', 'list']);
    expect(nodesWithRole(tree, 'heading')[0]?.name).toBe('NUTZER*INNEN');
  });
});
