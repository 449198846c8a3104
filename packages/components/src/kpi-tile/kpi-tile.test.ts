import { html } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  accessibilityTreeOf,
  axeViolations,
  computedColour,
  describeViolations,
  focusByKeyboard,
  nodesWithRole,
  spokenText,
  withEmulatedMedia,
} from '../../test/accessibility.js';
import { fixture, settle } from '../../test/fixtures.js';
import { lineTexts } from '../../test/line-boxes.js';
import { exampleKeyFigures, type ExampleFigure } from '../examples/key-figures.js';
import { renderFigure } from '../examples/render-key-figures.js';
import '../kpi-tile.js';
import type { MdkKpiTile } from './kpi-tile.js';

const nbsp = /\u00a0|\u202f/g;
/** The zero-width spaces after group separators: where a long number may wrap, and nowhere seen. */
const breakOpportunities = /\u200b/g;
const visibleValue = (tile: MdkKpiTile) =>
  tile.shadowRoot!.querySelector('[part=value]:not([hidden])')!.textContent!.replace(nbsp, ' ').replace(breakOpportunities, '').trim();

/** The visible value's lines as Chromium has laid them out now, without the break opportunities. */
const valueLines = (tile: MdkKpiTile) =>
  lineTexts(tile.shadowRoot!.querySelector('[part=value]')!).map((line) => line.replace(breakOpportunities, ''));

