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
import '../strategy-card/strategy-card.js';
import { dimensionEntries, type PositioningDimension } from './dimensions.js';
import { positioningStyles } from './positioning.styles.js';
import { positioningTranslations } from './positioning.translations.js';
import { ringPositionsFor } from './ring.js';
import { numberAttributeConverter } from '../shared/number-attribute.js';

const defaultHeadingLevel: ParentHeadingLevel = 2;

/** The statement's placeholder for the topic: `#Thema#`, or `#Topic#` in an English statement. */
const topicPlaceholder = /#(?:thema|topic)#/i;

/**
 * Read in one order at every width: the topic as a heading ("KI, Überschrift Ebene 2"), the
 * statement with the topic filled in, the list of topics if given, then an ordered list of the
 * dimensions ("Liste, 5 Einträge"), each an `<mdk-strategy-card>` article whose heading is one level
 * below the topic's. From 48rem of width (768 px at the default text size, more with larger text; a
 * container query, so a narrow column counts as narrow) 3 to 8 dimensions stand clockwise around the
 * topic, on a ring drawn in CSS and hidden from assistive technology; below that, and for fewer or
 * more dimensions, they follow as a plain list.
 * Without dimensions it shows the statement and the list of topics ("KI – Cloud – Digitale
 * Souveränität – Open Source"). Everything is rendered as text; malformed attributes never throw.
 *
 * @tagname mdk-positioning
 * @summary A strategic positioning: a topic, its statement and its dimensions in a 360° view.
 *
 * @csspart view - The layout around everything: the 3 × 3 grid of the 360° view on a wide screen.
 * @csspart ring - The decorative ring behind the dimensions (wide screens, 3 to 8 dimensions).
 * @csspart hub - The centre: heading, statement and topics.
 * @csspart heading - The topic's heading.
 * @csspart statement - The statement.
 * @csspart topic - The topic where the statement's `#Thema#` stood (emphasised).
 * @csspart topics - The list of topics.
 * @csspart topic-item - One topic of the list.
 * @csspart dimensions - The ordered list of dimensions.
 * @csspart dimension - One entry of that list.
 * @csspart card - The `<mdk-strategy-card>` of a dimension.
 *
 * @cssproperty [--mdk-positioning-gap=var(--mdk-space-5)] - The space between the dimensions and around the centre.
 * @cssproperty [--mdk-positioning-heading-color=var(--mdk-color-text-heading)] - Colour of the topic's heading.
 * @cssproperty [--mdk-positioning-topic-color=var(--mdk-color-accent-default)] - Colour of the topic in the statement and of the topics list.
 * @cssproperty [--mdk-positioning-ring-color=var(--mdk-color-border-decorative)] - Colour of the ring (decorative).
 * @cssproperty [--mdk-positioning-ring-width=var(--mdk-border-width-accent)] - Thickness of the ring.
 * @cssproperty [--mdk-positioning-min-column=var(--mdk-layout-card-min-width)] - The narrowest column when more than 8 dimensions stand in a grid.
 */
export class MdkPositioning extends LitElement {
  static override styles = positioningStyles;

  /** The topic in the centre: "KI". It is the heading, and it fills the statement's `#Thema#`. */
  @property({ useDefault: true })
  topic = '';

  /**
   * The statement: "Wir wollen Rahmenbedingungen schaffen, um #Thema# sinnvoll … einzusetzen".
   * `#Thema#` (or `#Topic#`) is replaced by the topic and emphasised; without a topic, by "jedes
   * dieser Themen" when topics follow, else by "ein Thema".
   */
  @property({ useDefault: true })
  statement = '';

  /** The topic heading's level in the page's outline, 2 to 5; the dimensions' headings are one below. */
  @property({ attribute: 'heading-level', converter: numberAttributeConverter, reflect: true, useDefault: true })
  headingLevel: ParentHeadingLevel = defaultHeadingLevel;

  /**
   * The dimensions, clockwise from the top: `[{ title: 'Menschen', points: ['…'] }]`. As an attribute, a
   * JSON array of such objects (`points` may be left out). An entry of another shape is left out; a
   * malformed attribute shows no dimensions.
   */
  @property({ converter: jsonArrayConverter })
  dimensions: PositioningDimension[] | null = [];

