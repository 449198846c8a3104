import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '../shared/define-element.js';
import { warnOnce } from '../shared/dev-warnings.js';
import { LanguageController } from '../shared/language.js';
import { safeUrl } from '../shared/safe-url.js';
import { citationLetter, citingElements, defaultSourceId, observeCitations } from './citations.js';
import { sourceStyles } from './source.styles.js';
import { sourceListTranslations } from './source-list.translations.js';

interface Citation {
  element: HTMLElement;
  /** "2a": the source number and the citation's letter. */
  reference: string;
}

/**
 * The entry sits in the light DOM with an id (`source-2` unless you give another), so a
 * footnote marker's fragment link reaches it; activating the marker focuses the entry. For each element
 * of the kit in the same document whose `source` is this entry's number, the entry shows a back link
 * named in words ("Zurück zu Verweis 2a") that returns focus to that marker. A citing element without an
 * id gets one (`cite-2a`).
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
  @property({ reflect: true })
  number = '';

  /** Where the source can be read. Only `https:`, `http:`, `mailto:`, `tel:`, relative and `#` URLs become a link. */
  @property()
  href = '';

  @state()
  private citations: Citation[] = [];

  readonly #language = new LanguageController(this);
  #root: Document | ShadowRoot | undefined;
  #stopObserving: (() => void) | undefined;
  #ownDefaultId = '';

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
    this.renderRoot.querySelector<HTMLElement>('.entry')?.focus(options);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('number')) {
      const number = this.number.trim();
      // Keep an author's id; follow the number with the one this element chose.
      if (!this.id || this.id === this.#ownDefaultId) {
        this.#ownDefaultId = number ? defaultSourceId(number) : '';
        this.id = this.#ownDefaultId;
      }
      if (__MDK_DEV__ && number === '') warnOnce(this, 'number', 'has no number; no marker can cite it.');
      this.#collectCitations();
    }
    if (__MDK_DEV__ && changed.has('href') && this.href.trim() !== '' && safeUrl(this.href) === undefined) {
      warnOnce(this, 'href', `href="${this.href}" uses a scheme that is not allowed; the source is shown as text.`);
    }
  }

  readonly #collectCitations = (): void => {
    const number = this.number.trim();
    const root = this.#root;
    if (root === undefined || number === '') {
      this.citations = [];
      return;
    }
    const citations = citingElements(root, number).map((element, index) => {
      const reference = `${number}${citationLetter(index)}`;
      if (!element.id) element.id = `cite-${reference}`;
      return { element, reference };
    });
    // Re-render only on a real change: giving ids above is itself a mutation the observer reports.
    const unchanged =
      citations.length === this.citations.length &&
      citations.every((citation, index) => citation.element === this.citations[index]?.element);
    if (!unchanged) this.citations = citations;
  };

  /** Like a marker: let the fragment navigation run, then put focus on the citing marker. */
  #returnToCitation(citation: Citation): void {
    setTimeout(() => citation.element.focus());
  }

  #renderBackLinks() {
    if (this.citations.length === 0) return nothing;
    const words = sourceListTranslations[this.#language.lang];
    return html`<span class="back-links" part="back-links"
      >${this.citations.map(
        (citation) =>
          html`${" "}<a class="back-link" href="#${citation.element.id}" @click=${() => this.#returnToCitation(citation)}
            ><span aria-hidden="true">↑</span><span class="visually-hidden">${words.backToReference} </span
            >${citation.reference}</a
          >`,
      )}</span
    >`;
  }

  protected override render() {
    const href = safeUrl(this.href.trim() || undefined);
    return html`<div class="entry" part="entry" tabindex="-1">
      <span class="number" part="number">${this.number}</span>
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
