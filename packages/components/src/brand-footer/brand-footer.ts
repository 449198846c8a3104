import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { readAttributeTexts } from '../shared/attribute-text.js';
import { defineElement } from '../shared/define-element.js';
import { warnOnce } from '../shared/dev-warnings.js';
import { LanguageController } from '../shared/language.js';
import { safeUrl } from '../shared/safe-url.js';
import { textOf } from '../shared/text.js';
import { brandFooterStyles } from './brand-footer.styles.js';
import { brandFooterTranslations } from './brand-footer.translations.js';
import { isFooterLink, type BrandFooterLink } from './footer-links.js';
import { jsonArrayConverter } from '../shared/json-array.js';

export type { BrandFooterLink } from './footer-links.js';

/**
 * The page's `contentinfo` landmark: use one per page. It shows the wordmark, the city and the
 * department as text (re-branding is content, never code), an optional logo, and the legal links in
 * a navigation landmark named "Rechtliches" / "Legal". The three links every public site owes —
 * imprint, privacy, accessibility statement — come from `imprint-href`, `privacy-href` and
 * `accessibility-href`, labelled in the page's language ("Impressum", "Datenschutz",
 * "Barrierefreiheit"; "Legal notice", "Privacy", "Accessibility"); any further links follow from `links`,
 * labelled by the author. Each `href` keeps `https:`, `http:`, `mailto:`, `tel:`, relative URLs and
 * `#fragments`; anything else (`javascript:`, `data:`, `vbscript:`) is not a link — its label shows
 * as text — and development builds warn. The footer sits on the page's subtle surface, so its links
 * use the declared link colours.
 *
 * @tagname mdk-brand-footer
 * @summary The page footer: wordmark, city, department and the legal links.
 *
 * @slot logo - The city's logo, e.g. `<img slot="logo" src="…" alt="">` (decorative) or with an `alt` naming it.
 * @slot - Extra content below the links, e.g. a copyright line.
 *
 * @csspart base - The `footer` element, the contentinfo landmark.
 * @csspart brand - Logo, wordmark, city and department.
 * @csspart logo - The wrapper of the logo slot.
 * @csspart wordmark - The wordmark: "München. Digital.".
 * @csspart organisation - City and department.
 * @csspart navigation - The `nav` holding the links.
 * @csspart links - The list of links.
 * @csspart link - Each link.
 * @csspart unsafe-link - The label of a link whose `href` was refused, shown as text.
 * @csspart extra - The wrapper of the default slot.
 *
 * @cssproperty [--mdk-brand-footer-background=var(--mdk-color-surface-subtle)] - Background of the footer.
 * @cssproperty [--mdk-brand-footer-accent-color=var(--mdk-color-border-accent)] - The thick top edge (decorative).
 * @cssproperty [--mdk-brand-footer-logo-height=2.5rem] - Height of the logo; its width follows from its aspect ratio, at most the width available.
 */
export class MdkBrandFooter extends LitElement {
  static override styles = brandFooterStyles;

  /** The city: "Landeshauptstadt München". */
  @property({ useDefault: true })
  city = '';

  /** The department: "IT-Referat". */
  @property({ useDefault: true })
  department = '';

  /** The wordmark, as text: "München. Digital." or "Musterstadt. Digital.". */
  @property({ useDefault: true })
  wordmark = '';

  /** The imprint ("Impressum"), the first legal link. */
  @property({ attribute: 'imprint-href', useDefault: true })
  imprintHref = '';

  /** The privacy notice ("Datenschutz"). */
  @property({ attribute: 'privacy-href', useDefault: true })
  privacyHref = '';

  /** The accessibility statement ("Barrierefreiheit"). */
  @property({ attribute: 'accessibility-href', useDefault: true })
  accessibilityHref = '';

  /**
   * Further links after the legal ones, labelled by the author: a JSON array in the attribute,
   * `links='[{"label": "Kontakt", "href": "/kontakt"}]'`, or the array itself as the property.
   * Malformed JSON gives no links (and a development warning), never an error.
   */
  @property({ converter: jsonArrayConverter })
  links: readonly BrandFooterLink[] | null = [];

  @state()
  private hasLogo = false;

  @state()
  private hasExtra = false;