  /**
   * A list of topics the statement applies to: `['KI', 'Cloud', 'Digitale Souveränität', 'Open Source']`.
   * As an attribute, a JSON array of strings. An entry that is no text, or blank, is left out; a
   * malformed attribute shows no list.
   */
  @property({ converter: jsonArrayConverter })
  topics: string[] | null = [];

  readonly #language = new LanguageController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    readAttributeTexts(this);
    if (!__MDK_DEV__) return;
    if (changed.has('dimensions')) warnAboutList(this, 'dimensions', this.dimensions, dimensionEntries(this.dimensions).length, '{"title": "…", "points": ["…"]} objects');
    if (changed.has('topics')) warnAboutList(this, 'topics', this.topics, listEntries(this.topics).length, 'texts', 'topics=\'["KI", "Cloud"]\'');
    const hasTopic = textOf(this.topic) !== '';
    if (!hasTopic && dimensionEntries(this.dimensions).length > 0) {
      warnOnce(this, 'topic', 'has dimensions but no topic; the dimensions need a topic heading above them.');
    } else if (!hasTopic && listEntries(this.topics).length === 0) {
      warnOnce(this, 'topic', 'has neither a topic nor topics; set topic="…" or topics=\'["…"]\'.');
    }
  }

  /** The statement with each placeholder replaced by the topic (or a stand-in), emphasised. */
  #renderStatement(topic: string, hasTopics: boolean) {
    const words = positioningTranslations[this.#language.lang];
    const fill = topic || (hasTopics ? words.eachTopic : words.anyTopic);
    const [first, ...rest] = textOf(this.statement).split(topicPlaceholder);
    return html`<p part="statement">${first}${rest.map((text) => html`<strong part="topic">${fill}</strong>${text}`)}</p>`;
  }

  #renderDimensions(dimensions: PositioningDimension[], cardLevel: HeadingLevel) {
    const positions = ringPositionsFor(dimensions.length);
    // Explicit role: Safari drops the list semantics of a list styled with list-style: none.
    // eslint-disable-next-line lit-a11y/no-redundant-role
    return html`<ol part="dimensions" role="list">
      ${dimensions.map(
        (dimension, index) =>
          html`<li part="dimension" data-position=${positions?.[index] ?? nothing}>
            <mdk-strategy-card part="card" heading=${dimension.title} heading-level=${cardLevel} .points=${dimension.points}></mdk-strategy-card>
          </li>`,
      )}
    </ol>`;
  }

  protected override render() {
    const topic = textOf(this.topic);
    const topics = listEntries(this.topics);
    const dimensions = dimensionEntries(this.dimensions);
    const level =
      topic || dimensions.length > 0 ? resolveHeadingLevel(this, this.headingLevel, defaultHeadingLevel, parentHeadingLevels) : defaultHeadingLevel;
    const ring = ringPositionsFor(dimensions.length) !== undefined;
    return html`<div part="view" class="view" data-layout=${ring ? 'ring' : 'stack'}>
      ${ring ? html`<div part="ring" class="ring" aria-hidden="true"></div>` : nothing}
      <div part="hub" class="hub">
        ${topic ? renderHeading(level, topic) : nothing}
        ${textOf(this.statement) ? this.#renderStatement(topic, topics.length > 0) : nothing}
        ${topics.length > 0
          // Explicit role: Safari drops the list semantics of a list styled with list-style: none.
          // eslint-disable-next-line lit-a11y/no-redundant-role
          ? html`<ul part="topics" role="list">
              ${topics.map((item) => html`<li part="topic-item">${item}</li>`)}
            </ul>`
          : nothing}
      </div>
      ${dimensions.length > 0
        ? // Without a topic heading the cards take its level: the outline never skips one.
          this.#renderDimensions(dimensions, (topic ? level + 1 : level) as HeadingLevel)
        : nothing}
    </div>`;
  }
}

defineElement('mdk-positioning', MdkPositioning);

declare global {
  interface HTMLElementTagNameMap {
    'mdk-positioning': MdkPositioning;
  }
}
