import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { citationScopeAttribute, uniqueId } from '../shared/citations.js';
import { readAttributeTexts } from '../shared/attribute-text.js';
import { defineElement } from '../shared/define-element.js';
import { warnOnce } from '../shared/dev-warnings.js';
import { renderHeading, resolveHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import { resolveLanguage } from '../shared/language.js';
import { textOf } from '../shared/text.js';
import { deckTranslations } from './deck.translations.js';
import { slideStyles } from './slide.styles.js';
import { numberAttributeConverter } from '../shared/number-attribute.js';

const umlauts: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** "Souveräner Staat?" → "souveraener-staat": a fragment id a person can read in the address bar. */
function slugOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[äöüß]/g, (letter) => umlauts[letter]!)
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 48)
    .replace(/^-+|-+$/g, '');
}

/**
 * One slide of an `<mdk-deck>`. The heading comes from the `heading` attribute (text, rendered as a
 * real heading of `heading-level`, default 2), not from a slotted element: the deck needs its text for
 * the announcement "Folie 3 von 17: Titel", and `focus()` moves focus to it. The slide element itself
 * stays in the light DOM with an id, so `#fragment` links and the deck's hash reach it: its own `id`,
 * else one made from the heading ("Souveräner Staat?" → `souveraener-staat`), else `folie-3` /
 * `slide-3` — unique in the page (`-2`, `-3`, … when taken) and never changed once given. The slide is
 * a citation scope (`data-mdk-citation-scope`): footnote markers pair with the sources in the same slide.
 *
 * @tagname mdk-slide
 * @summary One slide: a heading and the slide's content, with an id that links can reach.
 *
 * @slot - The slide's content: kit components, paragraphs, lists, a source list.
 *
 * @csspart base - The slide's card: edge, background and spacing.
 * @csspart heading - The slide's heading.
 * @csspart content - The wrapper of the default slot.
 *
 * @cssproperty [--mdk-slide-background=var(--mdk-color-surface-raised)] - Background of the slide.
 * @cssproperty [--mdk-slide-heading-size=var(--mdk-font-size-2xl)] - Font size of the heading.
 */
export class MdkSlide extends LitElement {
  static override styles = slideStyles;

  /** The slide's heading, as plain text: "Digitalisierung in München bedeutet …". */
  @property({ useDefault: true })
  heading = '';

  /** The heading's level in the page's outline, 1 to 6; default 2 (below the page's `h1`). */
  @property({ attribute: 'heading-level', converter: numberAttributeConverter, useDefault: true })
  headingLevel: HeadingLevel = 2;

  override connectedCallback(): void {
    super.connectedCallback();
    this.setAttribute(citationScopeAttribute, '');
    // A heading from the markup is known now: the id is there before the first render.
    if (textOf(this.heading)) this.#giveId();
  }

  protected override willUpdate(): void {
    readAttributeTexts(this);
    // A heading set as a property once the slide is in the page (React's wrappers do that) is known
    // by the first update: the id is made from it then, not from the slide's position.
    if (!this.hasUpdated) this.#giveId();
  }

  /** Gives the slide an id unless it has one: from its heading, else from its position. */
  #giveId(): void {
    if (this.id) return;
    const root = this.getRootNode() as Document | ShadowRoot;
    const siblings = [...(this.parentElement?.children ?? [])].filter((element) => element.localName === this.localName);
    const base = slugOf(textOf(this.heading)) || `${deckTranslations[resolveLanguage(this)].slideId}-${siblings.indexOf(this) + 1}`;
    this.id = typeof root.getElementById === 'function' ? uniqueId(root, base, this) : base;
  }

  /** Moves focus to the slide's heading (or, without one, to the slide's card), not into the tab order. */
  override focus(options?: FocusOptions): void {
    // Asked before its first render (a deck following the address's hash on load): focus once rendered.
    if (!this.hasUpdated) {
      void this.updateComplete.then(() => this.focus(options));
      return;
    }
    const target = this.renderRoot.querySelector<HTMLElement>('.heading') ?? this.renderRoot.querySelector<HTMLElement>('[part=base]');
    if (target === null) return;
    target.tabIndex = -1;
    target.focus(options);
  }

  protected override render() {
    const heading = textOf(this.heading);
    if (__MDK_DEV__ && heading === '') warnOnce(this, 'heading', 'has no heading; the slide is missing from the outline and its change is announced by number only.');
    return html`<div part="base">
      ${heading ? renderHeading(resolveHeadingLevel(this, this.headingLevel, 2), heading) : nothing}
      <div part="content"><slot></slot></div>
    </div>`;
  }
}

defineElement('mdk-slide', MdkSlide);

declare global {
  interface HTMLElementTagNameMap {
    'mdk-slide': MdkSlide;
  }
}
