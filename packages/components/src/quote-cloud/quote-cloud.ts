import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { readAttributeTexts } from '../shared/attribute-text.js';
import { booleanAttributeConverter } from '../shared/boolean-attribute.js';
import { defineElement } from '../shared/define-element.js';
import { warnOnce } from '../shared/dev-warnings.js';
import { renderHeading, resolveHeadingLevel, sectionHeadingLevels, type SectionHeadingLevel } from '../shared/heading.js';
import { LanguageController } from '../shared/language.js';
import { jsonArrayConverter, warnAboutList } from '../shared/json-array.js';
import { listEntries } from '../shared/string-list.js';
import { textOf } from '../shared/text.js';
import { quoteCloudTranslations } from './quote-cloud.translations.js';
import { quoteCloudStyles } from './quote-cloud.styles.js';
import { numberAttributeConverter } from '../shared/number-attribute.js';

const defaultHeadingLevel: SectionHeadingLevel = 2;

/**
 * Quotation marks an author may have typed around a term already; the element adds its own. Only
 * around the whole term: a term that quotes inside it too (`"a" „b“`) keeps its marks as typed.
 */
const typedQuotes = /^["'\u201E\u201C\u201D\u201A\u2018\u2019\u00AB\u00BB\u2039\u203A]([^"\u201E\u201C\u201D\u00AB\u00BB]*)["'\u201C\u201D\u2018\u2019\u00AB\u00BB\u2039\u203A]$/s;

function withoutTypedQuotes(term: string): string {
  return typedQuotes.exec(term)?.[1]?.trim() ?? term;
}

/**
 * Read as a list, one entry per term ("Liste, 9 Einträge"), under an optional heading. Give the terms
 * without quotation marks: the element adds the ones of the nearest `lang` as text — de „…“,
 * en “…” — and drops marks typed around a term already. Terms vary in size by their position only,
 * as decoration: the size says nothing about a term. The terms wrap onto as many lines as the width
 * needs, down to 320 px.
 *
 * @tagname mdk-quote-cloud
 * @summary Short quoted terms, set as a cloud: „Selbstbestimmt“, „Nicht erpressbar“, …
 *
 * @csspart heading - The heading, when there is one and `no-heading` is not set.
 * @csspart list - The list that holds the terms.
 * @csspart term - One term, with its quotation marks.
 *
 * @cssproperty [--mdk-quote-cloud-color=var(--mdk-color-accent-default)] - Colour of the terms.
 * @cssproperty [--mdk-quote-cloud-gap=var(--mdk-space-4)] - The space between lines of terms.
 * @cssproperty [--mdk-quote-cloud-heading-color=var(--mdk-color-text-heading)] - Colour of the heading.
 */
export class MdkQuoteCloud extends LitElement {
  static override styles = quoteCloudStyles;

  /**
   * The terms, without quotation marks. As an attribute, a JSON array:
   * `terms='["Selbstbestimmt", "Nicht erpressbar"]'`. An entry that is no text, or blank, is left out;
   * malformed JSON shows no terms. Both with a development warning.
   */
  @property({ converter: jsonArrayConverter })
  terms: string[] | null = [];

  /** An optional heading above the terms: "Souveräner Staat?". */
  @property({ useDefault: true })
  heading = '';

  /** The heading's level in the page's outline, 2 to 6. */
  @property({ attribute: 'heading-level', converter: numberAttributeConverter, reflect: true, useDefault: true })
  headingLevel: SectionHeadingLevel = defaultHeadingLevel;

  /**
   * Leaves the heading out even when `heading` is set, for a slide or section whose own heading
   * already names the terms: the content then sits under that heading.
   */
  @property({ attribute: 'no-heading', converter: booleanAttributeConverter })
  noHeading = false;

  readonly #language = new LanguageController(this);

  /** The requested level when it is 2 to 6, else 2, with a development warning. */
  #headingLevel(): SectionHeadingLevel {
    return resolveHeadingLevel(this, this.headingLevel, defaultHeadingLevel, sectionHeadingLevels);
  }

  protected override willUpdate(): void {
    readAttributeTexts(this);
  }

  protected override render() {
    const heading = this.noHeading ? '' : textOf(this.heading);
    const terms = listEntries(this.terms).map(withoutTypedQuotes).filter((term) => term !== '');
    if (__MDK_DEV__) {
      warnAboutList(this, 'terms', this.terms, listEntries(this.terms).length, 'texts', 'terms=\'["Selbstbestimmt", "Vertrauen"]\'');
      if (Array.isArray(this.terms) && terms.length === 0) {
        warnOnce(this, 'no-terms', 'has no terms; it shows nothing.');
      }
    }
    // Nothing to list: no heading either, which would announce a section that is not there.
    if (terms.length === 0) return nothing;
    const { openingQuote, closingQuote } = quoteCloudTranslations[this.#language.lang];
    // Explicit role: Safari drops the list semantics of a list styled with list-style: none.
    // eslint-disable-next-line lit-a11y/no-redundant-role
    return html`${heading ? renderHeading(this.#headingLevel(), heading) : nothing}<ul part="list" role="list">
        ${terms.map((term) => html`<li part="term">${`${openingQuote}${term}${closingQuote}`}</li>`)}
      </ul>`;
  }
}

defineElement('mdk-quote-cloud', MdkQuoteCloud);

declare global {
  interface HTMLElementTagNameMap {
    'mdk-quote-cloud': MdkQuoteCloud;
  }
}