function renderTile(figure: ExampleFigure, lang: 'de' | 'en') {
  return fixture<MdkKpiTile>(
    html`<mdk-kpi-tile
      value=${figure.value}
      qualifier=${figure.qualifier}
      unit=${figure.unit ?? 'none'}
      notation=${figure.notation ?? 'standard'}
      label=${figure.label[lang]}
      source=${figure.source}
    ></mdk-kpi-tile>`,
    lang,
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('<mdk-kpi-tile> accessibility: what Chromium gives a screen reader', () => {
  // The golden table (the twelve key figures of the talk "Von der Strategie zum Handeln"), in its
  // order: what a screen reader must hear for each tile.
  const goldenGerman = [
    'rund 1,6 Millionen Bürger*innen, Quelle 2',
    'rund 90.000 Unternehmen, Quelle 3',
    'mehr als 49 Prozent verfügen über digitale Basiskompetenzen, Quelle 1',
    'mehr als 70 Prozent wollen digitale Behördendienste nutzen, Quelle 4',
    'rund 185.000 M-WLAN Nutzer*innen je Monat, Quelle 2',
    'mehr als 70.000 Online-Anträge mtl., Quelle 2',
    'mehr als 100.000 Online-Terminvereinbarungen mtl., Quelle 2',
    'mehr als 650 M-WLAN Standorte, Quelle 2',
    'mehr als 300 Online Dienste, Quelle 2',
    'rund 43.000 Beschäftigte bei der LHM, Quelle 2',
    'mehr als 1.400 Beschäftigte in der IT, Quelle 2',
    'rund 1.200 Fachanwendungen, Quelle 2',
  ];
  const goldenEnglish = [
    'about 1.6 million residents, source 2',
    'about 90,000 businesses, source 3',
    'more than 49 percent have basic digital skills, source 1',
    'more than 70 percent want to use digital public services, source 4',
    'about 185,000 M-WLAN users a month, source 2',
    'more than 70,000 online applications a month, source 2',
    'more than 100,000 online appointments a month, source 2',
    'more than 650 M-WLAN locations, source 2',
    'more than 300 online services, source 2',
    'about 43,000 City of Munich employees, source 2',
    'more than 1,400 employees in IT, source 2',
    'about 1,200 specialist applications, source 2',
  ];

  it('covers all 12 golden figures', () => {
    expect(exampleKeyFigures).toHaveLength(12);
  });

  it.each(exampleKeyFigures.map((figure, index) => ({ figure, phrase: goldenGerman[index]! })))(
    'de: reads "$phrase" in one go',
    async ({ figure, phrase }) => {
      const tile = await renderTile(figure, 'de');
      const tree = await accessibilityTreeOf(tile);
      expect(spokenText(tree)).toBe(phrase);
      const [marker, ...others] = nodesWithRole(tree, 'link');
      expect(others).toEqual([]);
      expect(marker?.name).toBe(`Quelle ${figure.source}`);
    },
  );

  it.each(exampleKeyFigures.map((figure, index) => ({ figure, phrase: goldenEnglish[index]! })))(
    'en: reads "$phrase" in one go',
    async ({ figure, phrase }) => {
      const tile = await renderTile(figure, 'en');
      const tree = await accessibilityTreeOf(tile);
      expect(spokenText(tree)).toBe(phrase);
      expect(nodesWithRole(tree, 'link')[0]?.name).toBe(`source ${figure.source}`);
    },
  );

  // The golden table's "shown" column: what people see of each golden figure, beside its label.
  const goldenShown = ['~1,6 Mio.', '~90.000', '>49 %', '>70 %', '~185.000', '>70.000', '>100.000', '>650', '>300', '~43.000', '>1.400', '~1.200'];

  it.each(exampleKeyFigures.map((figure, index) => ({ figure, shown: goldenShown[index]! })))(
    'de: shows $shown with its label and marker',
    async ({ figure, shown }) => {
      const tile = await renderTile(figure, 'de');
      expect(visibleValue(tile)).toBe(shown);
      expect(tile.shadowRoot!.querySelector('[part=label]')!.textContent).toBe(figure.label.de);
      expect(tile.shadowRoot!.querySelector('[part=marker]')!.textContent!.trim()).toMatch(new RegExp(`${figure.source}$`));
    },
  );

  it('hides the abbreviated form (~, >, Mio., %) from assistive technology', async () => {
    const tile = await fixture<MdkKpiTile>(
      html`<mdk-kpi-tile value="1600000" qualifier="approx" notation="compact" label="Bürger*innen"></mdk-kpi-tile>`,
    );
    expect(visibleValue(tile)).toBe('~1,6 Mio.');
    const spoken = spokenText(await accessibilityTreeOf(tile));
    expect(spoken).toBe('rund 1,6 Millionen Bürger*innen');
    expect(spoken).not.toMatch(/[~>]|Mio\./);
  });

  it('says the figure as one text, then the marker link', async () => {
    const tile = await renderTile(exampleKeyFigures[0]!, 'de');
    const [paragraph, ...more] = nodesWithRole(await accessibilityTreeOf(tile), 'paragraph');
    expect(more).toEqual([]);
    expect(paragraph!.children.map((node) => [node.role, node.name])).toEqual([
      ['StaticText', 'rund 1,6 Millionen Bürger*innen,'],
      ['link', 'Quelle 2'],
    ]);
  });

  it('reads a spoken label in place of a label that reads badly, and shows the label as written', async () => {
    const tile = await fixture<MdkKpiTile>(
      html`<mdk-kpi-tile value="1600000" qualifier="approx" notation="compact" label="Bürger*innen" spoken-label="Bürgerinnen und Bürger" source="2"></mdk-kpi-tile>`,
    );
    expect(spokenText(await accessibilityTreeOf(tile))).toBe('rund 1,6 Millionen Bürgerinnen und Bürger, Quelle 2');
    expect(tile.shadowRoot!.querySelector('[part=label]')!.textContent).toBe('Bürger*innen');
    expect(tile.spokenLabel).toBe('Bürgerinnen und Bürger');

    // Blank, the label is read as written again.
    tile.setAttribute('spoken-label', '  ');
    await settle(tile.parentElement!);
    expect(spokenText(await accessibilityTreeOf(tile))).toBe('rund 1,6 Millionen Bürger*innen, Quelle 2');
    tile.removeAttribute('spoken-label');
    await settle(tile.parentElement!);
    expect(tile.spokenLabel).toBe('');
  });

  it('reads the "as of" date as part of the figure', async () => {
    const tile = await fixture<MdkKpiTile>(
      html`<mdk-kpi-tile value="43000" qualifier="approx" label="Beschäftigte" as-of="2025" source="2"></mdk-kpi-tile>`,
    );
    expect(spokenText(await accessibilityTreeOf(tile))).toBe('rund 43.000 Beschäftigte (Stand 2025), Quelle 2');
    const seen = tile.shadowRoot!.querySelector('[part=figure] > [aria-hidden]')!.textContent!.replace(breakOpportunities, '');
    expect(seen).toBe('~43.000Beschäftigte (Stand 2025)');
    tile.closest('[lang]')!.setAttribute('lang', 'en');
    await settle(tile.parentElement!);
    expect(spokenText(await accessibilityTreeOf(tile))).toBe('about 43,000 Beschäftigte (as of 2025), source 2');
  });

  it('hides the icon and reads a text value as written', async () => {
    const tile = await fixture<MdkKpiTile>(
      html`<mdk-kpi-tile label="Servicetelefon erreichbar">
        <svg slot="icon" viewBox="0 0 10 10" role="img" aria-label="Telefon"><circle cx="5" cy="5" r="4" /></svg>
        <span slot="value">24/7</span>
      </mdk-kpi-tile>`,
    );
    const tree = await accessibilityTreeOf(tile);
    expect(spokenText(tree)).toBe('24/7 Servicetelefon erreichbar');
    expect(nodesWithRole(tree, 'image')).toEqual([]);
    const slot = tile.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="value"]')!;
    expect(slot.assignedElements()[0]?.textContent).toBe('24/7');
    expect(slot.closest('[part=value]')!.checkVisibility()).toBe(true);
  });

  it('reads a text value again when it changes inside its element, as frameworks update text (no slotchange fires)', async () => {
    const tile = await fixture<MdkKpiTile>(html`<mdk-kpi-tile label="Servicetelefon erreichbar"><span slot="value">24/7</span></mdk-kpi-tile>`);
    const value = tile.querySelector('span')!;
    (value.firstChild as Text).data = 'Mo–Fr';
    await vi.waitFor(async () => expect(spokenText(await accessibilityTreeOf(tile))).toBe('Mo–Fr Servicetelefon erreichbar'));
    // A new text node inside it, as a framework may render one.
    value.replaceChildren(document.createTextNode('8–18 Uhr'));
    await vi.waitFor(async () => expect(spokenText(await accessibilityTreeOf(tile))).toBe('8–18 Uhr Servicetelefon erreichbar'));
    // Taken away, the number (here none: "keine Angabe") is read again.
    value.remove();
    await vi.waitFor(async () => expect(spokenText(await accessibilityTreeOf(tile))).toBe('keine Angabe Servicetelefon erreichbar'));
  });

  it('passes axe (WCAG 2.2 A/AA) for every golden figure, in a real page', async () => {
    const container = await fixture<HTMLElement>(
      html`<main>
        ${exampleKeyFigures.map(
          (figure) =>
            html`<mdk-kpi-tile
              value=${figure.value}
              qualifier=${figure.qualifier}
              unit=${figure.unit ?? 'none'}
              notation=${figure.notation ?? 'standard'}
              label=${figure.label.de}
              source=${figure.source}
            ></mdk-kpi-tile>`,
        )}
      </main>`,
    );
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });

  it('the axe gate bites: a tile whose number has too little contrast is reported', async () => {
    const tile = await fixture<MdkKpiTile>(
      html`<mdk-kpi-tile
        style="--mdk-kpi-tile-value-color: #b8c9d9"
        value="1600000"
        qualifier="approx"
        notation="compact"
        label="Bürger*innen"
      ></mdk-kpi-tile>`,
    );
    // The value is aria-hidden, but people still have to read it: axe checks its contrast.
    const violations = await axeViolations(tile.parentElement!);
    expect(violations.map((violation) => violation.id)).toContain('color-contrast');
  });

  it('shows a focus ring on the marker when reached by keyboard, in the theme\'s focus colour', async () => {
    const tile = await fixture<MdkKpiTile>(html`<mdk-kpi-tile value="2" label="x" source="2"></mdk-kpi-tile>`);
    const marker = tile.shadowRoot!.querySelector<HTMLElement>('[part=marker]')!;
    const before = document.createElement('button');
    before.textContent = 'vorher';
    tile.before(before);
    before.focus();
    await userEvent.tab();
    expect(tile.shadowRoot!.activeElement).toBe(marker);
    const style = getComputedStyle(marker);
    expect(style.outlineStyle).toBe('solid');
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(3);
    const focusColour = getComputedStyle(document.documentElement).getPropertyValue('--mdk-color-focus-ring').trim();
    const probe = document.createElement('span');
    probe.style.color = focusColour;
    document.body.append(probe);
    expect(style.outlineColor).toBe(getComputedStyle(probe).color);
    probe.remove();
  });

  it('under forced colours, the marker reached by keyboard shows its focus ring in the system highlight colour', async () => {
    const tile = await fixture<MdkKpiTile>(html`<mdk-kpi-tile value="2" label="x" source="2"></mdk-kpi-tile>`);
    const marker = tile.shadowRoot!.querySelector<HTMLElement>('[part=marker]')!;
    await withEmulatedMedia({ forcedColors: 'active' }, async () => {
      await focusByKeyboard(marker);
      const style = getComputedStyle(marker);
      expect(style.outlineStyle).toBe('solid');
      expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(3);
      expect(style.outlineColor).toBe(computedColour('Highlight'));
    });
  });

  it('the marker is at least 24 × 24 CSS px and never stands alone at the start of a line', async () => {
    const tile = await fixture<MdkKpiTile>(
      html`<mdk-kpi-tile value="185000" qualifier="approx" label="M-WLAN Nutzer*innen je Monat" source="2"></mdk-kpi-tile>`,
    );
    const label = tile.shadowRoot!.querySelector('[part=label]')!;
    const marker = tile.shadowRoot!.querySelector('[part=marker]')!;
    const target = marker.getBoundingClientRect();
    expect(target.width, 'width').toBeGreaterThanOrEqual(24);
    expect(target.height, 'height').toBeGreaterThanOrEqual(24);

    // Narrow the tile pixel by pixel: at every width the marker follows the label's last word.
    const stranded: number[] = [];
    for (let width = 140; width <= 360; width += 1) {
      tile.style.width = `${width}px`;
      const lines = label.getClientRects();
      const lastLine = lines[lines.length - 1]!;
      if (marker.getBoundingClientRect().left < lastLine.right - 0.5) stranded.push(width);
    }
    expect(stranded, 'tile widths at which the marker starts a line of its own').toEqual([]);
  });

  it.each([
    { lang: 'de', value: '1234567890', qualifier: 'approx', unit: 'none', separator: '.' },
    { lang: 'de', value: '-1234567.89', qualifier: 'exact', unit: 'percent', separator: '.' },
    { lang: 'en', value: '1234567890.5', qualifier: 'more-than', unit: 'none', separator: ',' },
  ])('$lang: wraps $value only between digit groups, at every width from 140 to 400 px', async ({ lang, value, qualifier, unit, separator }) => {
    const tile = await fixture<MdkKpiTile>(
      html`<mdk-kpi-tile value=${value} qualifier=${qualifier} unit=${unit} label="Zugriffe auf das Stadtportal im Jahr" source="2"></mdk-kpi-tile>`,
      lang,
    );
    const whole = visibleValue(tile);
    // Narrow the tile pixel by pixel: every line of a wrapped number but the last ends with a group separator.
    const badBreaks: string[] = [];
    let wrapped = false;
    for (let width = 140; width <= 400; width += 1) {
      tile.style.width = `${width}px`;
      const lines = valueLines(tile);
      expect(lines.join('').replace(nbsp, ' ')).toBe(whole);
      wrapped ||= lines.length > 1;
      if (lines.slice(0, -1).some((line) => !line.endsWith(separator))) badBreaks.push(`${width}px: ${lines.join(' / ')}`);
    }
    expect(wrapped, 'the range of widths makes the number wrap').toBe(true);
    expect(badBreaks, 'widths at which the number breaks inside a digit group').toEqual([]);
    // The break opportunities are for the eye only: the spoken figure is unchanged.
    expect(spokenText(await accessibilityTreeOf(tile))).not.toMatch(/\u200b/);
  });

  it('still wraps a long text value anywhere at 320 px: only numbers are kept whole within their groups', async () => {
    await page.viewport(320, 640);
    try {
      const tile = await fixture<MdkKpiTile>(
        html`<mdk-kpi-tile label="Erreichbarkeit"><span slot="value">Rundumdieuhrerreichbarkeit</span></mdk-kpi-tile>`,
      );
      const value = tile.shadowRoot!.querySelector<HTMLElement>('[part=value]')!;
      expect(value.scrollWidth).toBeLessThanOrEqual(value.clientWidth);
    } finally {
      await page.viewport(1280, 800);
    }
  });

  it('keeps every number whole at 320 px: nothing clipped or overflowing', async () => {
    await page.viewport(320, 640);
    try {
      const tile = await fixture<MdkKpiTile>(
        html`<mdk-kpi-tile
          value="1234567890123"
          label="Donaudampfschifffahrtsgesellschaftskapitänsmützen im städtischen Fundbüro"
          source="2"
        ></mdk-kpi-tile>`,
      );
      const base = tile.shadowRoot!.querySelector<HTMLElement>('[part=base]')!;
      for (const part of [base, ...base.querySelectorAll<HTMLElement>('[part=value], [part=label], [part=figure]')]) {
        expect(part.scrollWidth, part.className).toBeLessThanOrEqual(part.clientWidth);
      }
      expect(tile.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    } finally {
      await page.viewport(1280, 800);
    }
  });
});

describe('<mdk-kpi-tile> with text spacing (WCAG 1.4.12)', () => {
  // The spacing 1.4.12 asks content to bear, set as a reader's style sheet would set it — here also
  // inside each tile's shadow root, where a page's style sheet does not reach.
  const textSpacing = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; }
    p { margin-block-end: 2em !important; }`;

  it('keeps all 12 golden figures whole at 320 px: nothing clipped or overflowing', async () => {
    await page.viewport(320, 640);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(textSpacing);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      const container = await fixture<HTMLElement>(html`<div>${exampleKeyFigures.map((figure) => renderFigure(figure, 'de'))}</div>`);
      const tiles = [...container.querySelectorAll<MdkKpiTile>('mdk-kpi-tile')];
      expect(tiles).toHaveLength(12);
      for (const tile of tiles) tile.shadowRoot!.adoptedStyleSheets = [...tile.shadowRoot!.adoptedStyleSheets, sheet];
      await new Promise((resolve) => requestAnimationFrame(resolve));
      for (const tile of tiles) {
        const base = tile.shadowRoot!.querySelector<HTMLElement>('[part=base]')!;
        expect(getComputedStyle(base.querySelector('[part=value]')!).letterSpacing, 'the spacing applies').not.toBe('normal');
        // Blocks: nothing wider than their box. The label is inline: its line boxes stay inside the tile's.
        for (const part of [base, ...base.querySelectorAll<HTMLElement>('[part=value], [part=figure]')]) {
          expect(part.scrollWidth, `${tile.getAttribute('label')}: ${part.getAttribute('part')}`).toBeLessThanOrEqual(part.clientWidth);
        }
        const inner = base.getBoundingClientRect();
        for (const line of base.querySelector('[part=label]')!.getClientRects()) {
          expect(line.right, `${tile.getAttribute('label')}: label`).toBeLessThanOrEqual(inner.right);
        }
        expect(tile.getBoundingClientRect().right).toBeLessThanOrEqual(320);
      }
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
      await page.viewport(1280, 800);
    }
  });
});

describe('<mdk-kpi-tile> formatting', () => {
  const cases = [
    { attrs: { value: '1600000', qualifier: 'approx', notation: 'compact' }, de: '~1,6 Mio.', en: '~1.6M' },
    { attrs: { value: '70', qualifier: 'more-than', unit: 'percent' }, de: '>70 %', en: '>70%' },
    { attrs: { value: '70000', qualifier: 'more-than' }, de: '>70.000', en: '>70,000' },
    { attrs: { value: '1400', qualifier: 'more-than' }, de: '>1.400', en: '>1,400' },
    { attrs: { value: '12.5', qualifier: 'less-than', unit: 'percent' }, de: '<12,5 %', en: '<12.5%' },
    { attrs: { value: '42' }, de: '42', en: '42' },
    { attrs: { value: '-3.5' }, de: '−3,5', en: '−3.5' },
    { attrs: { value: '-1600000', qualifier: 'approx', notation: 'compact' }, de: '~−1,6 Mio.', en: '~−1.6M' },
    { attrs: { value: '-0.001' }, de: '0', en: '0' },
    // Standard notation keeps two decimals ("3,75 %", a rate of growth); compact keeps one.
    { attrs: { value: '3.75', unit: 'percent' }, de: '3,75 %', en: '3.75%' },
    { attrs: { value: '3.754' }, de: '3,75', en: '3.75' },
  ];

  it.each(cases)('shows $de (de) and $en (en) for $attrs', async ({ attrs, de, en }) => {
    const tile = await fixture<MdkKpiTile>(html`<mdk-kpi-tile label="Figur"></mdk-kpi-tile>`);
    for (const [name, value] of Object.entries(attrs)) tile.setAttribute(name, value);
    await tile.updateComplete;
    expect(visibleValue(tile)).toBe(de);
    tile.parentElement!.lang = 'en';
    await settle(tile.parentElement!);
    expect(visibleValue(tile)).toBe(en);
  });

  // A hyphen-minus is read "Strich" by NVDA, or dropped at its default punctuation level: the sign
  // would be lost. People see the minus sign (U+2212); a screen reader gets the word.
  it.each([
    { attrs: { value: '-3.5', unit: 'percent' }, de: ['−3,5 %', 'minus 3,5 Prozent Papierformulare'], en: ['−3.5%', 'minus 3.5 percent Papierformulare'] },
    { attrs: { value: '-3' }, de: ['−3', 'minus 3 Papierformulare'], en: ['−3', 'minus 3 Papierformulare'] },
    {
      attrs: { value: '-1600000', qualifier: 'approx', notation: 'compact' },
      de: ['~−1,6 Mio.', 'rund minus 1,6 Millionen Papierformulare'],
      en: ['~−1.6M', 'about minus 1.6 million Papierformulare'],
    },
    { attrs: { value: '-0.001' }, de: ['0', '0 Papierformulare'], en: ['0', '0 Papierformulare'] },
  ])('shows a negative figure with the minus sign and reads "minus": $attrs', async ({ attrs, de, en }) => {
    const tile = await fixture<MdkKpiTile>(html`<mdk-kpi-tile label="Papierformulare"></mdk-kpi-tile>`);
    for (const [name, value] of Object.entries(attrs)) tile.setAttribute(name, value);
    for (const [lang, [seen, heard]] of [['de', de], ['en', en]] as const) {
      tile.parentElement!.lang = lang;
      await settle(tile.parentElement!);
      expect(visibleValue(tile), lang).toBe(seen);
      const spoken = spokenText(await accessibilityTreeOf(tile));
      expect(spoken, lang).toBe(heard);
      expect(spoken, lang).not.toMatch(/[-−]/);
    }
  });

  // German abbreviates from a million on only, English from a thousand: where the eye sees no
  // abbreviation, the ear must hear the same digits, not compact words for a rounded number.
  it.each([
    { value: '43210', de: ['43.210', '43.210 Beschäftigte'], en: ['43.2K', '43.2 thousand Beschäftigte'] },
    { value: '999999', de: ['999.999', '999.999 Beschäftigte'], en: ['1M', '1 million Beschäftigte'] },
    { value: '1450.55', de: ['1.450,6', '1.450,6 Beschäftigte'], en: ['1.5K', '1.5 thousand Beschäftigte'] },
    { value: '1234567', de: ['1,2 Mio.', '1,2 Millionen Beschäftigte'], en: ['1.2M', '1.2 million Beschäftigte'] },
  ])('reads a compact $value as the number it shows', async ({ value, de, en }) => {
    const tile = await fixture<MdkKpiTile>(html`<mdk-kpi-tile value=${value} notation="compact" label="Beschäftigte"></mdk-kpi-tile>`);
    for (const [lang, [seen, heard]] of [['de', de], ['en', en]] as const) {
      tile.parentElement!.lang = lang;
      await settle(tile.parentElement!);
      expect(visibleValue(tile), lang).toBe(seen);
      expect(spokenText(await accessibilityTreeOf(tile)), lang).toBe(heard);
    }
  });

  it('takes the nearest lang, through shadow roots, and falls back to German', async () => {
    const host = await fixture<HTMLElement>(html`<div lang="en-GB"></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<mdk-kpi-tile value="1400" qualifier="more-than" label="staff"></mdk-kpi-tile>';
    const inner = shadow.querySelector('mdk-kpi-tile')!;
    await inner.updateComplete;
    expect(visibleValue(inner)).toBe('>1,400');
    host.lang = 'fr';
    await settle(host);
    await inner.updateComplete;
    expect(visibleValue(inner)).toBe('>1.400');
  });
});

