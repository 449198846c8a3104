import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { defineElement } from '../shared/define-element.js';
import { warnOnce } from '../shared/dev-warnings.js';
import { LanguageController } from '../shared/language.js';
import { citationsChangedEvent, sourceTargetId } from '../source-list/citations.js';
import { formatFigure, missingValueSign, type FormattedFigure } from './format-figure.js';
import { kpiTileStyles } from './kpi-tile.styles.js';
import { kpiTileTranslations } from './kpi-tile.translations.js';
import { kpiNotations, kpiQualifiers, kpiUnits, type KpiNotation, type KpiQualifier, type KpiUnit } from './kpi-tile.types.js';

/** Reads `value` without ever throwing: blank is "no value", anything `Number()` rejects is `NaN`. */
const figureValueConverter = {
  fromAttribute(value: string | null): number | undefined {
    if (value === null || value.trim() === '') return undefined;
    return Number(value.trim());
  },
  toAttribute(value: number | undefined): string | null {
    return value === undefined ? null : String(value);
  },
};

function isOneOf<T extends string>(allowed: readonly T[], value: string): value is T {
  return (allowed as readonly string[]).includes(value);
}

/**
 * @tagname mdk-kpi-tile
 * @summary A key figure — a number with its qualifier, unit, label and source — that a screen reader
 * reads in words and in one go.
 *
 * @description People see the short form ("~1,6 Mio. Bürger*innen ²"); assistive technology gets the
 * same figure in words ("rund 1,6 Millionen Bürger*innen, Quelle 2"). Numbers are formatted for the
 * nearest `lang` (de by default, en). A missing or malformed value shows "–" and is read as
 * "keine Angabe"; it never throws. The footnote marker links to the `<mdk-source>` entry with the same
 * number in the same document, and focus moves there and back.
 *
 * @slot icon - An optional pictogram above the figure. Decorative: it is hidden from assistive technology.
 * @slot value - A value that is not a number ("24/7"). Replaces `value`; it is read as written.
 *
 * @csspart base - The tile's box.
 * @csspart icon - The wrapper of the icon slot.
 * @csspart figure - The paragraph holding value, label, date and marker.
 * @csspart value - The number as people see it.
 * @csspart label - The label.
 * @csspart as-of - The "as of" date.
 * @csspart marker - The footnote marker link.
 *
 * @cssproperty [--mdk-kpi-tile-value-color=var(--mdk-color-accent-default)] - Colour of the number.
 * @cssproperty [--mdk-kpi-tile-value-size=var(--mdk-font-size-display)] - Font size of the number.
 * @cssproperty [--mdk-kpi-tile-background=var(--mdk-color-surface-raised)] - Background of the tile.
 * @cssproperty [--mdk-kpi-tile-border-color=var(--mdk-color-border-decorative)] - The tile's thin edge (decorative).
 * @cssproperty [--mdk-kpi-tile-accent-color=var(--mdk-color-border-accent)] - The tile's thick bottom edge (decorative).
 */
export class MdkKpiTile extends LitElement {
  static override styles = kpiTileStyles;

  /**
   * The figure as a plain number: `1600000`, `70`, `-3.5`. With `unit="percent"`, `70` means 70 %.
   * Blank, missing or not a finite number shows "–" and is read as "keine Angabe" / "not available".
   */
  @property({ converter: figureValueConverter })
  value: number | undefined;

  /** How exact the figure is: `exact`, `approx` (~, "rund"), `more-than` (>, "mehr als"), `less-than` (<, "weniger als"). */
  @property({ reflect: true })
  qualifier: KpiQualifier = 'exact';

  /** `none`, or `percent` (the value is a number of percent). */
  @property({ reflect: true })
  unit: KpiUnit = 'none';

  /** `standard` ("1.600.000") or `compact` ("1,6 Mio.", read as "1,6 Millionen"). */
  @property({ reflect: true })
  notation: KpiNotation = 'standard';

  /** What the figure counts: "Bürger*innen". Required: a number without a label means nothing. */
  @property()
  label = '';

  /** The number of the source that backs the figure; it links to `<mdk-source number="…">`. */
  @property()
  source = '';

  /** When the figure was true, as written: "2025", "März 2025". Shown as "Stand 2025" / "as of 2025". */
  @property({ attribute: 'as-of' })
  asOf = '';

  @state()
  private hasSlottedValue = false;

  @query('.marker')
  private readonly markerLink!: HTMLAnchorElement | null;

