import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { readAttributeTexts } from '../shared/attribute-text.js';
import { defineElement } from '../shared/define-element.js';
import { warnOnce } from '../shared/dev-warnings.js';
import { renderHeading, resolveHeadingLevel, sectionHeadingLevels, type SectionHeadingLevel } from '../shared/heading.js';
import { jsonArrayConverter, warnAboutList } from '../shared/json-array.js';
import { listEntries } from '../shared/string-list.js';
import { textOf } from '../shared/text.js';
import { strategyCardStyles } from './strategy-card.styles.js';
import { numberAttributeConverter } from '../shared/number-attribute.js';

const defaultHeadingLevel: SectionHeadingLevel = 3;

/**
 * Read as an article named by its heading, then a list of its points ("Menschen, Artikel",
 * "Menschen, Überschrift Ebene 3", "Liste, 3 Einträge"). The heading sits one level below the
 * heading of the group the card belongs to, so `heading-level` comes from the page (default 3).
 * Points are texts, never markup; a malformed `points` attribute shows no points and warns in
 * development instead of throwing.
 *
 * @tagname mdk-strategy-card
 * @summary A titled card with bullet points: one dimension of a strategy, one pillar of a plan.
 *
 * @slot icon - An optional pictogram above the heading. Decorative: it is hidden from assistive technology.
 *
 * @csspart base - The card's box: the `article`.
 * @csspart icon - The wrapper of the icon slot.
 * @csspart heading - The heading.
 * @csspart points - The list of points.
 * @csspart point - One point.
 *
 * @cssproperty [--mdk-strategy-card-background=var(--mdk-color-surface-raised)] - Background of the card.
 * @cssproperty [--mdk-strategy-card-border-color=var(--mdk-color-border-decorative)] - The card's thin edge (decorative).
 * @cssproperty [--mdk-strategy-card-accent-color=var(--mdk-color-border-accent)] - The card's thick bottom edge (decorative).
 * @cssproperty [--mdk-strategy-card-heading-color=var(--mdk-color-text-heading)] - Colour of the heading.
 * @cssproperty [--mdk-strategy-card-icon-color=var(--mdk-color-accent-default)] - Colour of the icon and the bullets.
 */
export class MdkStrategyCard extends LitElement {
  static override styles = strategyCardStyles;

  /** The card's title: "Menschen". Required: it names the card for assistive technology. */
  @property({ useDefault: true })
  heading = '';

  /** The heading's level in the page's outline, 2 to 6: one below the heading of the card's group. */
  @property({ attribute: 'heading-level', converter: numberAttributeConverter, reflect: true, useDefault: true })
  headingLevel: SectionHeadingLevel = defaultHeadingLevel;

  /**
   * The bullet points, as texts. As an attribute, a JSON array of strings:
   * `points='["Kultur des Erprobens und Testens", "Befähigen statt ersetzen"]'`. An entry that is no
   * text, or blank, is left out; a malformed attribute shows no points.
   */
  @property({ converter: jsonArrayConverter })
  points: string[] | null = [];

  protected override willUpdate(changed: PropertyValues<this>): void {
    readAttributeTexts(this);
    if (!__MDK_DEV__) return;
    if (changed.has('points')) warnAboutList(this, 'points', this.points, listEntries(this.points).length, 'texts', 'points=\'["Erster Punkt", "Zweiter Punkt"]\'');
    // A default left in place is no change (useDefault), so the first update checks regardless.
    if ((!this.hasUpdated || changed.has('heading')) && textOf(this.heading) === '') {
      warnOnce(this, 'heading', 'has no heading; a card needs one to be named.');
    }
  }

  #headingLevel(): SectionHeadingLevel {
    return resolveHeadingLevel(this, this.headingLevel, defaultHeadingLevel, sectionHeadingLevels);
  }

  protected override render() {
    const heading = textOf(this.heading);
    const points = listEntries(this.points);
    // Neither heading nor points: no empty card (an icon alone is decoration).
    if (!heading && points.length === 0) return nothing;
    // The id stays inside this shadow root, where aria-labelledby can reach it.
    return html`<article part="base" aria-labelledby=${heading ? 'title' : nothing}>
      <span part="icon" aria-hidden="true"><slot name="icon"></slot></span>
      ${heading ? html`<div id="title">${renderHeading(this.#headingLevel(), heading)}</div>` : nothing}
      ${points.length > 0
        ? html`<ul part="points">
            ${points.map((point) => html`<li part="point">${point}</li>`)}
          </ul>`
        : nothing}
    </article>`;
  }
}

defineElement('mdk-strategy-card', MdkStrategyCard);

declare global {
  interface HTMLElementTagNameMap {
    'mdk-strategy-card': MdkStrategyCard;
  }
}
