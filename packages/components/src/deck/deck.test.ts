import tokensUrl from '@muenchen-digital/tokens/muenchen.css?url';
import { contrastRatio } from '@muenchen-digital/tokens';
import { html, nothing } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { commands, page, userEvent } from 'vitest/browser';
import {
  accessibilityTreeOf,
  axeViolations,
  computedColour,
  deepActiveElement,
  describeViolations,
  drawnBorders,
  focusByKeyboard,
  nodesWithRole,
  spokenText,
  withEmulatedMedia,
} from '../../test/accessibility.js';
import type { PrintablePage } from '../../test/browser-commands.js';
import { nothingShown, whatIsShown } from '../../test/empty-state.js';
import { fixture, settle } from '../../test/fixtures.js';
import { findUndeclaredColourPairs } from '../../test/rendered-colour-pairs.js';
import '../deck.js';
import '../kpi-tile.js';
import '../source-list.js';
import type { MdkDeck } from './deck.js';
import { MdkModeChangeEvent, MdkSlideChangeEvent } from './deck.events.js';
import type { MdkSlide } from './slide.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    printToPdf: (page: PrintablePage) => Promise<{ pages: number }>;
  }
}

/** Links in a slide are the author's content: styled with the theme's link colour, as a page would. */
const linkStyle = 'color: var(--mdk-color-link-default)';

const titles = ['Von der Strategie zum Handeln', 'Souveräner Staat?', 'Digitalisierung in München bedeutet …', 'Herausforderungen', 'Unsere Kanäle'];

interface Options {
  mode?: string;
  headings?: string[];
  lang?: string;
  extra?: unknown;
}

/** Five slides of the talk, each with a paragraph and a link of its own; `extra` goes into the second slide. */
function deckFixture({ mode, headings = titles, lang = 'de', extra = nothing }: Options = {}) {
  return fixture<MdkDeck>(
    html`<mdk-deck mode=${mode ?? nothing} label="Von der Strategie zum Handeln">
      ${headings.map(
        (heading, index) =>
          html`<mdk-slide heading=${heading}>
            <p>Inhalt von Folie ${index + 1}. <a style=${linkStyle} href=${`/mehr-${index + 1}`}>Mehr zu Folie ${index + 1}</a></p>
            ${index === 1 ? extra : nothing}
          </mdk-slide>`,
      )}
    </mdk-deck>`,
    lang,
  );
}

const part = (deck: MdkDeck, name: string) => deck.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
const statusText = (deck: MdkDeck) => part(deck, 'status')!.textContent!.trim();
const warningsAbout = (warn: { mock: { calls: unknown[][] } }, tag: string, topic: string) =>
  warn.mock.calls.filter(([message]) => String(message).includes(`<${tag}>`) && String(message).includes(topic));

/**
 * Chromium's accessibility tree of `element`. The tree command finds the test's frame by its URL, without
 * the hash the deck keeps in it: take the hash off first (`replaceState`, which the deck does not follow).
 */
function treeOf(element: Element) {
  if (location.hash !== '') history.replaceState(history.state, '', location.pathname + location.search);
  return accessibilityTreeOf(element);
}

/** Whether `element` sits in `deck`, in its light DOM or in any shadow root below it. */
function isInside(deck: MdkDeck, element: Element): boolean {
  for (let node: Node | null = element; node; node = node.parentNode ?? (node as ShadowRoot).host ?? null) {
    if (node === deck) return true;
  }
  return false;
}

/** Puts focus on no element, as after a page has loaded. */
function blur(): void {
  (document.activeElement as HTMLElement | null)?.blur();
}

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

afterEach(async () => {
  vi.restoreAllMocks();
  if (location.hash !== '') history.replaceState(null, '', location.pathname + location.search);
  if (document.fullscreenElement) await document.exitFullscreen();
});

describe('<mdk-slide>', () => {
  it('renders its heading as a real heading of heading-level (default 2) and its content', async () => {
    const deck = await deckFixture();
    const tree = await treeOf(deck);
    const headings = nodesWithRole(tree, 'heading');
    expect(headings.map((heading) => heading.name)).toEqual(titles);
    expect(headings.map((heading) => heading.properties.level)).toEqual([2, 2, 2, 2, 2]);
    deck.slides[0]!.setAttribute('heading-level', '3');
    await deck.slides[0]!.updateComplete;
    expect(deck.slides[0]!.shadowRoot!.querySelector('h3')!.textContent).toBe(titles[0]);
  });

  it('has a stable id: its own, else a slug of its heading, else folie-N; unique in the page', async () => {
    const container = await fixture<HTMLElement>(html`<div>
      <p id="herausforderungen">Ein Element der Seite hat diese id schon.</p>
      <mdk-deck>
        <mdk-slide id="start" heading="Von der Strategie zum Handeln"></mdk-slide>
        <mdk-slide heading="Souveräner Staat?"></mdk-slide>
        <mdk-slide heading="Digitalisierung in München bedeutet …"></mdk-slide>
        <mdk-slide heading="Herausforderungen"></mdk-slide>
        <mdk-slide heading="Café-Décor: Straße"></mdk-slide>
        <mdk-slide></mdk-slide>
      </mdk-deck>
    </div>`);
    const deck = container.querySelector('mdk-deck')!;
    expect(deck.slides.map((slide) => slide.id)).toEqual([
      'start',
      'souveraener-staat',
      'digitalisierung-in-muenchen-bedeutet',
      'herausforderungen-2',
      'cafe-decor-strasse',
      'folie-6',
    ]);
    // Stable: a new heading keeps the id that links already point at.
    const slide = deck.slides[1]!;
    slide.heading = 'Souverän?';
    await slide.updateComplete;
    expect(slide.id).toBe('souveraener-staat');
    // In English the fallback reads "slide-N".
    const english = await fixture<MdkDeck>(html`<mdk-deck><mdk-slide></mdk-slide><mdk-slide></mdk-slide></mdk-deck>`, 'en');
    expect(english.slides.map((each) => each.id)).toEqual(['slide-1', 'slide-2']);
  });

  it('takes its id from a heading set as a property once it is in the page, as React’s wrappers set it', async () => {
    const deck = await fixture<MdkDeck>(html`<mdk-deck></mdk-deck>`);
    const slide = document.createElement('mdk-slide');
    deck.append(slide);
    slide.heading = 'Kernbotschaft';
    await slide.updateComplete;
    expect(slide.id).toBe('kernbotschaft');
  });

  it('is a citation scope: a footnote marker links to the source in its own slide', async () => {
    const slideWithSource = (heading: string) => html`<mdk-slide heading=${heading}>
      <mdk-kpi-tile value="1600000" qualifier="approx" notation="compact" label="Bürger*innen" source="2"></mdk-kpi-tile>
      <mdk-source-list heading-level="3"><mdk-source number="2">Landeshauptstadt München</mdk-source></mdk-source-list>
    </mdk-slide>`;
    const deck = await fixture<MdkDeck>(html`<mdk-deck>${slideWithSource('Kennzahlen 2024')}${slideWithSource('Kennzahlen 2025')}</mdk-deck>`);
    await settle(deck);
    for (const slide of deck.slides) {
      expect(slide.hasAttribute('data-mdk-citation-scope')).toBe(true);
      const entry = slide.querySelector('mdk-source')!;
      const marker = slide.querySelector('mdk-kpi-tile')!.shadowRoot!.querySelector('a')!;
      expect(marker.getAttribute('href')).toBe(`#${entry.id}`);
    }
    expect(new Set(deck.slides.map((slide) => slide.querySelector('mdk-source')!.id)).size).toBe(2);
  });
});

