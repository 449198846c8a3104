import { html, LitElement, nothing, type PropertyDeclarations } from 'lit';
import { defineElement } from '../shared/define-element.js';
import { LanguageController } from '../shared/language.js';
import { numberAttributeConverter } from '../shared/number-attribute.js';
import { findSourceEntry, followFootnoteLink } from '../shared/citations.js';
import { textOf } from '../shared/text.js';
import { formatFigure, missingValueSign, type FormattedFigure } from './format-figure.js';
import { kpiTileStyles } from './kpi-tile.styles.js';
import { kpiTileTranslations } from './kpi-tile.translations.js';
import { warnAboutAttributes } from './kpi-tile.warnings.js';
import { kpiNotations, kpiQualifiers, kpiUnits, type KpiNotation, type KpiQualifier, type KpiUnit } from './kpi-tile.types.js';

/**
 * People see the short form ("~1,6 Mio. Bürger*innen ²"); assistive technology gets the
 * same figure in words ("rund 1,6 Millionen Bürger*innen, Quelle 2"). Numbers are formatted for the
 * nearest `lang` (de by default, en). A missing or malformed value shows "–" and is read as
 * "keine Angabe"; it never throws. The footnote marker links to the `<mdk-source>` entry with the same
 * number in the same document, and focus moves there and back.
 *
 * @tagname mdk-kpi-tile
 * @summary A key figure — a number with its qualifier, unit, label and source — that a screen reader
 * reads in words and in one go.
 *
 * @slot icon - An optional pictogram above the figure. Decorative: it is hidden from assistive technology.
 * @slot value - A value that is not a number ("24/7"). Replaces `value`; it is read as written.
 *
 * @csspart base - The tile's box.
 * @csspart icon - The wrapper of the icon slot (its colour is the number's).
 * @csspart figure - The paragraph holding value, label, date and marker.
 * @csspart value - The number as people see it.
 * @csspart label - The label.
 * @csspart as-of - The "as of" date.
 * @csspart marker - The footnote marker link.
 *
 * @cssproperty [--mdk-kpi-tile-value-color=var(--mdk-color-accent-default)] - Colour of the number and the icon.
 * @cssproperty [--mdk-kpi-tile-value-size=var(--mdk-font-size-display)] - Font size of the number.
 * @cssproperty [--mdk-kpi-tile-background=var(--mdk-color-surface-raised)] - Background of the tile.
 * @cssproperty [--mdk-kpi-tile-border-color=var(--mdk-color-border-decorative)] - The tile's thin edge (decorative).
 * @cssproperty [--mdk-kpi-tile-accent-color=var(--mdk-color-border-accent)] - The tile's thick bottom edge (decorative).
 */
export class MdkKpiTile extends LitElement {
  static override styles = kpiTileStyles;

  // Declared without decorators: the decorator helper would cost this small element a tenth of its size.
  // Typed as Lit's own PropertyDeclarations so the published types list no entries, in particular not
  // the internal `valueText` state; the annotation is erased and costs the built file nothing.
  static override properties: PropertyDeclarations = {
    // useDefault: a removed attribute brings the default back (never null).
    value: { converter: numberAttributeConverter },
    qualifier: { reflect: true, useDefault: true },
    unit: { reflect: true, useDefault: true },
    notation: { reflect: true, useDefault: true },
    label: { useDefault: true },
    spokenLabel: { attribute: 'spoken-label', useDefault: true },
    // Reflected: source entries watch this attribute to keep their back links current.
    source: { reflect: true, useDefault: true },
    asOf: { attribute: 'as-of', useDefault: true },
    valueText: { state: true },
  };

  /**
   * The figure as a plain number: `1600000`, `70`, `-3.5`. With `unit="percent"`, `70` means 70 %.
   * Blank, missing or not a finite number shows "–" and is read as "keine Angabe" / "not available".
   */
  declare value: number | undefined;

  /** How exact the figure is: `exact`, `approx` (~, "rund"), `more-than` (>, "mehr als"), `less-than` (<, "weniger als"). */
  qualifier: KpiQualifier = 'exact';

  /** `none`, or `percent` (the value is a number of percent). */
  unit: KpiUnit = 'none';

  /** `standard` ("1.600.000") or `compact` ("1,6 Mio.", read as "1,6 Millionen"). */
  notation: KpiNotation = 'standard';

  /** What the figure counts: "Bürger*innen". Required: a number without a label means nothing. */
  label = '';

  /**
   * How the label is read, when its written form reads badly: screen readers say "Bürger Stern innen"
   * for "Bürger*innen", so `spoken-label="Bürgerinnen und Bürger"`. Never shown. Blank reads `label`.
   */
  spokenLabel = '';

  /** The number of the source that backs the figure; it links to `<mdk-source number="…">`. */
  source = '';

  /** When the figure was true, as written: "2025", "März 2025". Shown as "Stand 2025" / "as of 2025". */
  asOf = '';

  /** The text of the `value` slot ("24/7"), or `undefined` when nothing is slotted and the figure is the number. */
  private valueText?: string;