  readonly #language = new LanguageController(this);
  #figure: FormattedFigure | undefined;
  #citationRoot: Document | ShadowRoot | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.hasSlottedValue = this.querySelector(':scope > [slot="value"]') !== null;
    this.#announceCitationChange();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Removed from the page: the source list must drop this tile's back link.
    this.#citationRoot?.dispatchEvent(new Event(citationsChangedEvent));
    this.#citationRoot = undefined;
  }

  /** Focuses the footnote marker, so a source's back link returns focus to the tile that cites it. */
  override focus(options?: FocusOptions): void {
    if (this.markerLink) this.markerLink.focus(options);
    else super.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.#figure = this.#formatValidFigure();
    if (__MDK_DEV__ && changed.has('label') && this.label.trim() === '') {
      warnOnce(this, 'label', 'has no label. A key figure needs one, e.g. label="Bürger*innen".');
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    if (changed.has('source') && changed.get('source') !== undefined) this.#announceCitationChange();
  }

  /** The formatted figure, or `undefined` (with a development warning) when an attribute is unusable. */
  #formatValidFigure(): FormattedFigure | undefined {
    const { value, qualifier, unit, notation } = this;
    const problems: [attribute: string, message: string][] = [];
    if (value === undefined) problems.push(['value', 'has no value; it shows "–".']);
    else if (!Number.isFinite(value)) {
      problems.push([
        'value',
        `value="${this.getAttribute('value') ?? value}" is not a finite number; write it plain, e.g. value="1600000". It shows "–".`,
      ]);
    }
    if (!isOneOf(kpiQualifiers, qualifier)) {
      problems.push(['qualifier', `qualifier="${qualifier}" is not one of ${kpiQualifiers.join(', ')}; it shows "–".`]);
    }
    if (!isOneOf(kpiUnits, unit)) {
      problems.push(['unit', `unit="${unit}" is not one of ${kpiUnits.join(', ')}; it shows "–".`]);
    }
    const knownNotation = isOneOf(kpiNotations, notation);
    if (!knownNotation) {
      problems.push(['notation', `notation="${notation}" is not one of ${kpiNotations.join(', ')}; standard is used.`]);
    }
    if (__MDK_DEV__ && !this.hasSlottedValue) {
      for (const [attribute, message] of problems) warnOnce(this, attribute, message);
    }
    if (problems.some(([attribute]) => attribute !== 'notation')) return undefined;
    return formatFigure({
      value: value as number,
      qualifier,
      unit,
      notation: knownNotation ? notation : 'standard',
      lang: this.#language.lang,
    });
  }

  #announceCitationChange(): void {
    const root = this.getRootNode();
    if (root instanceof Document || root instanceof ShadowRoot) {
      this.#citationRoot = root;
      root.dispatchEvent(new Event(citationsChangedEvent));
    }
  }

  #onValueSlotChange(event: Event): void {
    this.hasSlottedValue = (event.target as HTMLSlotElement).assignedNodes({ flatten: true }).length > 0;
  }

  /** Fragment navigation scrolls to the entry but does not focus it; this moves focus too. */
  #followMarker(): void {
    const root = this.getRootNode() as Document | ShadowRoot;
    const entry = root.getElementById?.(sourceTargetId(root, this.source.trim()));
    entry?.focus();
  }

  /** "Beschäftigte (Stand 2025)": the label and its date, as seen and as heard. */
  #caption(): string {
    const asOf = this.asOf.trim();
    const words = kpiTileTranslations[this.#language.lang];
    return asOf ? `${this.label} (${words.asOf(asOf)})` : this.label;
  }

  #renderCaption() {
    const asOf = this.asOf.trim();
    const words = kpiTileTranslations[this.#language.lang];
    return html`<span class="label" part="label">${this.label}</span>${asOf
        ? html` <span class="as-of" part="as-of">(${words.asOf(asOf)})</span>`
        : nothing}`;
  }

  /**
   * A number people see in short ("~1,6 Mio."): the visible parts are hidden from assistive
   * technology and one visually hidden text says the whole figure in words, so it is read in one go.
   */
  #renderNumericFigure(hasMarker: boolean) {
    const words = kpiTileTranslations[this.#language.lang];
    const spoken = `${this.#figure?.spoken ?? words.notAvailable} ${this.#caption()}${hasMarker ? ',' : ''}`;
    return html`<span class="value" part="value" aria-hidden="true">${this.#figure?.visible ?? missingValueSign}</span
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
    return html`<a class="marker" part="marker" href="#${sourceTargetId(root, source)}" @click=${this.#followMarker}
      ><span class="visually-hidden">${words.sourceWord} </span>${source}</a
    >`;
  }

  protected override render() {
    const source = this.source.trim();
    const hasMarker = source !== '';
    // The value slot stays in the DOM even when empty, so slotchange reports content added later.
    return html`<div class="tile" part="base">
      <span class="icon" part="icon" aria-hidden="true"><slot name="icon"></slot></span>
      <p class="figure" part="figure">
        <span class="value" part="value" ?hidden=${!this.hasSlottedValue}
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
