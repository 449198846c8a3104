import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { readAttributeTexts } from '../shared/attribute-text.js';
import { defineElement } from '../shared/define-element.js';
import { jsonArrayConverter, warnAboutList } from '../shared/json-array.js';
import { renderHeading, resolveHeadingLevel, sectionHeadingLevels, type SectionHeadingLevel } from '../shared/heading.js';
import { pillarsStyles } from './pillars.styles.js';
import { pillarEntries, type PillarItem } from './pillars.types.js';
import { numberAttributeConverter } from '../shared/number-attribute.js';

const defaultHeadingLevel: SectionHeadingLevel = 3;

/**
 * Read as a list ("Liste, 3 Einträge") whose entries are articles, each named by its title: a
 * heading at `heading-level` (default 3: one below the heading that the page puts over the pillars)
 * and the text under it. Use it for the mission's statements (title + text) and for the closing's
 * pillars (title + subtitle). Icons are decorative: put one in the slot `icon-1`, `icon-2`, … of the
 * pillar it belongs to; it is hidden from assistive technology. Texts are shown as text, never as HTML.
 * The cards fill the width in columns and fall to one column on narrow screens (320 px).
 *
 * @tagname mdk-pillars
 * @summary Three (or more) pillars or statements, each a title and a text, as a list of cards.
 *
 * @slot icon-1 - A decorative pictogram for the first pillar (hidden from assistive technology).
 * @slot icon-2 - The same for the second pillar.
 * @slot icon-3 - The same for the third pillar; `icon-4`, `icon-5`, … for any further ones.
 *
 * @csspart list - The grid that holds the pillars.
 * @csspart item - Each list entry.
 * @csspart pillar - Each pillar's card: the `article`.
 * @csspart icon - The wrapper of a pillar's icon slot (its colour is the icon's).
 * @csspart heading - Each pillar's title.
 * @csspart text - Each pillar's text.
 *
 * @cssproperty [--mdk-pillars-min-column=var(--mdk-layout-card-min-width)] - The narrowest a column gets.
 * @cssproperty [--mdk-pillars-gap=var(--mdk-space-5)] - The space between pillars.
 * @cssproperty [--mdk-pillars-background=var(--mdk-color-surface-raised)] - Background of a card.
 * @cssproperty [--mdk-pillars-border-color=var(--mdk-color-border-decorative)] - A card's thin edge (decorative).
 * @cssproperty [--mdk-pillars-accent-color=var(--mdk-color-border-accent)] - A card's thick bottom edge (decorative).
 * @cssproperty [--mdk-pillars-heading-color=var(--mdk-color-text-heading)] - Colour of the titles.
 * @cssproperty [--mdk-pillars-icon-color=var(--mdk-color-accent-default)] - Colour of the icons (`currentColor`).
 */
export class MdkPillars extends LitElement {
  static override styles = pillarsStyles;

  /** The pillars' titles' level in the page's outline, 2 to 6. */
  @property({ attribute: 'heading-level', converter: numberAttributeConverter, reflect: true, useDefault: true })
  headingLevel: SectionHeadingLevel = defaultHeadingLevel;

  /**
   * The pillars, in order, each `{ title, text }`. As an attribute, a JSON array:
   * `items='[{"title": "Vernetzt", "text": "Wir arbeiten eng mit allen zusammen …"}]'`. An entry of
   * another shape, or without a title, is left out; malformed JSON shows no pillars.
   */
  @property({ converter: jsonArrayConverter })
  items: PillarItem[] | null = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    readAttributeTexts(this);
    if (__MDK_DEV__ && changed.has('items')) {
      warnAboutList(this, 'items', this.items, pillarEntries(this.items).length, '{"title", "text"} objects with a title');
    }
  }

  // role="list" is not redundant here: Safari (VoiceOver) drops the list semantics of a list styled
  // with list-style: none unless the role is explicit.
  /* eslint-disable lit-a11y/no-redundant-role */
  protected override render() {
    const pillars = pillarEntries(this.items);
    if (pillars.length === 0) return nothing;
    const level = resolveHeadingLevel(this, this.headingLevel, defaultHeadingLevel, sectionHeadingLevels);
    // Each article is named by its title: the wrapper's id is in the same shadow root as the reference.
    return html`<ul class="list" part="list" role="list">
      ${pillars.map(
        (pillar) => html`<li class="item" part="item">
          <article class="pillar" part="pillar" aria-labelledby="pillar-${pillar.position}">
            <span class="icon" part="icon" aria-hidden="true"><slot name="icon-${pillar.position}"></slot></span>
            <div id="pillar-${pillar.position}">${renderHeading(level, pillar.title)}</div>
            ${pillar.text ? html`<p class="text" part="text">${pillar.text}</p>` : nothing}
          </article>
        </li>`,
      )}
    </ul>`;
  }
  /* eslint-enable lit-a11y/no-redundant-role */
}

defineElement('mdk-pillars', MdkPillars);

declare global {
  interface HTMLElementTagNameMap {
    'mdk-pillars': MdkPillars;
  }
}
