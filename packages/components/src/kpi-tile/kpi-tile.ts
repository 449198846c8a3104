import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { defineElement } from '../shared/define-element.js';
import { warnOnce } from '../shared/dev-warnings.js';
import { LanguageController } from '../shared/language.js';
import { sourceTargetId } from '../source-list/citations.js';
import { formatFigure, missingValueSign, type FormattedFigure } from './format-figure.js';
import { kpiTileStyles } from './kpi-tile.styles.js';
import { kpiTileTranslations } from './kpi-tile.translations.js';
import { describeInvalidAttribute, type KpiTileAttribute } from './kpi-tile.warnings.js';
import { kpiNotations, kpiQualifiers, kpiUnits, type KpiNotation, type KpiQualifier, type KpiUnit } from './kpi-tile.types.js';

/** Reads `value` without ever throwing: blank is "no value", anything `Number()` rejects is `NaN`. */
const figureValueConverter = {
  fromAttribute(value: string | null): number | undefined {
    return value?.trim() ? Number(value) : undefined;
  },
};

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
  static override properties = {
    value: { converter: figureValueConverter },
    qualifier: { reflect: true },
    unit: { reflect: true },
    notation: { reflect: true },
    label: {},
    // Reflected: source entries watch this attribute to keep their back links current.
    source: { reflect: true },
    asOf: { attribute: 'as-of' },
    hasSlottedValue: { state: true },
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

  /** The number of the source that backs the figure; it links to `<mdk-source number="…">`. */
  source = '';

  /** When the figure was true, as written: "2025", "März 2025". Shown as "Stand 2025" / "as of 2025". */
  asOf = '';

  protected hasSlottedValue = false;


  readonly #language = new LanguageController(this);
  #figure: FormattedFigure | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // Known before the first render, so a text value does not flash "–".
    this.hasSlottedValue = this.querySelector(':scope > [slot="value"]') !== null;
  }

  /** Focuses the footnote marker, so a source's back link returns focus to the tile that cites it. */
  override focus(options?: FocusOptions): void {
    const marker = this.renderRoot?.querySelector<HTMLElement>('[part=marker]');
    if (marker) marker.focus(options);
    else super.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#figure = this.#formatValidFigure();
    if (__MDK_DEV__ && changed.has('label') && this.label.trim() === '') {
      warnOnce(this, 'label', describeInvalidAttribute(this, 'label'));
    }
  }

  /** The formatted figure, or `undefined` (with a development warning) when an attribute is unusable. */
  #formatValidFigure(): FormattedFigure | undefined {
    const { value, qualifier, unit, notation } = this;
    const invalid: KpiTileAttribute[] = [];
    if (!Number.isFinite(value)) invalid.push('value');
    if (!kpiQualifiers.includes(qualifier)) invalid.push('qualifier');
    if (!kpiUnits.includes(unit)) invalid.push('unit');
    const knownNotation = kpiNotations.includes(notation);
    if (!knownNotation) invalid.push('notation');
    if (__MDK_DEV__ && !this.hasSlottedValue) {
      for (const attribute of invalid) warnOnce(this, attribute, describeInvalidAttribute(this, attribute));
    }
    // An unknown notation only changes the look; anything else would show a wrong figure.
    if (invalid.some((attribute) => attribute !== 'notation')) return undefined;
    return formatFigure({
      value: value as number,
      qualifier,
      unit,
      notation: knownNotation ? notation : 'standard',
      lang: this.#language.lang,
    });
  }

  #onValueSlotChange(event: Event): void {
    this.hasSlottedValue = (event.target as HTMLSlotElement).assignedNodes({ flatten: true }).length > 0;
  }

  /**
   * Fragment navigation scrolls to the entry but leaves focus behind; this moves focus too, once
   * the navigation (which runs after the click listeners) is done.
   */
  #followMarker(): void {
    const root = this.getRootNode() as Document | ShadowRoot;
    const entry = root.getElementById?.(sourceTargetId(root, this.source.trim()));
    if (entry) setTimeout(() => entry.focus());
  }

  /** The label and its "as of" date ("Beschäftigte (Stand 2025)"), as text or as styled parts. */
  #renderCaption(asText = false) {
    const asOf = this.asOf.trim() && `(${kpiTileTranslations[this.#language.lang].asOf(this.asOf.trim())})`;
    if (asText) return asOf ? `${this.label} ${asOf}` : this.label;
    // The space is an expression: the build's template minifier would drop a literal one.
    return html`<span part="label">${this.label}</span>${asOf
        ? html`${' '}<span part="as-of">${asOf}</span>`
        : nothing}`;
  }

  /**
   * A number people see in short ("~1,6 Mio."): the visible parts are hidden from assistive
   * technology and one visually hidden text says the whole figure in words, so it is read in one go.
   */
  #renderNumericFigure(hasMarker: boolean) {
    const words = kpiTileTranslations[this.#language.lang];
    const spoken = `${this.#figure?.spoken ?? words.notAvailable} ${this.#renderCaption(true)}${hasMarker ? ',' : ''}`;
    return html`<span part="value" aria-hidden="true">${this.#figure?.visible ?? missingValueSign}</span
      ><span aria-hidden="true">${this.#renderCaption()}</span
      ><span class="visually-hidden">${spoken.trim()}</span>`;
  }

  /** A value that is not a number ("24/7") is read as written, with the label after it. */
  #renderSlottedFigure(hasMarker: boolean) {
    return html`${this.#renderCaption()}${hasMarker ? html`<span class="visually-hidden">,</span>` : nothing}`;
  }

  #renderMarker(source: string) {
    const words = kpiTileTranslations[this.#language.lang];
    const root = this.getRootNode() as Document | ShadowRoot;
    return html`<a part="marker" href="#${sourceTargetId(root, source)}" @click=${this.#followMarker}
      ><span class="visually-hidden">${words.sourceWord} </span>${source}</a
    >`;
  }

  protected override render() {
    const source = this.source.trim();
    const hasMarker = source !== '';
    // The value slot stays in the DOM even when empty, so slotchange reports content added later.
    return html`<div part="base">
      <span part="icon" aria-hidden="true"><slot name="icon"></slot></span>
      <p part="figure">
        <span part="value" ?hidden=${!this.hasSlottedValue}
          ><slot name="value" @slotchange=${this.#onValueSlotChange}></slot></span
        >${this.hasSlottedValue ? this.#renderSlottedFigure(hasMarker) : this.#renderNumericFigure(hasMarker)}${hasMarker
          ? this.#renderMarker(source)
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