describe('<mdk-kpi-tile> with a label in a right-to-left script', () => {
  it('keeps the footnote number after the label, not inside its last words', async () => {
    const tile = await fixture<MdkKpiTile>(html`<mdk-kpi-tile value="1600000" notation="compact" label="Bürger*innen مواطنون" source="2"></mdk-kpi-tile>`, 'de');
    const label = tile.shadowRoot!.querySelector('[part=label]')!.getBoundingClientRect();
    const marker = tile.shadowRoot!.querySelector('[part=marker]')!.getBoundingClientRect();
    // On one line with the label, to the right of all of it.
    expect(Math.abs(marker.bottom - label.bottom)).toBeLessThan(marker.height);
    expect(marker.left).toBeGreaterThanOrEqual(label.right - 1);
  });
});

describe('<mdk-kpi-tile> copied from the page', () => {
  it('gives what the eye sees, not that run together with the phrase a screen reader hears', async () => {
    const tile = await fixture<MdkKpiTile>(
      html`<mdk-kpi-tile value="1600000" qualifier="approx" notation="compact" label="Bürger*innen" source="2"></mdk-kpi-tile>`,
      'de',
    );
    const pasteTarget = document.createElement('textarea');
    document.body.append(pasteTarget);
    try {
      const range = document.createRange();
      range.selectNode(tile);
      getSelection()!.removeAllRanges();
      getSelection()!.addRange(range);
      await userEvent.copy();
      pasteTarget.focus();
      await userEvent.paste();
      expect(pasteTarget.value.trim()).toBe('~1,6 Mio.Bürger*innen2');
    } finally {
      pasteTarget.remove();
    }
  });
});

