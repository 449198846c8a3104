import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { readAttributeTexts } from '../shared/attribute-text.js';
import { defineElement } from '../shared/define-element.js';
import { warnOnce } from '../shared/dev-warnings.js';
import { renderHeading, resolveHeadingLevel, parentHeadingLevels, type HeadingLevel, type ParentHeadingLevel } from '../shared/heading.js';
import { LanguageController } from '../shared/language.js';
import { jsonArrayConverter, warnAboutList } from '../shared/json-array.js';
import { listEntries } from '../shared/string-list.js';
import { textOf } from '../shared/text.js';
import { recommendationStyles } from './recommendation.styles.js';
import { recommendationTranslations } from './recommendation.translations.js';
import { numberAttributeConverter } from '../shared/number-attribute.js';

// A parent heading level (2 to 5): the sub-headings sit one level below the title.
const defaultHeadingLevel: ParentHeadingLevel = 3;

/**
 * Read as an article named by its title ("Artikel, Verantwortlichkeit zentral verankern"), then
 * "Ausgangspunkt" and "Maßnahmen" ("Starting point", "Measures" under `lang="en"`), each a sub-heading
 * one level below the title followed by a list. A list without entries is left out with its
 * sub-heading, so nobody hears an empty list. Texts are shown as text, never as HTML. The two parts
 * stand side by side where there is room and one below the other on narrow screens (320 px).
 *
 * @tagname mdk-recommendation
 * @summary One recommendation: its title, where it starts from and what is to be done, as two lists.
 *
 * @csspart base - The card: the `article`.
 * @csspart heading - The title.
 * @csspart sections - The wrapper of the two parts.
 * @csspart section - Each part: its sub-heading and its list. The first also has the part `starting-point`, the second `measures`.
 * @csspart starting-point - The "Ausgangspunkt" part.
 * @csspart measures - The "Maßnahmen" part.
 * @csspart section-heading - The sub-headings "Ausgangspunkt" and "Maßnahmen".
 * @csspart list - The lists.
 *
 * @cssproperty [--mdk-recommendation-background=var(--mdk-color-surface-raised)] - Background of the card.
 * @cssproperty [--mdk-recommendation-border-color=var(--mdk-color-border-decorative)] - The card's thin edge (decorative).
 * @cssproperty [--mdk-recommendation-accent-color=var(--mdk-color-border-accent)] - The card's thick bottom edge (decorative).
 * @cssproperty [--mdk-recommendation-heading-color=var(--mdk-color-text-heading)] - Colour of the title and the sub-headings.
 * @cssproperty [--mdk-recommendation-min-column=var(--mdk-layout-card-min-width)] - The narrowest a part gets before the two stack.
 */
export class MdkRecommendation extends LitElement {
  static override styles = recommendationStyles;

  /** The recommendation's title: "Verantwortlichkeit zentral verankern". It names the article. */
  @property({ useDefault: true })
  heading = '';

  /** The title's level in the page's outline, 2 to 5 (default 3: one below the group's heading); the sub-headings are one level below. */
  @property({ attribute: 'heading-level', converter: numberAttributeConverter, reflect: true, useDefault: true })
  headingLevel: ParentHeadingLevel = defaultHeadingLevel;

  /**
   * What the recommendation starts from, one text per entry. As an attribute, a JSON array of texts:
   * `starting-point='["Digitale Vorhaben brauchen finanziellen Spielraum."]'`. An entry that is no text,
   * or blank, is left out; malformed JSON shows no entries.
   */
  @property({ attribute: 'starting-point', converter: jsonArrayConverter })
  startingPoint: string[] | null = [];

  /** What is to be done, one text per entry; as an attribute, a JSON array of texts like `starting-point`. */
  @property({ converter: jsonArrayConverter })
  measures: string[] | null = [];

  readonly #language = new LanguageController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    readAttributeTexts(this);
    if (__MDK_DEV__) {
      if (changed.has('startingPoint')) warnAboutList(this, 'starting-point', this.startingPoint, listEntries(this.startingPoint).length, 'texts');
      if (changed.has('measures')) warnAboutList(this, 'measures', this.measures, listEntries(this.measures).length, 'texts');
    }
  }

  protected override render() {
    const words = recommendationTranslations[this.#language.lang];
    const heading = textOf(this.heading);
    const level = resolveHeadingLevel(this, this.headingLevel, defaultHeadingLevel, parentHeadingLevels);
    const sections = [
      { name: 'starting-point', heading: words.startingPoint, entries: listEntries(this.startingPoint) },
      { name: 'measures', heading: words.measures, entries: listEntries(this.measures) },
    ].filter((section) => section.entries.length > 0);
    if (__MDK_DEV__ && heading === '') warnOnce(this, 'heading', 'has no heading; the recommendation needs a title that names it.');
    if (heading === '' && sections.length === 0) return nothing;
    // Without a title the sub-headings take its level: the outline never skips one.
    const sectionLevel = (heading ? level + 1 : level) as HeadingLevel;
    return html`<article part="base" aria-labelledby=${heading ? 'title' : nothing}>
      ${heading ? renderHeading(level, heading, { id: 'title' }) : nothing}
      ${sections.length > 0
        ? html`<div class="sections" part="sections">
            ${sections.map(
              (section) => html`<div class="section" part="section ${section.name}">
                ${renderHeading(sectionLevel, section.heading, { part: 'section-heading', className: 'section-heading' })}
                <ul class="list" part="list">
                  ${section.entries.map((entry) => html`<li>${entry}</li>`)}
                </ul>
              </div>`,
            )}
          </div>`
        : nothing}
    </article>`;
  }
}

defineElement('mdk-recommendation', MdkRecommendation);

declare global {
  interface HTMLElementTagNameMap {
    'mdk-recommendation': MdkRecommendation;
  }
}
