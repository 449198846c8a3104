import { html, LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { readAttributeTexts } from '../shared/attribute-text.js';
import { booleanAttributeConverter } from '../shared/boolean-attribute.js';
import { defineElement } from '../shared/define-element.js';
import { renderHeading, resolveHeadingLevel, sectionHeadingLevels, type SectionHeadingLevel } from '../shared/heading.js';
import { LanguageController } from '../shared/language.js';
import { markAssignedAsListItems } from '../shared/list-items.js';
import { textOf } from '../shared/text.js';
import { sourceListStyles } from './source-list.styles.js';
import { sourceListTranslations } from './source-list.translations.js';
import { numberAttributeConverter } from '../shared/number-attribute.js';

const defaultHeadingLevel: SectionHeadingLevel = 2;

/**
 * Holds `<mdk-source>` entries in the light DOM, where footnote markers' fragment links
 * can reach them. Read as a heading followed by a list ("Quellen", "Liste, 4 Einträge"); `no-heading`
 * leaves the heading out where the page's heading already says so.
 *
 * @tagname mdk-source-list
 * @summary The numbered sources that key figures cite, under a heading.
 *
 * @slot - The `<mdk-source>` entries, in their numbered order.
 *
 * @csspart heading - The heading, unless `no-heading` is set.
 * @csspart list - The list around the entries.
 *
 * @cssproperty [--mdk-source-list-heading-color=var(--mdk-color-text-heading)] - Colour of the heading.
 */
export class MdkSourceList extends LitElement {
  static override styles = sourceListStyles;

  /** The heading. Blank uses the language's default: "Quellen" / "Sources". */
  @property({ useDefault: true })
  heading = '';

  /** The heading's level in the page's outline, 2 to 6. */
  @property({ attribute: 'heading-level', converter: numberAttributeConverter, reflect: true, useDefault: true })
  headingLevel: SectionHeadingLevel = defaultHeadingLevel;

  /**
   * Leaves the heading out, for a slide or section whose own heading already says "Quellen": the list
   * then sits under that heading and needs no name of its own.
   */
  @property({ attribute: 'no-heading', converter: booleanAttributeConverter })
  noHeading = false;

  /** Whether any source is slotted: without one, neither heading nor list is shown. */
  @state()
  private hasItems = false;

  readonly #language = new LanguageController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    // Known before the first render, so an empty list never shows "Quellen" for a moment.
    this.hasItems = this.children.length > 0;
  }

  protected override willUpdate(): void {
    readAttributeTexts(this);
  }

  protected override render() {
    const heading = textOf(this.heading) || sourceListTranslations[this.#language.lang].heading;
    // The slot stays while hidden, so a source added later is seen.
    return html`${this.hasItems && !this.noHeading ? renderHeading(resolveHeadingLevel(this, this.headingLevel, defaultHeadingLevel, sectionHeadingLevels), heading) : ''}
      <div class="list" part="list" role="list" ?hidden=${!this.hasItems}>
        <slot @slotchange=${(event: Event) => (this.hasItems = markAssignedAsListItems(event.target as HTMLSlotElement))}></slot>
      </div>`;
  }
}

defineElement('mdk-source-list', MdkSourceList);

declare global {
  interface HTMLElementTagNameMap {
    'mdk-source-list': MdkSourceList;
  }
}
