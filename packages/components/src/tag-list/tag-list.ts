import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { readAttributeTexts } from '../shared/attribute-text.js';
import { booleanAttributeConverter } from '../shared/boolean-attribute.js';
import { defineElement } from '../shared/define-element.js';
import { warnOnce } from '../shared/dev-warnings.js';
import { renderHeading, resolveHeadingLevel, sectionHeadingLevels, type SectionHeadingLevel } from '../shared/heading.js';
import { jsonArrayConverter, warnAboutList } from '../shared/json-array.js';
import { listEntries } from '../shared/string-list.js';
import { textOf } from '../shared/text.js';
import { tagListStyles } from './tag-list.styles.js';
import { numberAttributeConverter } from '../shared/number-attribute.js';

const defaultHeadingLevel: SectionHeadingLevel = 2;

/**
 * Read as a list, one entry per tag ("Liste, 8 Einträge"), under an optional heading. Tags are
 * labels, not buttons or links: nothing to click, no tab stop. They wrap onto as many lines as the
 * width needs, down to 320 px.
 *
 * @tagname mdk-tag-list
 * @summary Topics as a list of tags: Klimakrise, Nachhaltigkeit, Mobilität, …
 *
 * @csspart heading - The heading, when there is one and `no-heading` is not set.
 * @csspart list - The list that holds the tags.
 * @csspart tag - One tag.
 *
 * @cssproperty [--mdk-tag-list-background=var(--mdk-color-surface-subtle)] - Background of a tag.
 * @cssproperty [--mdk-tag-list-gap=var(--mdk-space-2)] - The space between tags.
 * @cssproperty [--mdk-tag-list-heading-color=var(--mdk-color-text-heading)] - Colour of the heading.
 */
export class MdkTagList extends LitElement {
  static override styles = tagListStyles;

  /**
   * The tags. As an attribute, a JSON array: `tags='["Klimakrise", "Mobilität"]'`. An entry that is
   * no text, or blank, is left out; malformed JSON shows no tags. Both with a development warning.
   */
  @property({ converter: jsonArrayConverter })
  tags: string[] | null = [];

  /** An optional heading above the tags: "Gesellschaftliche Herausforderungen". */
  @property({ useDefault: true })
  heading = '';

  /** The heading's level in the page's outline, 2 to 6. */
  @property({ attribute: 'heading-level', converter: numberAttributeConverter, reflect: true, useDefault: true })
  headingLevel: SectionHeadingLevel = defaultHeadingLevel;

  /**
   * Leaves the heading out even when `heading` is set, for a slide or section whose own heading
   * already names the tags: the content then sits under that heading.
   */
  @property({ attribute: 'no-heading', converter: booleanAttributeConverter })
  noHeading = false;

  /** The requested level when it is 2 to 6, else 2, with a development warning. */
  #headingLevel(): SectionHeadingLevel {
    return resolveHeadingLevel(this, this.headingLevel, defaultHeadingLevel, sectionHeadingLevels);
  }

  protected override willUpdate(): void {
    readAttributeTexts(this);
  }

  protected override render() {
    const heading = this.noHeading ? '' : textOf(this.heading);
    const tags = listEntries(this.tags);
    if (__MDK_DEV__) {
      warnAboutList(this, 'tags', this.tags, tags.length, 'texts', 'tags=\'["Klimakrise", "Mobilität"]\'');
      if (Array.isArray(this.tags) && tags.length === 0) {
        warnOnce(this, 'no-tags', 'has no tags; it shows nothing.');
      }
    }
    // Nothing to list: no heading either, which would announce a section that is not there.
    if (tags.length === 0) return nothing;
    // Explicit role: Safari drops the list semantics of a list styled with list-style: none.
    // eslint-disable-next-line lit-a11y/no-redundant-role
    return html`${heading ? renderHeading(this.#headingLevel(), heading) : nothing}<ul part="list" role="list">
        ${tags.map((tag) => html`<li part="tag">${tag}</li>`)}
      </ul>`;
  }
}

defineElement('mdk-tag-list', MdkTagList);

declare global {
  interface HTMLElementTagNameMap {
    'mdk-tag-list': MdkTagList;
  }
}
