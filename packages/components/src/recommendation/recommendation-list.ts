import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { readAttributeTexts } from '../shared/attribute-text.js';
import { booleanAttributeConverter } from '../shared/boolean-attribute.js';
import { jsonArrayConverter, warnAboutList } from '../shared/json-array.js';
import { defineElement } from '../shared/define-element.js';
import { renderHeading, resolveHeadingLevel, sectionHeadingLevels, type SectionHeadingLevel } from '../shared/heading.js';
import { LanguageController } from '../shared/language.js';
import { textOf } from '../shared/text.js';
import { recommendationListStyles } from './recommendation-list.styles.js';
import { recommendationTranslations } from './recommendation.translations.js';
import { recommendationEntries, type RecommendationListItem } from './recommendation.types.js';
import { numberAttributeConverter } from '../shared/number-attribute.js';

const defaultHeadingLevel: SectionHeadingLevel = 2;

/**
 * Read as a heading ("Empfehlungen" unless you give another) followed by a list with one entry per
 * recommendation ("Liste, 6 Einträge"); `no-heading` leaves the heading out where the page's heading
 * already says so. A highlighted entry is marked by colour and by a visible
 * "Priorität" badge, and a screen reader hears it in the text, in one run with the title:
 * "Priorität: Verantwortlichkeit zentral verankern" ("Priority: …" under `lang="en"`). Titles are shown
 * as text, never as HTML. With no usable entry the element renders nothing.
 *
 * @tagname mdk-recommendation-list
 * @summary A heading and the list of recommendations' titles, some of them highlighted as priorities.
 *
 * @csspart heading - The heading, unless `no-heading` is set.
 * @csspart list - The list.
 * @csspart item - Each entry; a highlighted one also has the part `highlighted`.
 * @csspart highlighted - A highlighted entry.
 * @csspart badge - The visible "Priorität" badge of a highlighted entry.
 * @csspart title - The title of each entry.
 *
 * @cssproperty [--mdk-recommendation-list-heading-color=var(--mdk-color-text-heading)] - Colour of the heading.
 * @cssproperty [--mdk-recommendation-list-highlight-color=var(--mdk-color-accent-default)] - Colour of a highlighted title.
 * @cssproperty [--mdk-recommendation-list-badge-background=var(--mdk-color-surface-accent)] - Background of the "Priorität" badge.
 * @cssproperty [--mdk-recommendation-list-badge-color=var(--mdk-color-text-highlight-on-accent)] - Text colour of the "Priorität" badge.
 * @cssproperty [--mdk-recommendation-list-divider-color=var(--mdk-color-border-decorative)] - The lines between entries (decorative).
 */
export class MdkRecommendationList extends LitElement {
  static override styles = recommendationListStyles;

  /** The heading. Blank uses the language's default: "Empfehlungen" / "Recommendations". */
  @property({ useDefault: true })
  heading = '';

  /** The heading's level in the page's outline, 2 to 6. */
  @property({ attribute: 'heading-level', converter: numberAttributeConverter, reflect: true, useDefault: true })
  headingLevel: SectionHeadingLevel = defaultHeadingLevel;

  /**
   * Leaves the heading out, for a slide or section whose own heading already says "Empfehlungen":
   * the list then sits under that heading and needs no name of its own.
   */
  @property({ attribute: 'no-heading', converter: booleanAttributeConverter })
  noHeading = false;

  /**
   * The recommendations, in order: each a title or `{ title, highlighted }`. As an attribute, a JSON
   * array: `items='[{"title": "Verantwortlichkeit zentral verankern", "highlighted": true}, "Auftraggeberfähigkeit verbessern"]'`.
   * An entry of another shape, or without a title, is left out; malformed JSON shows no entries.
   */
  @property({ converter: jsonArrayConverter })
  items: (RecommendationListItem | string)[] | null = [];

  readonly #language = new LanguageController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    readAttributeTexts(this);
    if (__MDK_DEV__ && changed.has('items')) {
      warnAboutList(this, 'items', this.items, recommendationEntries(this.items).length, 'titles or {"title", "highlighted"} objects');
    }
  }

  // role="list" is not redundant here: Safari (VoiceOver) drops the list semantics of a list styled
  // with list-style: none unless the role is explicit.
  /* eslint-disable lit-a11y/no-redundant-role */
  protected override render() {
    const entries = recommendationEntries(this.items);
    if (entries.length === 0) return nothing;
    const words = recommendationTranslations[this.#language.lang];
    // The badge is seen, not heard: the hidden prefix says the same in one run with the title.
    return html`${this.noHeading
        ? nothing
        : renderHeading(resolveHeadingLevel(this, this.headingLevel, defaultHeadingLevel, sectionHeadingLevels), textOf(this.heading) || words.listHeading)}
      <ul class="list" part="list" role="list">
        ${entries.map((entry) =>
          entry.highlighted
            ? html`<li class="item highlighted" part="item highlighted"
                ><span class="badge" part="badge" aria-hidden="true">${words.priority}</span
                ><span class="visually-hidden">${words.priorityPrefix}</span
                ><span class="title" part="title">${entry.title}</span></li
              >`
            : html`<li class="item" part="item"><span class="title" part="title">${entry.title}</span></li>`,
        )}
      </ul>`;
  }
  /* eslint-enable lit-a11y/no-redundant-role */
}

defineElement('mdk-recommendation-list', MdkRecommendationList);

declare global {
  interface HTMLElementTagNameMap {
    'mdk-recommendation-list': MdkRecommendationList;
  }
}