describe('<mdk-kpi-tile> properties and attributes', () => {
  it('has documented defaults and reflects its enumerated attributes', async () => {
    const tile = await fixture<MdkKpiTile>(html`<mdk-kpi-tile></mdk-kpi-tile>`);
    expect(tile.value).toBeUndefined();
    expect([tile.qualifier, tile.unit, tile.notation, tile.label, tile.source, tile.asOf]).toEqual([
      'exact',
      'none',
      'standard',
      '',
      '',
      '',
    ]);
    tile.qualifier = 'approx';
    tile.unit = 'percent';
    tile.notation = 'compact';
    await tile.updateComplete;
    expect(tile.getAttribute('qualifier')).toBe('approx');
    expect(tile.getAttribute('unit')).toBe('percent');
    expect(tile.getAttribute('notation')).toBe('compact');
  });

  it('maps attributes to properties, as-of to asOf and value to a number', async () => {
    const tile = await fixture<MdkKpiTile>(
      html`<mdk-kpi-tile value="90000" as-of="2025" source="3" label="Unternehmen"></mdk-kpi-tile>`,
    );
    expect(tile.value).toBe(90000);
    expect(tile.asOf).toBe('2025');
    expect(tile.source).toBe('3');
  });

  it('links its marker to the entry of its source', async () => {
    const tile = await fixture<MdkKpiTile>(html`<mdk-kpi-tile value="1" label="x" source="4"></mdk-kpi-tile>`);
    expect(tile.shadowRoot!.querySelector('a[part=marker]')!.getAttribute('href')).toBe('#source-4');
  });
});