describe('<mdk-deck> overview (the default)', () => {
  it('shows every slide as one document with a heading per slide, in a named region; no role=application', async () => {
    const deck = await deckFixture();
    expect(deck.mode).toBe('overview');
    const tree = await treeOf(deck);
    expect(nodesWithRole(tree, 'region').map((region) => region.name)).toEqual(['Von der Strategie zum Handeln']);
    const spoken = spokenText(tree);
    for (let index = 1; index <= 5; index += 1) expect(spoken).toContain(`${titles[index - 1]} Inhalt von Folie ${index} . Mehr zu Folie ${index}`);
    expect(deck.slides.some((slide) => slide.inert)).toBe(false);
    expect(nodesWithRole(tree, 'application')).toEqual([]);
    expect(deck.shadowRoot!.querySelector('[role=application]')).toBeNull();
    // Only the mode button: no previous/next, no position, no help in the overview.
    expect(nodesWithRole(tree, 'button').map((button) => button.name)).toEqual(['Präsentieren', 'Vollbild']);
    const violations = await axeViolations(deck.parentElement!);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

describe('<mdk-deck mode="present">', () => {
  it('shows one slide: the others are inert and hidden, absent from the accessibility tree', async () => {
    const deck = await deckFixture({ mode: 'present' });
    expect(deck.slides.map((slide) => slide.inert)).toEqual([false, true, true, true, true]);
    expect(deck.slides.map((slide) => getComputedStyle(slide).display)).toEqual(['grid', 'none', 'none', 'none', 'none']);
    const tree = await treeOf(deck);
    const spoken = spokenText(tree);
    expect(spoken).toContain('Inhalt von Folie 1 . Mehr zu Folie 1');
    for (let index = 2; index <= 5; index += 1) {
      expect(spoken).not.toContain(`Mehr zu Folie ${index}`);
      expect(spoken).not.toContain(titles[index - 1]!);
    }
    expect(nodesWithRole(tree, 'heading').map((heading) => heading.name)).toEqual([titles[0]]);
    expect(nodesWithRole(tree, 'application')).toEqual([]);
    const violations = await axeViolations(deck.parentElement!);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('Tab never lands in an inactive slide', async () => {
    const deck = await deckFixture({ mode: 'present' });
    deck.next();
    await deck.updateComplete;
    part(deck, 'mode-button')!.focus();
    const visited: Element[] = [];
    for (let step = 0; step < 12; step += 1) {
      await userEvent.tab();
      const active = deepActiveElement();
      if (active === null || !isInside(deck, active)) break;
      visited.push(active);
    }
    const names = visited.map((element) => element.textContent!.trim());
    expect(names).toEqual(['Vollbild', 'Tastenkürzel', 'Mehr zu Folie 2', 'Vorherige Folie', 'Nächste Folie']);
    for (const slide of deck.slides.filter((each) => each.inert)) {
      expect(visited.some((element) => slide.contains(element))).toBe(false);
    }
  });

  it.each([
    ['ArrowRight', 1],
    ['ArrowDown', 1],
    ['PageDown', 1],
    ['Space', 1],
    ['ArrowLeft', -1],
    ['ArrowUp', -1],
    ['PageUp', -1],
  ])('%s moves by %i', async (key, step) => {
    const deck = await deckFixture({ mode: 'present' });
    deck.goTo(2);
    await deck.updateComplete;
    blur();
    await userEvent.keyboard(key === 'Space' ? ' ' : `{${key}}`);
    expect(deck.currentIndex).toBe(2 + step);
  });

  it('scrolls a slide taller than the screen before the next key turns it, back up too; → always turns', async () => {
    const deck = await deckFixture({ mode: 'present', extra: html`<div style="height: ${2 * innerHeight}px">Viele Kennzahlen</div>` });
    deck.goTo(1);
    await deck.updateComplete;
    scrollTo(0, 0);
    blur();
    await userEvent.keyboard('{PageDown}');
    await vi.waitFor(() => expect(scrollY).toBeGreaterThan(0));
    expect(deck.currentIndex, 'Page Down scrolls the tall slide').toBe(1);
    // At the slide's end (its controls in view), the same key turns it.
    scrollTo(0, document.scrollingElement!.scrollHeight);
    await nextFrame();
    await userEvent.keyboard('{PageDown}');
    expect(deck.currentIndex).toBe(2);
    // Back on the tall slide, scrolled down: Page Up scrolls up first.
    deck.goTo(1);
    await deck.updateComplete;
    scrollTo(0, document.scrollingElement!.scrollHeight);
    await nextFrame();
    const bottom = scrollY;
    blur();
    await userEvent.keyboard('{PageUp}');
    // The browser's own scrolling, smooth: it takes a few frames.
    await vi.waitFor(() => expect(scrollY).toBeLessThan(bottom));
    expect(deck.currentIndex).toBe(1);
    // → is no scrolling key: it turns the slide wherever the view stands.
    await userEvent.keyboard('{ArrowRight}');
    expect(deck.currentIndex).toBe(2);
    scrollTo(0, 0);
  });

  it('Home and End go to the first and the last slide; at the ends the keys stop', async () => {
    const deck = await deckFixture({ mode: 'present' });
    blur();
    await userEvent.keyboard('{End}');
    expect(deck.currentIndex).toBe(4);
    await userEvent.keyboard('{ArrowRight}');
    expect(deck.currentIndex).toBe(4);
    await userEvent.keyboard('{Home}');
    expect(deck.currentIndex).toBe(0);
    await userEvent.keyboard('{ArrowLeft}');
    expect(deck.currentIndex).toBe(0);
  });

  it('keys do nothing in a form field, a contenteditable, or with Alt, Ctrl, Meta or Shift (but Shift+Space goes back)', async () => {
    const deck = await deckFixture({
      mode: 'present',
      extra: html`<label>Notiz <input type="text" /></label>
        <label>Auswahl <select><option>A</option><option>B</option></select></label>
        <label>Text <textarea></textarea></label>
        <div contenteditable="true" role="textbox" aria-label="Bearbeitbar">x</div>`,
    });
    deck.goTo(1);
    await deck.updateComplete;
    for (const selector of ['input', 'select', 'textarea', '[contenteditable]']) {
      deck.querySelector<HTMLElement>(selector)!.focus();
      // Space would open the select's popup: the arrows, End and Home are what a select uses.
      const keys = ['{ArrowRight}', '{ArrowLeft}', '{PageDown}', '{End}', '{Home}', ...(selector === 'select' ? [] : [' ', '?'])];
      for (const key of keys) {
        await userEvent.keyboard(key);
        expect(deck.currentIndex, `${selector} ${key}`).toBe(1);
      }
    }
    expect(deck.querySelector('input')!.value).toBe(' ?');
    expect(part(deck, 'help')!.hasAttribute('open')).toBe(false);
    blur();
    // Shift with an arrow, Home or End selects text: not the deck's.
    for (const chord of ['{Alt>}{ArrowRight}{/Alt}', '{Control>}{ArrowDown}{/Control}', '{Meta>}{ArrowRight}{/Meta}', '{Alt>}{End}{/Alt}', '{Shift>}{ArrowRight}{/Shift}', '{Shift>}{End}{/Shift}']) {
      await userEvent.keyboard(chord);
      expect(deck.currentIndex, chord).toBe(1);
    }
    // Shift+Space goes back, as it scrolls back on a page.
    await userEvent.keyboard('{Shift>} {/Shift}');
    expect(deck.currentIndex, 'Shift+Space').toBe(0);
    // 35 key presses, each a round trip to the browser: on two busy cores that can pass the default 15 s.
  }, 30_000);

  it('Space on a focused button or link is theirs: the next button moves once, the mode button switches modes', async () => {
    const deck = await deckFixture({ mode: 'present' });
    part(deck, 'next-button')!.focus();
    await userEvent.keyboard(' ');
    expect(deck.currentIndex).toBe(1);
    await userEvent.keyboard('{Enter}');
    expect(deck.currentIndex).toBe(2);
    // Arrows are no button's own: they still move.
    await userEvent.keyboard('{ArrowRight}');
    expect(deck.currentIndex).toBe(3);
    part(deck, 'mode-button')!.focus();
    await userEvent.keyboard(' ');
    await deck.updateComplete;
    expect(deck.mode).toBe('overview');
    expect(deck.currentIndex).toBe(3);
  });

  it('keys go to the deck that has focus; with no focus, to the first presenting deck of the page only', async () => {
    const container = await fixture<HTMLElement>(html`<div>
      <mdk-deck mode="present"><mdk-slide heading="A1"></mdk-slide><mdk-slide heading="A2"></mdk-slide></mdk-deck>
      <mdk-deck mode="present"><mdk-slide heading="B1"></mdk-slide><mdk-slide heading="B2"></mdk-slide></mdk-deck>
    </div>`);
    const [first, second] = [...container.querySelectorAll('mdk-deck')];
    blur();
    await userEvent.keyboard('{ArrowRight}');
    expect([first!.currentIndex, second!.currentIndex]).toEqual([1, 0]);
    part(second!, 'mode-button')!.focus();
    await userEvent.keyboard('{ArrowRight}');
    expect([first!.currentIndex, second!.currentIndex]).toEqual([1, 1]);
  });

  it('the overview takes no keys: arrows scroll the page as usual', async () => {
    const deck = await deckFixture();
    blur();
    await userEvent.keyboard('{ArrowRight}');
    await userEvent.keyboard('{End}');
    expect(deck.currentIndex).toBe(0);
  });

  it('previous and next buttons and the position "3 / 5"; at the ends the button stays focusable and says it is unavailable', async () => {
    const deck = await deckFixture({ mode: 'present' });
    const previous = part(deck, 'previous-button')!;
    const next = part(deck, 'next-button')!;
    expect(previous.getAttribute('aria-disabled')).toBe('true');
    await userEvent.click(next);
    await userEvent.click(next);
    await deck.updateComplete;
    expect(deck.currentIndex).toBe(2);
    const position = part(deck, 'position')!;
    expect(position.querySelector('[aria-hidden=true]')!.textContent).toBe('3 / 5');
    expect(spokenText(await treeOf(position))).toBe('Folie 3 von 5');
    const buttons = nodesWithRole(await treeOf(deck), 'button');
    expect(buttons.map((button) => button.name)).toEqual(['Alle Folien zeigen', 'Vollbild', 'Tastenkürzel', 'Vorherige Folie', 'Nächste Folie']);
    next.focus();
    for (let click = 0; click < 4; click += 1) await userEvent.keyboard('{Enter}');
    await deck.updateComplete;
    expect(deck.currentIndex).toBe(4);
    expect(next.getAttribute('aria-disabled')).toBe('true');
    expect(deepActiveElement()).toBe(next);
  });

  it('an unavailable button says so: disabled in the accessibility tree, dashed and muted on screen, grey in forced colours', async () => {
    const deck = await deckFixture({ mode: 'present' });
    const [previous, next] = [part(deck, 'previous-button')!, part(deck, 'next-button')!];
    const buttons = nodesWithRole(await treeOf(deck), 'button');
    const byName = (name: string) => buttons.find((button) => button.name === name)!;
    expect(byName('Vorherige Folie').properties.disabled).toBe(true);
    expect(byName('Nächste Folie').properties.disabled).toBeFalsy();
    const [unavailable, available] = [getComputedStyle(previous), getComputedStyle(next)];
    expect(Object.values(drawnBorders(previous))).toHaveLength(4);
    expect([unavailable.borderTopStyle, available.borderTopStyle]).toEqual(['dashed', 'solid']);
    expect(unavailable.color).toBe(computedColour('var(--mdk-color-text-muted)'));
    expect(unavailable.color).not.toBe(available.color);
    await withEmulatedMedia({ forcedColors: 'active' }, () => {
      const grey = computedColour('GrayText');
      expect([getComputedStyle(previous).color, getComputedStyle(previous).borderTopColor]).toEqual([grey, grey]);
      expect(getComputedStyle(next).color).not.toBe(grey);
    });
  });

  it.each(['light', 'dark', 'high-contrast'])('in the %s mode an unavailable button reads weaker than an available one', async (mode) => {
    const deck = await deckFixture({ mode: 'present' });
    deck.style.setProperty('--mdk-deck-transition-duration', '0s');
    deck.parentElement!.dataset.mdkMode = mode;
    const [previous, next] = [part(deck, 'previous-button')!, part(deck, 'next-button')!];
    const [unavailable, available] = [getComputedStyle(previous), getComputedStyle(next)];
    // A token's colour in this mode: read inside the container that sets the mode.
    const tokenColour = (token: string) => {
      const probe = document.createElement('span');
      probe.style.color = `var(${token})`;
      deck.parentElement!.append(probe);
      const colour = getComputedStyle(probe).color;
      probe.remove();
      return colour;
    };
    const rgb = (colour: string) => colour.match(/\d+/g)!.slice(0, 3).map(Number) as [number, number, number];
    const surface = rgb(tokenColour('--mdk-color-surface-default'));
    const edge = (style: CSSStyleDeclaration) => contrastRatio(rgb(style.borderTopColor), surface);
    // Never bolder, never a stronger edge: in high contrast the muted text is as black as any, so
    // weight and edge must say it (the tokens have no colour for an unavailable control).
    expect(Number(unavailable.fontWeight)).toBeLessThan(Number(available.fontWeight));
    expect([unavailable.borderTopStyle, available.borderTopStyle]).toEqual(['dashed', 'solid']);
    expect(edge(unavailable)).toBeLessThan(edge(available));
    // Still text in a declared pair: muted text on the page's surface.
    expect(unavailable.color).toBe(tokenColour('--mdk-color-text-muted'));
  });

  it('at every width from 240 to 800 px, the counter stands between the two buttons on one row, inside the deck', async () => {
    const deck = await deckFixture({ mode: 'present' });
    const [previous, position, next] = [part(deck, 'previous-button')!, part(deck, 'position')!, part(deck, 'next-button')!];
    const untidy: string[] = [];
    for (let width = 240; width <= 800; width += 1) {
      deck.style.width = `${width}px`;
      const [left, middle, right] = [previous.getBoundingClientRect(), position.getBoundingClientRect(), next.getBoundingClientRect()];
      const box = deck.getBoundingClientRect();
      const oneRow = Math.max(left.top, middle.top, right.top) < Math.min(left.bottom, middle.bottom, right.bottom);
      const inOrder = left.right <= middle.left && middle.right <= right.left;
      const centred = Math.abs((middle.left + middle.right) / 2 - (box.left + box.right) / 2) <= 1;
      const inside = left.left >= box.left && right.right <= box.right;
      if (!(oneRow && inOrder && centred && inside)) untidy.push(`${width}px: ${JSON.stringify({ oneRow, inOrder, centred, inside })}`);
    }
    expect(untidy).toEqual([]);
    // Wrapped or not, the two buttons are as tall as each other.
    deck.style.width = '288px';
    expect(previous.getBoundingClientRect().height).toBe(next.getBoundingClientRect().height);
    // A word that does not fit is hyphenated where the browser has the language's rules (this test's
    // Chromium has none, so it asks only for the style), rather than split at any letter.
    expect([previous, next].map((button) => getComputedStyle(button).hyphens)).toEqual(['auto', 'auto']);
  });

  it('announces a change in a polite status region that exists before it is filled — never the slide content', async () => {
    const deck = await deckFixture({ mode: 'present' });
    const status = part(deck, 'status')!;
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent!.trim()).toBe('');
    const statusNodes = nodesWithRole(await treeOf(deck), 'status');
    expect(statusNodes).toHaveLength(1);
    await userEvent.click(part(deck, 'next-button')!);
    await deck.updateComplete;
    expect(part(deck, 'status')).toBe(status);
    expect(statusText(deck)).toBe('Folie 2 von 5: Souveräner Staat?');
    expect(status.textContent).not.toContain('Inhalt');
    // Focus stays on the button pressed: a presenter can press it again.
    expect(deepActiveElement()).toBe(part(deck, 'next-button'));
    const live = nodesWithRole(await treeOf(deck), 'status')[0]!;
    expect(live.properties.live).toBe('polite');
  });

  it('moves focus to the new slide\'s heading when focus was in the slide that left', async () => {
    const deck = await deckFixture({ mode: 'present' });
    deck.querySelector<HTMLAnchorElement>('a[href="/mehr-1"]')!.focus();
    await userEvent.keyboard('{ArrowRight}');
    await deck.updateComplete;
    const heading = deck.slides[1]!.shadowRoot!.querySelector('h2')!;
    expect(deepActiveElement()).toBe(heading);
    expect(heading.getAttribute('tabindex')).toBe('-1');
    expect(getComputedStyle(heading).outlineStyle).toBe('solid');
    // Focus reads the heading; the status says where it is, without the title again.
    expect(statusText(deck)).toBe('Folie 2 von 5');
    // From the heading, the keys go on; focus follows to each new heading, and the status with it:
    // never left saying a slide that is gone, which browse mode would read.
    await userEvent.keyboard('{ArrowRight}');
    await deck.updateComplete;
    expect(deepActiveElement()).toBe(deck.slides[2]!.shadowRoot!.querySelector('h2'));
    expect(statusText(deck)).toBe('Folie 3 von 5');
  });

  it('the hash follows the current slide with replaceState: no history entry, no scrolling', async () => {
    const deck = await deckFixture({ mode: 'present' });
    const length = history.length;
    const scroll = [scrollX, scrollY];
    blur();
    await userEvent.keyboard('{ArrowRight}');
    expect(location.hash).toBe('#souveraener-staat');
    await userEvent.keyboard('{End}');
    expect(location.hash).toBe('#unsere-kanaele');
    expect(deck.currentIndex).toBe(4);
    expect(history.length).toBe(length);
    expect([scrollX, scrollY]).toEqual(scroll);
  });

  it('keeps the page\'s own path under a <base href> elsewhere (as Angular sets one): only the hash changes', async () => {
    await deckFixture({ mode: 'present' });
    const path = location.pathname + location.search;
    const base = document.createElement('base');
    base.href = '/elsewhere/';
    document.head.prepend(base);
    try {
      blur();
      await userEvent.keyboard('{ArrowRight}');
      expect(location.hash).toBe('#souveraener-staat');
      expect(location.pathname + location.search).toBe(path);
    } finally {
      base.remove();
    }
  });

  it('opening the page with #slide-id shows and focuses that slide', async () => {
    history.replaceState(null, '', '#herausforderungen');
    const deck = await deckFixture({ mode: 'present' });
    await nextFrame();
    expect(deck.currentIndex).toBe(3);
    expect(deck.slides[3]!.inert).toBe(false);
    expect(deepActiveElement()).toBe(deck.slides[3]!.shadowRoot!.querySelector('h2'));
    expect(location.hash).toBe('#herausforderungen');
  });

  it('a deck written as HTML (parsed, then upgraded) follows the hash too', async () => {
    history.replaceState(null, '', '#zweite-folie');
    const container = await fixture<HTMLElement>(html`<div></div>`);
    container.innerHTML = `<mdk-deck mode="present">
      <mdk-slide heading="Erste Folie"><p>Eins</p></mdk-slide>
      <mdk-slide heading="Zweite Folie"><p>Zwei</p></mdk-slide>
    </mdk-deck>`;
    const deck = container.querySelector('mdk-deck')!;
    await settle(container);
    await nextFrame();
    expect(deck.currentIndex).toBe(1);
    expect(deepActiveElement()).toBe(deck.slides[1]!.shadowRoot!.querySelector('h2'));
  });

  it('a slide added later neither moves focus nor the current slide', async () => {
    const deck = await deckFixture({ mode: 'present' });
    const next = part(deck, 'next-button')!;
    await userEvent.click(next);
    expect(location.hash).toBe('#souveraener-staat');
    const slide = document.createElement('mdk-slide');
    slide.heading = 'Neue Folie';
    deck.append(slide);
    await new Promise((resolve) => setTimeout(resolve));
    await deck.updateComplete;
    expect(deck.currentIndex).toBe(1);
    expect(deepActiveElement()).toBe(next);
    expect(part(deck, 'position')!.textContent).toContain('2 / 6');
    expect(slide.inert).toBe(true);
  });

  it('slide.focus() before the slide\'s first render focuses its heading once rendered', async () => {
    // The overview: a slide added while presenting would be inert, and not focusable.
    const deck = await deckFixture();
    const slide = document.createElement('mdk-slide');
    slide.heading = 'Nachgereicht';
    deck.append(slide);
    slide.focus();
    await slide.updateComplete;
    expect(deepActiveElement()).toBe(slide.shadowRoot!.querySelector('h2'));
  });

  it('in the overview, #slide-id focuses that slide\'s heading too', async () => {
    history.replaceState(null, '', '#unsere-kanaele');
    const deck = await deckFixture();
    await nextFrame();
    expect(deepActiveElement()).toBe(deck.slides[4]!.shadowRoot!.querySelector('h2'));
  });

  it('a hashchange to a slide navigates; to an element inside a slide, shows that slide and keeps the hash', async () => {
    const deck = await deckFixture({ mode: 'present', extra: html`<p id="notiz" tabindex="-1">Notiz</p>` });
    const changed = () => new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
    let done = changed();
    location.hash = '#digitalisierung-in-muenchen-bedeutet';
    await done;
    expect(deck.currentIndex).toBe(2);
    expect(deepActiveElement()).toBe(deck.slides[2]!.shadowRoot!.querySelector('h2'));
    done = changed();
    location.hash = '#notiz';
    await done;
    expect(deck.currentIndex).toBe(1);
    expect(location.hash).toBe('#notiz');
    done = changed();
    location.hash = '#nirgends';
    await done;
    expect(deck.currentIndex).toBe(1);
  });

  it('says nothing when a link leads inside the current slide, nor in the overview (a footnote and its way back)', async () => {
    const changed = () => new Promise((resolve) => addEventListener('hashchange', resolve, { once: true }));
    // Opened at the second slide by the address, which focuses its heading and says only where it is.
    history.replaceState(null, '', '#souveraener-staat');
    const presenting = await deckFixture({ mode: 'present', extra: html`<p id="notiz" tabindex="-1">Notiz</p>` });
    await nextFrame();
    expect(presenting.currentIndex).toBe(1);
    expect(statusText(presenting)).toBe('Folie 2 von 5');
    const statusChanges: MutationRecord[] = [];
    const watch = new MutationObserver((records) => statusChanges.push(...records));
    watch.observe(part(presenting, 'status')!, { subtree: true, childList: true, characterData: true });
    let done = changed();
    location.hash = '#notiz';
    await done;
    await presenting.updateComplete;
    expect(presenting.currentIndex).toBe(1);
    statusChanges.push(...watch.takeRecords());
    expect(statusChanges, 'no "Folie 2 von 5" again for a link within the slide shown').toEqual([]);
    // Nor for a link back to the slide shown itself, from there, whatever the status said last.
    presenting.mode = 'overview';
    await presenting.updateComplete;
    presenting.mode = 'present';
    await presenting.updateComplete;
    const said = statusText(presenting);
    expect(said).toMatch(/^Präsentationsmodus\./);
    watch.takeRecords();
    statusChanges.length = 0;
    done = changed();
    location.hash = '#souveraener-staat';
    await done;
    await presenting.updateComplete;
    statusChanges.push(...watch.takeRecords());
    expect(statusChanges, 'no slide change to announce').toEqual([]);
    expect(statusText(presenting)).toBe(said);
    watch.disconnect();
    presenting.remove();

    const overview = await deckFixture({ extra: html`<p id="notiz-2" tabindex="-1">Notiz</p>` });
    done = changed();
    location.hash = '#notiz-2';
    await done;
    await overview.updateComplete;
    expect(statusText(overview), 'the overview shows every slide: no slide change to announce').toBe('');
  });

  it('fires mdk-slide-change with index and slide', async () => {
    const deck = await deckFixture({ mode: 'present' });
    const events: MdkSlideChangeEvent[] = [];
    deck.addEventListener('mdk-slide-change', (event) => events.push(event));
    deck.goTo('herausforderungen');
    deck.goTo('gibt-es-nicht');
    deck.goTo(3);
    deck.previous();
    expect(events.map((event) => [event.index, event.slide.id])).toEqual([
      [3, 'herausforderungen'],
      [2, 'digitalisierung-in-muenchen-bedeutet'],
    ]);
    expect(events[0]).toBeInstanceOf(MdkSlideChangeEvent);
    expect(events[0]!.bubbles && events[0]!.composed).toBe(true);
  });
});

describe('<mdk-deck> mode toggle', () => {
  it('switches between overview and presenting, keeps focus on the toggle, announces the mode and fires mdk-mode-change', async () => {
    const deck = await deckFixture();
    const modes: string[] = [];
    deck.addEventListener('mdk-mode-change', (event) => {
      expect(event).toBeInstanceOf(MdkModeChangeEvent);
      modes.push(event.mode);
    });
    const toggle = part(deck, 'mode-button')!;
    await userEvent.click(toggle);
    await deck.updateComplete;
    expect(deck.mode).toBe('present');
    expect(deck.getAttribute('mode')).toBe('present');
    expect(toggle.textContent!.trim()).toBe('Alle Folien zeigen');
    expect(statusText(deck)).toBe('Präsentationsmodus. Folie 1 von 5: Von der Strategie zum Handeln');
    expect(location.hash).toBe('#von-der-strategie-zum-handeln');
    expect(deck.slides.filter((slide) => slide.inert)).toHaveLength(4);
    expect(deepActiveElement()).toBe(toggle);
    await userEvent.click(toggle);
    await deck.updateComplete;
    expect(deck.mode).toBe('overview');
    expect(toggle.textContent!.trim()).toBe('Präsentieren');
    expect(statusText(deck)).toBe('Übersicht mit allen 5 Folien');
    expect(deck.slides.filter((slide) => slide.inert)).toHaveLength(0);
    expect(modes).toEqual(['present', 'overview']);
  });

  it('says so, too, when the page switches the mode (an app presenting the deck by its own button); not on the first render', async () => {
    const deck = await deckFixture({ mode: 'present' });
    expect(statusText(deck), 'a deck that starts presenting says nothing').toBe('');
    const modes: string[] = [];
    deck.addEventListener('mdk-mode-change', (event) => modes.push(event.mode));
    deck.mode = 'overview';
    await deck.updateComplete;
    expect(statusText(deck)).toBe('Übersicht mit allen 5 Folien');
    deck.setAttribute('mode', 'present');
    await deck.updateComplete;
    expect(statusText(deck)).toBe('Präsentationsmodus. Folie 1 von 5: Von der Strategie zum Handeln');
    // The page made the change: the event is for changes by the deck's own button only, and the
    // address is the page's to set (a hash it sets with the mode must not be overwritten).
    expect(modes).toEqual([]);
  });

  it('leaves the heading out when the page moves focus to the current slide as it starts presenting: focus has read it already', async () => {
    const deck = await deckFixture();
    deck.goTo(1);
    deck.slides[1]!.focus();
    deck.mode = 'present';
    await deck.updateComplete;
    expect(statusText(deck)).toBe('Präsentationsmodus. Folie 2 von 5');
    // Focus elsewhere — the deck's own toggle, or a link in the slide's content, where the heading
    // has not been read — and the heading is said with the position.
    for (const elsewhere of [part(deck, 'mode-button')!, deck.querySelector<HTMLElement>('a[href="/mehr-2"]')!]) {
      deck.mode = 'overview';
      await deck.updateComplete;
      elsewhere.focus();
      deck.mode = 'present';
      await deck.updateComplete;
      expect(statusText(deck)).toMatch(/^Präsentationsmodus\. Folie 2 von 5: .+/);
    }
  });
});

describe('<mdk-deck> keyboard help', () => {
  it('"?" opens a modal help dialog listing the keys; Esc closes it and focus returns to where it was', async () => {
    const deck = await deckFixture({ mode: 'present' });
    const link = deck.querySelector<HTMLAnchorElement>('a[href="/mehr-1"]')!;
    link.focus();
    await userEvent.keyboard('?');
    const dialog = part(deck, 'help') as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    expect(dialog.matches(':modal')).toBe(true);
    const tree = await treeOf(dialog);
    expect(tree.role).toBe('dialog');
    expect(tree.name).toBe('Tastenkürzel');
    const spoken = spokenText(tree);
    for (const words of ['Pfeil rechts', 'Bild ab', 'Leertaste', 'Nächste Folie', 'Pfeil links', 'Bild auf', 'Umschalt + Leertaste', 'Vorherige Folie', 'Pos1', 'Erste Folie', 'Ende', 'Letzte Folie', '?']) {
      expect(spoken).toContain(words);
    }
    // While the help is open, the keys do not change slides.
    await userEvent.keyboard('{ArrowRight}');
    expect(deck.currentIndex).toBe(0);
    await userEvent.keyboard('{Escape}');
    expect(dialog.open).toBe(false);
    expect(document.activeElement).toBe(link);
  });

  it('the visible "Tastenkürzel" button opens it; "Schließen" closes it and focus returns to the button', async () => {
    const deck = await deckFixture({ mode: 'present' });
    const button = part(deck, 'help-button')!;
    expect(button.getAttribute('aria-haspopup')).toBe('dialog');
    await userEvent.click(button);
    const dialog = part(deck, 'help') as HTMLDialogElement;
    expect(dialog.open).toBe(true);
    await userEvent.click(part(deck, 'close-button')!);
    expect(dialog.open).toBe(false);
    expect(deepActiveElement()).toBe(button);
    const violations = await axeViolations(deck.parentElement!);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('"?" acts only with focus in the deck (a character key, WCAG 2.1.4)', async () => {
    const deck = await deckFixture({ mode: 'present' });
    blur();
    await userEvent.keyboard('?');
    expect((part(deck, 'help') as HTMLDialogElement).open).toBe(false);
  });
});

describe('<mdk-deck> full screen', () => {
  it('the button puts the deck in full screen, then reads "Vollbild beenden" and leaves it; each change is announced', async () => {
    const deck = await deckFixture({ mode: 'present' });
    const button = part(deck, 'fullscreen-button')!;
    expect(button.textContent!.trim()).toBe('Vollbild');
    const changed = () => new Promise((resolve) => document.addEventListener('fullscreenchange', resolve, { once: true }));
    let done = changed();
    await userEvent.click(button);
    await done;
    await deck.updateComplete;
    expect(document.fullscreenElement).toBe(deck);
    expect(button.textContent!.trim()).toBe('Vollbild beenden');
    expect(statusText(deck)).toBe('Vollbild an');
    expect(getComputedStyle(deck).backgroundColor).not.toBe('rgba(0, 0, 0, 0)');
    // The keys still work in full screen, with focus nowhere in particular.
    blur();
    await userEvent.keyboard('{ArrowRight}');
    expect(deck.currentIndex).toBe(1);
    done = changed();
    await userEvent.click(button);
    await done;
    await deck.updateComplete;
    expect(document.fullscreenElement).toBeNull();
    expect(button.textContent!.trim()).toBe('Vollbild');
    expect(statusText(deck)).toBe('Vollbild aus');
  });

  it('works from the keyboard too: Enter on the full-screen button enters and leaves full screen, Enter on "Tastenkürzel" opens the help', async () => {
    const deck = await deckFixture({ mode: 'present' });
    const fullscreenButton = part(deck, 'fullscreen-button')!;
    await focusByKeyboard(fullscreenButton);
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(document.fullscreenElement).toBe(deck));
    expect(deepActiveElement()).toBe(fullscreenButton);
    await userEvent.keyboard('{Enter}');
    await vi.waitFor(() => expect(document.fullscreenElement).toBeNull());
    const helpButton = part(deck, 'help-button')!;
    await userEvent.tab();
    expect(deepActiveElement()).toBe(helpButton);
    await userEvent.keyboard('{Enter}');
    expect((part(deck, 'help') as HTMLDialogElement).open).toBe(true);
    await userEvent.keyboard('{Escape}');
    expect(deepActiveElement()).toBe(helpButton);
  });

  it('leaving full screen from outside the deck (as the browser\'s Esc does) is noticed and announced too', async () => {
    const deck = await deckFixture();
    const entered = new Promise((resolve) => document.addEventListener('fullscreenchange', resolve, { once: true }));
    await userEvent.click(part(deck, 'fullscreen-button')!);
    await entered;
    const left = new Promise((resolve) => document.addEventListener('fullscreenchange', resolve, { once: true }));
    await document.exitFullscreen();
    await left;
    await deck.updateComplete;
    expect(part(deck, 'fullscreen-button')!.textContent!.trim()).toBe('Vollbild');
    expect(statusText(deck)).toBe('Vollbild aus');
  });

  it('shows no full-screen button where the page may not use full screen', async () => {
    vi.spyOn(document, 'fullscreenEnabled', 'get').mockReturnValue(false);
    const deck = await deckFixture({ mode: 'present' });
    expect(part(deck, 'fullscreen-button')).toBeNull();
  });

  it('a refused request changes nothing and throws nothing', async () => {
    const deck = await deckFixture({ mode: 'present' });
    const refused = vi.spyOn(deck, 'requestFullscreen').mockRejectedValue(new TypeError('Permissions check failed'));
    part(deck, 'fullscreen-button')!.click();
    await nextFrame();
    expect(refused).toHaveBeenCalledOnce();
    expect(part(deck, 'fullscreen-button')!.textContent!.trim()).toBe('Vollbild');
  });
});

describe('<mdk-deck> print', () => {
  it('under print media: no controls, every slide shown, each from a new page, none cut off', async () => {
    const deck = await deckFixture({ mode: 'present' });
    await withEmulatedMedia({ media: 'print' }, () => {
      expect(getComputedStyle(part(deck, 'toolbar')!).display).toBe('none');
      expect(getComputedStyle(part(deck, 'controls')!).display).toBe('none');
      for (const slide of deck.slides) {
        const style = getComputedStyle(slide);
        expect(style.display).toBe('block');
        expect(style.breakBefore).toBe('page');
        expect(style.overflow).toBe('visible');
        expect(style.maxHeight).toBe('none');
      }
    });
  });

  const printedDeck = (slides: string[]) => ({
    body: `<mdk-deck mode="present">${slides.join('')}</mdk-deck>`,
    stylesheets: [tokensUrl],
    modules: [new URL('../deck.ts', import.meta.url).href],
    lang: 'de',
    globals: { __MDK_DEV__: true },
  });

  it('prints one PDF page per slide: 5 slides, 5 pages', async () => {
    const slides = titles.map((title, index) => `<mdk-slide heading="${title}"><p>Inhalt von Folie ${index + 1}.</p></mdk-slide>`);
    expect(await commands.printToPdf(printedDeck(slides))).toEqual({ pages: 5 });
  });

  it('a slide longer than a page goes on over the next rather than lose its end; the next slide starts a page of its own', async () => {
    const long = `<mdk-slide heading="Empfehlungen">${'<p>Eine Empfehlung mit Ausgangspunkt und Maßnahmen, in vielen Worten erklärt.</p>'.repeat(120)}</mdk-slide>`;
    const short = (heading: string) => `<mdk-slide heading="${heading}"><p>Kurz.</p></mdk-slide>`;
    // 120 paragraphs at 60 % take two A4 pages or more; cut off, as before, the deck printed 3 pages.
    const { pages } = await commands.printToPdf(printedDeck([short('Vision'), long, short('Mission')]));
    expect(pages).toBeGreaterThanOrEqual(4);
    // The same long slide alone: the two short ones add exactly their own page each.
    expect(await commands.printToPdf(printedDeck([long]))).toEqual({ pages: pages - 2 });
  });
});

describe('<mdk-deck> motion, focus, reflow, colours', () => {
  it('prefers-reduced-motion: reduce turns the transitions off', async () => {
    const deck = await deckFixture({ mode: 'present' });
    const durations = () => [deck.slides[0]!, part(deck, 'next-button')!].map((element) => getComputedStyle(element).transitionDuration);
    expect(durations()).toEqual(['0.2s', '0.2s']);
    await withEmulatedMedia({ reducedMotion: 'reduce' }, () => {
      expect(durations()).toEqual(['0s', '0s']);
    });
  });

  it('shows the focus ring on every control, the help\'s close button too', async () => {
    const deck = await deckFixture({ mode: 'present' });
    blur();
    // From the page's start: the toolbar, the current slide's link, then previous and next.
    for (const name of ['mode-button', 'fullscreen-button', 'help-button', 'link', 'previous-button', 'next-button']) {
      await userEvent.tab();
      if (name === 'link') continue;
      const control = part(deck, name)!;
      expect(deepActiveElement(), name).toBe(control);
      const style = getComputedStyle(control);
      expect(style.outlineStyle, name).toBe('solid');
      expect(style.outlineWidth, name).toBe('3px');
    }
    await userEvent.keyboard('?');
    const close = part(deck, 'close-button')!;
    if (deepActiveElement() !== close) await userEvent.tab();
    expect(deepActiveElement()).toBe(close);
    expect(getComputedStyle(close).outlineStyle).toBe('solid');
  });

  it('under forced colours, the focus ring is in the system highlight colour: on the buttons and on a slide heading', async () => {
    const deck = await deckFixture({ mode: 'present' });
    await withEmulatedMedia({ forcedColors: 'active' }, async () => {
      const highlight = computedColour('Highlight');
      expect(highlight).not.toBe(computedColour('CanvasText'));
      for (const name of ['mode-button', 'help-button', 'next-button']) {
        const button = part(deck, name)!;
        await focusByKeyboard(button);
        expect([getComputedStyle(button).outlineStyle, getComputedStyle(button).outlineColor], name).toEqual(['solid', highlight]);
      }
      // Focus in the slide that leaves goes to the new slide's heading.
      deck.querySelector<HTMLAnchorElement>('a[href="/mehr-1"]')!.focus();
      await userEvent.keyboard('{ArrowRight}');
      const heading = deck.slides[1]!.shadowRoot!.querySelector('h2')!;
      expect(deepActiveElement()).toBe(heading);
      expect([getComputedStyle(heading).outlineStyle, getComputedStyle(heading).outlineColor]).toEqual(['solid', highlight]);
    });
  });

  it('reflows at 320 px: nothing scrolls sideways, in both modes and with the help open', async () => {
    await page.viewport(320, 640);
    try {
      const deck = await deckFixture({
        mode: 'present',
        headings: ['Landeshauptstadtverwaltungsdigitalisierungsstrategie', ...titles.slice(1)],
      });
      const fits = () => {
        expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
        for (const element of [deck, ...deck.shadowRoot!.querySelectorAll<HTMLElement>('[part]')]) {
          if (element.getClientRects().length === 0) continue;
          expect(element.getBoundingClientRect().right, element.getAttribute('part') ?? 'deck').toBeLessThanOrEqual(320);
        }
      };
      fits();
      await userEvent.click(part(deck, 'help-button')!);
      fits();
      (part(deck, 'help') as HTMLDialogElement).close();
      part(deck, 'mode-button')!.click();
      await deck.updateComplete;
      fits();
    } finally {
      await page.viewport(1280, 800);
    }
  });

  it('renders only colour pairs the tokens declare, presenting and in the help', async () => {
    const deck = await deckFixture({ mode: 'present' });
    part(deck, 'mode-button')!.focus();
    expect(findUndeclaredColourPairs(deck.parentElement!, 'muenchen', 'light')).toEqual([]);
    await userEvent.click(part(deck, 'help-button')!);
    // The pointer left a button: let its colour transition end before measuring.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(findUndeclaredColourPairs(deck.parentElement!, 'muenchen', 'light')).toEqual([]);
  });
});

describe('<mdk-deck> language and robustness', () => {
  it('speaks English under lang="en"', async () => {
    const deck = await deckFixture({ mode: 'present', lang: 'en', headings: ['From strategy to action', 'A sovereign state?'] });
    const buttons = nodesWithRole(await treeOf(deck), 'button');
    expect(buttons.map((button) => button.name)).toEqual(['Show all slides', 'Full screen', 'Keyboard shortcuts', 'Previous slide', 'Next slide']);
    await userEvent.click(part(deck, 'next-button')!);
    await deck.updateComplete;
    expect(statusText(deck)).toBe('Slide 2 of 2: A sovereign state?');
    expect(spokenText(await treeOf(part(deck, 'position')!))).toBe('Slide 2 of 2');
    const dialog = part(deck, 'help')!;
    expect(dialog.querySelector('h2')!.textContent).toBe('Keyboard shortcuts');
    expect(dialog.textContent).toContain('Right arrow');
    expect(nodesWithRole(await treeOf(deck), 'region')[0]!.name).toBe('Von der Strategie zum Handeln');
    deck.removeAttribute('label');
    expect(nodesWithRole(await treeOf(deck), 'region')[0]!.name).toBe('Presentation');
  });

  it('an unknown mode shows the overview and warns once; malformed values never throw', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const deck = await deckFixture({ mode: 'diashow' });
    expect(deck.slides.some((slide) => slide.inert)).toBe(false);
    expect(part(deck, 'mode-button')!.textContent!.trim()).toBe('Präsentieren');
    deck.label = 'Neu';
    await deck.updateComplete;
    expect(warningsAbout(warn, 'mdk-deck', 'mode="diashow" is not one of overview, present')).toHaveLength(1);
    // Case and spaces are forgiven; removing the attribute means the default, without a warning.
    deck.setAttribute('mode', ' Present ');
    await deck.updateComplete;
    expect(deck.slides.filter((slide) => slide.inert)).toHaveLength(4);
    deck.removeAttribute('mode');
    await expect(deck.updateComplete).resolves.toBe(true);
    expect(deck.slides.some((slide) => slide.inert)).toBe(false);
    for (const value of [null, undefined, 42, {}]) {
      (deck as unknown as { mode: unknown }).mode = value;
      await expect(deck.updateComplete).resolves.toBe(true);
    }
    expect(() => deck.goTo(Number.NaN)).not.toThrow();
    expect(() => deck.goTo(99)).not.toThrow();
    const slide = deck.slides[0]!;
    slide.setAttribute('heading-level', 'sieben');
    await slide.updateComplete;
    expect(slide.shadowRoot!.querySelector('h2')).not.toBeNull();
    expect(warningsAbout(warn, 'mdk-slide', 'heading-level="sieben"')).toHaveLength(1);
    slide.removeAttribute('heading');
    await expect(slide.updateComplete).resolves.toBe(true);
    expect(warningsAbout(warn, 'mdk-slide', 'has no heading')).toHaveLength(1);
  });

  it('a deck without slides renders nothing — no toolbar of buttons for nothing —, warns once and ignores keys', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const deck = await fixture<MdkDeck>(html`<mdk-deck mode="present"></mdk-deck>`);
    expect(await whatIsShown(deck)).toEqual(nothingShown);
    blur();
    await userEvent.keyboard('{ArrowRight}');
    expect(deck.currentIndex).toBe(0);
    expect(warningsAbout(warn, 'mdk-deck', 'has no <mdk-slide> children')).toHaveLength(1);
    // A slide added later (an editor's preview) shows the deck.
    const slide = document.createElement('mdk-slide');
    slide.setAttribute('heading', 'Kernbotschaft');
    deck.append(slide);
    // Each look reads Chromium's accessibility tree, which takes a while: more than waitFor's default second.
    await vi.waitFor(async () => expect((await whatIsShown(deck)).read).toContain('button "Alle Folien zeigen"'), { timeout: 10_000 });
  });

  it('renders headings as text, never as HTML', async () => {
    const deck = await deckFixture({ mode: 'present', headings: ['<img src=x onerror="window.__pwned=1">', 'Zwei'] });
    expect(deck.slides[0]!.shadowRoot!.querySelector('img')).toBeNull();
    await userEvent.click(part(deck, 'next-button')!);
    await userEvent.click(part(deck, 'previous-button')!);
    expect(statusText(deck)).toContain('<img src=x');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  /** Waits until the deck has taken in a change of its slides (their slot's change, then its update). */
  async function slidesChanged(deck: MdkDeck) {
    await new Promise((resolve) => setTimeout(resolve));
    await deck.updateComplete;
  }

  const shownSlides = (deck: MdkDeck) => deck.slides.filter((slide) => !slide.inert);

  function prependSlide(deck: MdkDeck, heading: string) {
    const slide = document.createElement('mdk-slide');
    slide.heading = heading;
    deck.prepend(slide);
  }

  it('a slide moved out of the deck is no longer counted, and the current index stays in range', async () => {
    const deck = await deckFixture({ mode: 'present' });
    deck.goTo(4);
    await deck.updateComplete;
    const changes: MdkSlideChangeEvent[] = [];
    deck.addEventListener('mdk-slide-change', (event) => changes.push(event));
    const removed = deck.slides[4] as MdkSlide;
    removed.remove();
    await slidesChanged(deck);
    expect(deck.currentIndex).toBe(3);
    expect(shownSlides(deck)).toHaveLength(1);
    expect(part(deck, 'position')!.textContent).toContain('4 / 4');
    // Another slide is current now: listeners (an app that keeps the position) hear it.
    expect(changes.map((event) => [event.index, event.slide])).toEqual([[3, deck.slides[3]]]);
  });

  /** A presenting deck on its last slide, which has focus: the slide to be removed. */
  async function deckFocusedOnLastSlide() {
    const deck = await deckFixture({ mode: 'present' });
    deck.goTo(4);
    await deck.updateComplete;
    const last = deck.slides[4] as MdkSlide;
    last.focus();
    expect(document.activeElement).toBe(last);
    return { deck, last };
  }

  it('focus in the current slide moves to the slide in its place when that slide is removed, not to the page', async () => {
    const { deck, last: removed } = await deckFocusedOnLastSlide();
    removed.remove();
    await slidesChanged(deck);
    expect(document.activeElement, 'focus is on the slide now current').toBe(deck.slides[3]);
    expect(deck.slides[3]!.shadowRoot!.activeElement).not.toBeNull();
  });

  it('leaves focus where it is when the removed current slide held it once but no longer', async () => {
    const { deck, last: removed } = await deckFocusedOnLastSlide();
    // Focus moves on, within the deck and then out of it, before the slide goes.
    const previous = part(deck, 'previous-button') as HTMLElement;
    previous.focus();
    removed.remove();
    await slidesChanged(deck);
    expect(deck.shadowRoot!.activeElement).toBe(previous);

    const outside = document.createElement('button');
    document.body.append(outside);
    deck.goTo(3);
    await deck.updateComplete;
    (deck.slides[3] as MdkSlide).focus();
    outside.focus();
    outside.remove();
    // Focus is on the page now, as after the removed slide, but it was not in the slide that goes.
    (deck.slides[3] as MdkSlide).remove();
    await slidesChanged(deck);
    expect(document.activeElement).toBe(document.body);
  });

  it('keeps the first slide current when a slide is added before it, without any navigation first', async () => {
    const deck = await deckFixture({ mode: 'present' });
    const first = deck.slides[0] as MdkSlide;
    const changes: MdkSlideChangeEvent[] = [];
    deck.addEventListener('mdk-slide-change', (event) => changes.push(event));
    prependSlide(deck, 'Neu');
    await slidesChanged(deck);
    expect(deck.currentIndex).toBe(1);
    expect(shownSlides(deck)).toEqual([first]);

    // Removed, untouched before: the slide in its place is current, and listeners hear it.
    first.remove();
    await slidesChanged(deck);
    expect(changes.map((event) => event.slide)).toEqual([deck.slides[1]]);
  });

  it('keeps the same slide current when slides before it are removed or added', async () => {
    const deck = await deckFixture({ mode: 'present' });
    deck.goTo(3);
    await deck.updateComplete;
    const current = deck.slides[3] as MdkSlide;
    const changes: MdkSlideChangeEvent[] = [];
    deck.addEventListener('mdk-slide-change', (event) => changes.push(event));

    deck.slides[0]!.remove();
    await slidesChanged(deck);
    expect(deck.currentIndex).toBe(2);
    expect(shownSlides(deck)).toEqual([current]);

    prependSlide(deck, 'Neu');
    await slidesChanged(deck);
    expect(deck.currentIndex).toBe(3);
    expect(shownSlides(deck)).toEqual([current]);
    expect(part(deck, 'position')!.textContent).toContain('4 / 5');
    expect(changes, 'the current slide stayed the same').toEqual([]);
  });
});