  readonly #language = new LanguageController(this);

  /** Focuses the footnote marker, so a source's back link returns focus to the tile that cites it. */
  override focus(options?: FocusOptions): void {
    const marker = this.renderRoot?.querySelector<HTMLElement>('[part=marker]');
    if (marker) marker.focus(options);
    else super.focus(options);
  }

  /** The figure formatted for the eye and the ear, or `undefined` when an attribute makes it unusable. */
  #formatFigure(): FormattedFigure | undefined {
    const { value, qualifier, unit, notation } = this;
    // An unknown notation only changes the look; anything else unusable would show a wrong figure.
    return Number.isFinite(value) && kpiQualifiers.includes(qualifier) && kpiUnits.includes(unit)
      ? formatFigure({
          value: value as number,
          qualifier,
          unit,
          notation: kpiNotations.includes(notation) ? notation : 'standard',
          lang: this.#language.lang,
        })
      : undefined;
  }

  /**
   * Re-reads the slotted value's text when it changes inside the slotted element (a framework updates
   * "24/7" to "Mo–Fr" in place), which fires no `slotchange`: the ear would keep the old value. It
   * watches the slotted elements themselves, and goes with them and the tile.
   */
  readonly #valueTextObserver = new MutationObserver(() => this.#readValueSlot());

  #readValueSlot(): void {
    const slot = this.renderRoot?.querySelector<HTMLSlotElement>('slot[name=value]');
    // Flattened only when something is slotted: an empty slot would give its own fallback, the number.
    const nodes = slot?.assignedNodes().length ? slot.assignedNodes({ flatten: true }) : [];
    for (const node of nodes) this.#valueTextObserver.observe(node, { subtree: true, childList: true, characterData: true });
    // Whatever is slotted replaces the number, for the eye (it hides the slot's fallback) and the ear.
    this.valueText = nodes.length ? nodes.map((node) => node.textContent).join('').trim() : undefined;
  }

  /** The marker leads to the source entry, focus included (see followFootnoteLink). */
  #followMarker(event: Event): void {
    followFootnoteLink(event, findSourceEntry(this, textOf(this.source)));
  }

  protected override willUpdate(): void {
    // The one non-text property, read as its attribute when a framework sets it to the attribute's
    // text (see shared/attribute-text.ts; the shared helper would cost this small element 60 bytes).
    if (typeof this.value === 'string') this.value = numberAttributeConverter.fromAttribute(this.value);
    // A framework that takes a prop away sets it to undefined (React) or '' (Vue): the default comes
    // back, as it does for a removed attribute.
    this.qualifier ||= 'exact';
    this.unit ||= 'none';
    this.notation ||= 'standard';
  }

  protected override render() {
    if (__MDK_DEV__) warnAboutAttributes(this);
    const figure = this.#formatFigure();
    const words = kpiTileTranslations[this.#language.lang];
    // Text attributes through textOf: a framework may set them to a number (`source={2}`) or to null.
    const label = textOf(this.label);
    const source = textOf(this.source);
    const asOfText = textOf(this.asOf);
    const asOf = asOfText && `(${words.asOf(asOfText)})`;
    // The whole figure in words, as one text: "rund 1,6 Millionen Bürger*innen (Stand 2025),".
    // The comma belongs in it: Chromium joins two texts with a space.
    const spoken =
      [this.valueText ?? figure?.spoken ?? words.notAvailable, textOf(this.spokenLabel) || label, asOf].filter(Boolean).join(' ') +
      (source ? ',' : '');
    // Until its entry has rendered, the marker points at the id the entry will most likely take.
    const target = source && (findSourceEntry(this, source)?.id || `source-${source}`);
    // People see the short form ("~1,6 Mio.", or a text value such as "24/7" that replaces the slot's
    // fallback) stacked above the label; that is hidden from assistive technology, which reads one
    // visually hidden text with the whole figure in words instead — one utterance, as NVDA reads
    // separate blocks separately. The space before "as of" is an expression: the build's template
    // minifier would drop a literal one.
    return html`<div part="base">
      <span part="icon" aria-hidden="true"><slot name="icon"></slot></span>
      <p part="figure">
        <span aria-hidden="true"
          ><span part="value"
            ><slot name="value" @slotchange=${this.#readValueSlot}>${figure?.visible ?? missingValueSign}</slot></span
          ><span part="label">${label}</span>${asOf ? html`${' '}<span part="as-of">${asOf}</span>` : nothing}</span
        ><span class="visually-hidden">${spoken}</span>${source
          ? html`<a part="marker" href="#${target}" @click=${this.#followMarker}
              ><span class="visually-hidden">${words.sourceWord} </span>${source}</a
            >`
          : nothing}
      </p>
    </div>`;
  }
}

defineElement('mdk-kpi-tile', MdkKpiTile);

declare global {
  interface HTMLElementTagNameMap {
    'mdk-kpi-tile': MdkKpiTile;
  }
}
