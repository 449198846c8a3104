import type { MdkDeck as MdkDeckElement, MdkKpiTile as MdkKpiTileElement } from '@muenchen-digital/components';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { MdkDeck, MdkSlide, type MdkSlideChangeEvent, type MdkModeChangeEvent } from '../src/deck.js';
import { MdkKpiTile } from '../src/kpi-tile.js';
import { render, unmountAll } from './render.js';

afterEach(async () => {
  await unmountAll();
});

/** The text of the shadow root's visually hidden spans: what a screen reader reads for the figure. */
const spokenText = (tile: Element) =>
  [...tile.shadowRoot!.querySelectorAll('.visually-hidden')].map((span) => span.textContent!.trim()).join(' ');

describe('MdkKpiTile', () => {
  it('passes value, qualifier, unit, label and source to <mdk-kpi-tile> as properties', async () => {
    const { container } = await render(
      <div lang="de">
        <MdkKpiTile value={70} qualifier="more-than" unit="percent" label="der Verwaltungsleistungen online" source="3" />
      </div>,
    );
    const tile = container.querySelector<MdkKpiTileElement>('mdk-kpi-tile')!;
    expect(tile).toBeInstanceOf(customElements.get('mdk-kpi-tile')!);
    await tile.updateComplete;
    expect(tile.value).toBe(70);
    expect(tile.qualifier).toBe('more-than');
    expect(tile.unit).toBe('percent');
    expect(spokenText(tile)).toMatch(/^mehr als 70 Prozent der Verwaltungsleistungen online/);
    expect(tile.shadowRoot!.querySelector('[part~="marker"]')!.textContent).toContain('3');
  });

  it('follows a re-render with new props', async () => {
    const { container, rerender } = await render(<MdkKpiTile value={70} unit="percent" label="online" />);
    await rerender(<MdkKpiTile value={80} qualifier="approx" unit="percent" label="online" />);
    const tile = container.querySelector<MdkKpiTileElement>('mdk-kpi-tile')!;
    await tile.updateComplete;
    expect(tile.value).toBe(80);
    expect(tile.qualifier).toBe('approx');
  });

  it('forwards a ref to the element', async () => {
    const ref = { current: null as MdkKpiTileElement | null };
    const { container } = await render(<MdkKpiTile ref={ref} value={1} label="eins" />);
    expect(ref.current).toBe(container.querySelector('mdk-kpi-tile'));
  });
});

describe('MdkDeck', () => {
  const titles = ['Von der Strategie zum Handeln', 'Souveräner Staat?', 'Herausforderungen'];
  const deckTree = (onSlideChange: (event: MdkSlideChangeEvent) => void, onModeChange: (event: MdkModeChangeEvent) => void) => (
    <MdkDeck mode="present" label="Vortrag" onSlideChange={onSlideChange} onModeChange={onModeChange}>
      {titles.map((title) => (
        <MdkSlide key={title} heading={title}>
          <p>Inhalt: {title}</p>
        </MdkSlide>
      ))}
    </MdkDeck>
  );

  afterEach(() => {
    if (location.hash !== '') history.replaceState(null, '', location.pathname + location.search);
  });

  it('calls onSlideChange with the mdk-slide-change event when the slide changes', async () => {
    const onSlideChange = vi.fn<(event: MdkSlideChangeEvent) => void>();
    const onModeChange = vi.fn<(event: MdkModeChangeEvent) => void>();
    const { container } = await render(deckTree(onSlideChange, onModeChange));
    const deck = container.querySelector<MdkDeckElement>('mdk-deck')!;
    await deck.updateComplete;
    expect(deck.mode).toBe('present');
    deck.next();
    expect(onSlideChange).toHaveBeenCalledTimes(1);
    const event = onSlideChange.mock.calls[0]![0];
    expect(event.type).toBe('mdk-slide-change');
    expect(event.index).toBe(1);
    expect(event.slide.heading).toBe('Souveräner Staat?');
    expect(onModeChange).not.toHaveBeenCalled();
  });

  it('calls onModeChange when the toggle button switches to the overview', async () => {
    const onModeChange = vi.fn<(event: MdkModeChangeEvent) => void>();
    const { container } = await render(deckTree(() => {}, onModeChange));
    const deck = container.querySelector<MdkDeckElement>('mdk-deck')!;
    await deck.updateComplete;
    deck.shadowRoot!.querySelector<HTMLElement>('[part~="mode-button"]')!.click();
    expect(onModeChange).toHaveBeenCalledTimes(1);
    expect(onModeChange.mock.calls[0]![0].mode).toBe('overview');
  });

  it('gives each slide the id its heading makes, as the attribute does, though the wrapper sets the heading after the slide is in the page', async () => {
    const { container } = await render(deckTree(() => {}, () => {}));
    const deck = container.querySelector<MdkDeckElement>('mdk-deck')!;
    await Promise.all(deck.slides.map((slide) => slide.updateComplete));
    expect(deck.slides.map((slide) => slide.id)).toEqual(['von-der-strategie-zum-handeln', 'souveraener-staat', 'herausforderungen']);
  });

  it('shows the slide that the address names on load, by the id its heading makes', async () => {
    history.replaceState(null, '', `${location.pathname}${location.search}#herausforderungen`);
    const { container } = await render(deckTree(() => {}, () => {}));
    const deck = container.querySelector<MdkDeckElement>('mdk-deck')!;
    await expect.poll(() => deck.currentIndex).toBe(2);
  });

  it('swaps a handler on re-render without leaking the old one', async () => {
    const first = vi.fn();
    const second = vi.fn();
    const { container, rerender } = await render(deckTree(first, () => {}));
    await rerender(deckTree(second, () => {}));
    const deck = container.querySelector<MdkDeckElement>('mdk-deck')!;
    await deck.updateComplete;
    deck.next();
    expect(first).not.toHaveBeenCalled();
    expect(second).toHaveBeenCalledTimes(1);
  });
});