describe('<mdk-kpi-tile> bad input: never throws, shows "–", reads "keine Angabe"', () => {
  const badInputs = [
    { name: 'value="abc"', attrs: { value: 'abc' }, attribute: 'value' },
    { name: 'value="Infinity"', attrs: { value: 'Infinity' }, attribute: 'value' },
    { name: 'value="1.600.000" (German grouping)', attrs: { value: '1.600.000' }, attribute: 'value' },
    { name: 'value=""', attrs: { value: '' }, attribute: 'value' },
    { name: 'no value', attrs: {}, attribute: 'value' },
    { name: 'qualifier="roughly"', attrs: { value: '5', qualifier: 'roughly' }, attribute: 'qualifier' },
    { name: 'unit="meter"', attrs: { value: '5', unit: 'meter' }, attribute: 'unit' },
  ];

  it.each(badInputs)('$name', async ({ attrs, attribute }) => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const tile = document.createElement('mdk-kpi-tile');
    tile.setAttribute('label', 'Anträge');
    for (const [name, value] of Object.entries(attrs)) tile.setAttribute(name, value);
    const container = await fixture<HTMLElement>(html`<div></div>`);
    container.append(tile);
    // An error while rendering would reject updateComplete.
    await expect(tile.updateComplete).resolves.toBe(true);

    expect(visibleValue(tile)).toBe('–');
    expect(spokenText(await accessibilityTreeOf(tile))).toBe('keine Angabe Anträge');
    container.lang = 'en';
    await settle(container);
    expect(spokenText(await accessibilityTreeOf(tile))).toBe('not available Anträge');

    // One warning for the element, naming the attribute, however often it renders.
    const warnings = warn.mock.calls.filter(([message]) => String(message).includes('<mdk-kpi-tile>'));
    expect(warnings).toHaveLength(1);
    expect(String(warnings[0]![0])).toContain(attribute);
  });

  it('an unknown notation falls back to standard and warns, keeping the figure', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const tile = await fixture<MdkKpiTile>(html`<mdk-kpi-tile value="1400" notation="tiny" label="x"></mdk-kpi-tile>`);
    expect(visibleValue(tile)).toBe('1.400');
    expect(String(warn.mock.calls[0]?.[0])).toContain('notation="tiny"');
  });

  it('recovers when a bad value is corrected', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const tile = await fixture<MdkKpiTile>(html`<mdk-kpi-tile value="abc" label="x"></mdk-kpi-tile>`);
    expect(visibleValue(tile)).toBe('–');
    tile.setAttribute('value', '12');
    await tile.updateComplete;
    expect(visibleValue(tile)).toBe('12');
  });

  it('warns when the label is missing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fixture<MdkKpiTile>(html`<mdk-kpi-tile value="12"></mdk-kpi-tile>`);
    expect(String(warn.mock.calls[0]?.[0])).toContain('no label');
  });
});

