import { html, LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { readAttributeTexts } from '../shared/attribute-text.js';
import { booleanAttributeConverter } from '../shared/boolean-attribute.js';
import { defineElement } from '../shared/define-element.js';
import { warnOnce } from '../shared/dev-warnings.js';
import { renderHeading, resolveHeadingLevel, sectionHeadingLevels, type SectionHeadingLevel } from '../shared/heading.js';
import { markAssignedAsListItems } from '../shared/list-items.js';
import { textOf } from '../shared/text.js';
import { kpiGroupStyles } from './kpi-group.styles.js';
import { numberAttributeConverter } from '../shared/number-attribute.js';

const defaultHeadingLevel: SectionHeadingLevel = 2;

/**
 * Read as a heading followed by a list ("NUTZER*INNEN" — or its `spoken-heading` —, "Liste, 7 Einträge"; `no-heading` leaves the
 * heading out where the page's heading already names the figures); each
 * `<mdk-kpi-tile>` is one entry. The grid fills the width with columns of at least
 * `--mdk-kpi-group-min-column` and falls to one column on narrow screens (320 px).
 *
 * @tagname mdk-kpi-group
 * @summary A heading and a list of key figures, laid out as a responsive grid.
 *
 * @slot - The `<mdk-kpi-tile>` elements.
 *
 * @csspart heading - The heading, unless `no-heading` is set.
 * @csspart list - The grid that holds the tiles.
 *
 * @cssproperty [--mdk-kpi-group-min-column=var(--mdk-layout-card-min-width)] - The narrowest a column gets.
 * @cssproperty [--mdk-kpi-group-gap=var(--mdk-space-5)] - The space between tiles.
 * @cssproperty [--mdk-kpi-group-heading-color=var(--mdk-color-text-heading)] - Colour of the heading.
 */
export class MdkKpiGroup extends LitElement {
  static override styles = kpiGroupStyles;

  /** The group's heading: "NUTZER*INNEN". */
  @property({ useDefault: true })
  heading = '';

  /**
   * How the heading is read, when its written form reads badly: screen readers say "NUTZER Stern
   * INNEN" for "NUTZER*INNEN", so `spoken-heading="Nutzerinnen und Nutzer"`. Never shown; the heading
   * is named by it. Blank reads `heading`.
   */
  @property({ attribute: 'spoken-heading', useDefault: true })
  spokenHeading = '';

  /** The heading's level in the page's outline, 2 to 6. */
  @property({ attribute: 'heading-level', converter: numberAttributeConverter, reflect: true, useDefault: true })
  headingLevel: SectionHeadingLevel = defaultHeadingLevel;

  /**
   * Leaves the heading out, for a slide or section whose own heading already names the figures: the
   * list then sits under that heading and needs no name of its own, and no warning is given.
   */
  @property({ attribute: 'no-heading', converter: booleanAttributeConverter })
  noHeading = false;

  /** Whether any tile is slotted: without one, neither heading nor list is shown. */
  @state()
  private hasItems = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // Known before the first render, so an empty group never shows its heading for a moment.
    this.hasItems = this.children.length > 0;
  }

  protected override willUpdate(): void {
    readAttributeTexts(this);
  }

  protected override render() {
    const heading = this.noHeading ? '' : textOf(this.heading);
    if (__MDK_DEV__ && heading === '' && !this.noHeading) warnOnce(this, 'heading', 'has no heading; a list of figures needs one.');
    // Seen as written, heard as given: the written form hidden from assistive technology, which reads
    // the spoken form as the heading's name.
    const spoken = textOf(this.spokenHeading);
    const content = spoken ? html`<span aria-hidden="true">${heading}</span><span class="visually-hidden">${spoken}</span>` : heading;
    // The slot stays while hidden, so a tile added later is seen.
    return html`${heading && this.hasItems
        ? renderHeading(resolveHeadingLevel(this, this.headingLevel, defaultHeadingLevel, sectionHeadingLevels), content)
        : ''}
      <div class="list" part="list" role="list" ?hidden=${!this.hasItems}>
        <slot @slotchange=${(event: Event) => (this.hasItems = markAssignedAsListItems(event.target as HTMLSlotElement))}></slot>
      </div>`;
  }
}

defineElement('mdk-kpi-group', MdkKpiGroup);

declare global {
  interface HTMLElementTagNameMap {
    'mdk-kpi-group': MdkKpiGroup;
  }
}
