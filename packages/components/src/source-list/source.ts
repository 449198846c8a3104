import { html, LitElement, nothing, type PropertyValues, type ReactiveElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '../shared/define-element.js';
import { warnOnce } from '../shared/dev-warnings.js';
import { LanguageController } from '../shared/language.js';
import { safeUrl } from '../shared/safe-url.js';
import { textOf } from '../shared/text.js';
import { citationLetter, citationScope, citingElements, followFootnoteLink, observeCitations, uniqueId } from '../shared/citations.js';
import { sourceStyles } from './source.styles.js';
import { sourceListTranslations } from './source-list.translations.js';

interface Citation {
  element: HTMLElement;
  /** The citing element's id, the back link's target. */
  id: string;
  /** "2a": the source number and the citation's letter. */
  reference: string;
}

/**
 * The entry sits in the light DOM with an id (`source-2` unless you give another, or `source-2-2` when
 * the page has one already), so a footnote marker's fragment link reaches it; activating the marker
 * focuses the entry. For each key figure in the same citation scope (the nearest
 * `[data-mdk-citation-scope]`, else the document) whose `source` is this entry's number, the entry shows
 * a back link named in words ("Zurück zu Verweis 2a") that returns focus to that marker. A citing
 * element without an id gets one (`cite-2a`).
 *
 * @tagname mdk-source
 * @summary One numbered source in an `<mdk-source-list>`, with a back link to every figure that cites it.
 *
 * @slot - The source as text: "Landeshauptstadt München".
 *
 * @csspart entry - The entry's box, which takes focus from a marker.
 * @csspart number - The source's number.
 * @csspart text - The source's text, a link when `href` is set.
 * @csspart back-links - The back links to the citing figures.
 *
 * @cssproperty [--mdk-source-number-color=var(--mdk-color-accent-default)] - Colour of the number.
 */
export class MdkSource extends LitElement {
  static override styles = sourceStyles;

  /** The number that markers cite: `source="2"` on a tile links here. */
  @property({ reflect: true, useDefault: true })
  number = '';

  /** Where the source can be read. Only `https:`, `http:`, `mailto:`, `tel:`, relative and `#` URLs become a link. */
  @property({ useDefault: true })
  href = '';

  @state()
  private citations: Citation[] = [];

  readonly #language = new LanguageController(this);
  #root: Document | ShadowRoot | undefined;
  #stopObserving: (() => void) | undefined;
  /** The id this element gave itself; an author's own id is never replaced. */
  #ownId = '';

  override connectedCallback(): void {
    super.connectedCallback();
    const root = this.getRootNode();
    if (root instanceof Document || root instanceof ShadowRoot) {
      this.#root = root;
      this.#stopObserving = observeCitations(root, this.#collectCitations);
      this.#collectCitations();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopObserving?.();
    this.#root = undefined;
  }

  /**
   * Focuses the entry, as a footnote marker does. The focus lands on the entry's wrapper, which only
   * script can focus: a negative tabindex on the host would take its links out of the tab order.
   */
  override focus(options?: FocusOptions): void {
    this.renderRoot?.querySelector<HTMLElement>('.entry')?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('number')) {
      const number = textOf(this.number);
      if (__MDK_DEV__ && number === '') warnOnce(this, 'number', 'has no number; no marker can cite it.');
      this.#assignOwnId(number);
      this.#collectCitations();
    }
    if (__MDK_DEV__ && changed.has('href') && textOf(this.href) !== '' && safeUrl(textOf(this.href)) === undefined) {
      warnOnce(this, 'href', `href="${this.href}" uses a scheme that is not allowed; the source is shown as text.`);
    }
  }

  /** Gives the entry an id for its number, unique in the page, unless its author gave one. */
  #assignOwnId(number: string): void {
    if (this.id && this.id !== this.#ownId) return;
    this.#ownId = number && this.#root ? uniqueId(this.#root, `source-${number}`, this) : '';
    if (this.id === this.#ownId) return;
    if (this.#ownId) this.id = this.#ownId;
    else this.removeAttribute('id');
    // Markers rendered before this id existed point at the default one: let them look again.
    for (const citation of this.citations) (citation.element as Partial<ReactiveElement>).requestUpdate?.();
  }

  readonly #collectCitations = (): void => {
    const number = textOf(this.number);
    const root = this.#root;
    if (root === undefined || number === '') {
      this.citations = [];
      return;
    }
    const citations = citingElements(citationScope(this), number).map((element, index) => {
      const reference = `${number}${citationLetter(index)}`;
      if (!element.id) element.id = uniqueId(root, `cite-${reference}`, element);
      return { element, id: element.id, reference };
    });
    // Re-render only on a real change: giving ids above is itself a mutation the observer reports.
    const unchanged =
      citations.length === this.citations.length &&
      citations.every((citation, index) => {
        const previous = this.citations[index];
        return citation.element === previous?.element && citation.id === previous.id && citation.reference === previous.reference;
      });
    if (!unchanged) this.citations = citations;
  };

  #renderBackLinks() {
    if (this.citations.length === 0) return nothing;
    const words = sourceListTranslations[this.#language.lang];
    return html`<span class="back-links" part="back-links"
      >${this.citations.map(
        (citation) =>
          html`${" "}<a class="back-link" href="#${citation.id}" @click=${(event: Event) => followFootnoteLink(event, citation.element)}
            ><span aria-hidden="true">↑</span><span class="visually-hidden">${words.backToReference} </span
            >${citation.reference}</a
          >`,
      )}</span
    >`;
  }

  protected override render() {
    const href = safeUrl(textOf(this.href) || undefined);
    return html`<div class="entry" part="entry" tabindex="-1">
      <span class="number" part="number">${textOf(this.number)}</span>
      <span class="body"
        ><span class="text" part="text">${href ? html`<a href=${href}><slot></slot></a>` : html`<slot></slot>`}</span
        >${this.#renderBackLinks()}</span
      >
    </div>`;
  }
}

defineElement('mdk-source', MdkSource);

declare global {
  interface HTMLElementTagNameMap {
    'mdk-source': MdkSource;
  }
}