describe('<mdk-kpi-tile> removed attributes', () => {
  it('falls back to the defaults and never reads "null"', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const tile = await fixture<MdkKpiTile>(
      html`<mdk-kpi-tile value="70" qualifier="more-than" unit="percent" label="wollen" source="4" as-of="2025"></mdk-kpi-tile>`,
    );
    for (const attribute of ['qualifier', 'unit', 'as-of', 'source']) tile.removeAttribute(attribute);
    await expect(tile.updateComplete).resolves.toBe(true);
    expect([tile.qualifier, tile.unit, tile.asOf, tile.source]).toEqual(['exact', 'none', '', '']);
    expect(spokenText(await accessibilityTreeOf(tile))).toBe('70 wollen');
    tile.removeAttribute('label');
    tile.removeAttribute('value');
    await tile.updateComplete;
    expect(spokenText(await accessibilityTreeOf(tile))).toBe('keine Angabe');
  });
});

describe('<mdk-kpi-tile> language changes', () => {
  it('follows a lang change on an ancestor inside a shadow root', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<section lang="de"><mdk-kpi-tile value="1400" qualifier="more-than" label="x"></mdk-kpi-tile></section>';
    const tile = shadow.querySelector('mdk-kpi-tile')!;
    await tile.updateComplete;
    expect(visibleValue(tile)).toBe('>1.400');
    shadow.querySelector('section')!.lang = 'en';
    await vi.waitFor(() => expect(visibleValue(tile)).toBe('>1,400'));
  });
});