  readonly #language = new LanguageController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    // Known before the first render, so empty boxes never take room.
    this.hasLogo = this.querySelector(':scope > [slot="logo"]') !== null;
    this.hasExtra = [...this.childNodes].some(
      (node) => (node instanceof Element && !node.hasAttribute('slot')) || (node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== ''),
    );
  }

  /** Every link to show, in order: imprint, privacy, accessibility, then `links`; `href` as given. */
  #entries(): BrandFooterLink[] {
    const words = brandFooterTranslations[this.#language.lang];
    const legal: BrandFooterLink[] = [
      { label: words.imprint, href: textOf(this.imprintHref) },
      { label: words.privacy, href: textOf(this.privacyHref) },
      { label: words.accessibility, href: textOf(this.accessibilityHref) },
    ].filter((entry) => entry.href !== '');
    const extra = Array.isArray(this.links) ? (this.links as unknown[]).filter(isFooterLink) : [];
    return [...legal, ...extra.map((entry) => ({ label: entry.label.trim(), href: entry.href.trim() }))];
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    readAttributeTexts(this);
    // One `if (__MDK_DEV__)` block: production builds drop it and its texts.
    if (__MDK_DEV__) {
      if (changed.has('links')) {
        if (this.links === null || !Array.isArray(this.links)) {
          warnOnce(this, 'links', 'links is not a JSON array of { "label", "href" } objects; no extra links are shown.');
        } else if (!(this.links as unknown[]).every(isFooterLink)) {
          warnOnce(this, 'links-entry', 'links has entries without a text label and href; they are skipped.');
        }
      }
      for (const { label, href } of this.#entries()) {
        if (href !== '' && safeUrl(href) === undefined) {
          warnOnce(this, `href:${href}`, `the link "${label}" has href="${href}", a scheme that is not allowed; it is shown as text.`);
        }
      }
    }
  }

  #onLogoSlotChange(event: Event): void {
    this.hasLogo = (event.target as HTMLSlotElement).assignedElements().length > 0;
  }

  #onDefaultSlotChange(event: Event): void {
    this.hasExtra = (event.target as HTMLSlotElement)
      .assignedNodes()
      .some((node) => node instanceof Element || node.textContent!.trim() !== '');
  }

  #renderLinks() {
    const entries = this.#entries();
    if (entries.length === 0) return nothing;
    const words = brandFooterTranslations[this.#language.lang];
    // Explicit role: Safari drops the list semantics of a list styled with list-style: none.
    /* eslint-disable lit-a11y/no-redundant-role */
    return html`<nav part="navigation" aria-label=${words.legalNavigation}>
      <ul part="links" role="list">
        ${entries.map(({ label, href }) => {
          const safe = safeUrl(href);
          return html`<li>${safe ? html`<a part="link" href=${safe}>${label}</a>` : html`<span part="unsafe-link">${label}</span>`}</li>`;
        })}
      </ul>
    </nav>`;
    /* eslint-enable lit-a11y/no-redundant-role */
  }

  protected override render() {
    const [city, department, wordmark] = [this.city, this.department, this.wordmark].map(textOf);
    // Nothing to show: no empty footer. Hidden rather than left out, so content slotted later is seen.
    const empty = !(city || department || wordmark || this.hasLogo || this.hasExtra || this.#entries().length);
    if (__MDK_DEV__ && empty) warnOnce(this, 'empty', 'has no wordmark, city, department, links or content; it shows nothing.');
    return html`<footer part="base" ?hidden=${empty}>
      <div part="brand">
        <span part="logo" ?hidden=${!this.hasLogo}><slot name="logo" @slotchange=${this.#onLogoSlotChange}></slot></span>
        <div class="texts">
          ${wordmark ? html`<p part="wordmark">${wordmark}</p>` : nothing}${city || department
            ? html`<p part="organisation">
                ${city ? html`<span class="city">${city}</span>` : nothing}${department ? html`<span class="department">${department}</span>` : nothing}
              </p>`
            : nothing}
        </div>
      </div>
      ${this.#renderLinks()}
      <div part="extra" ?hidden=${!this.hasExtra}><slot @slotchange=${this.#onDefaultSlotChange}></slot></div>
    </footer>`;
  }
}

defineElement('mdk-brand-footer', MdkBrandFooter);

declare global {
  interface HTMLElementTagNameMap {
    'mdk-brand-footer': MdkBrandFooter;
  }
}
