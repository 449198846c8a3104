import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '../shared/define-element.js';
import { warnOnce } from '../shared/dev-warnings.js';
import { LanguageController } from '../shared/language.js';
import { safeUrl } from '../shared/safe-url.js';
import { textOf } from '../shared/text.js';
import { brandHeaderStyles } from './brand-header.styles.js';
import { brandHeaderTranslations } from './brand-header.translations.js';

const defaultMainId = 'main';

/**
 * The page's `banner` landmark: use one per page. It opens with a skip link — the page's first tab
 * stop, visually hidden until focused — that moves focus to the element whose id is `main-id`
 * (default "main", normally `<main id="main">` in the light DOM; it gets `tabindex="-1"` if it is not
 * focusable) and follows the link's `#hash`. Below the skip link a brand-filled band shows the logo
 * (slot `logo`), the city, the department and the wordmark, all as text: re-branding is content,
 * never code. With `home-href` the band is one link to the home page, its name the visible text plus
 * "Startseite" / "Home page". `home-href` keeps `https:`, `http:`, `mailto:`, `tel:`, relative URLs
 * and `#fragments`; anything else leaves the brand as text and warns in development builds. The
 * default slot takes the site's navigation, e.g. `<nav aria-label="Hauptnavigation">`, on the page's
 * normal surface below the band. The header is not sticky; if you make it sticky, set
 * `scroll-padding-top` on the document to its height so it never covers the focused element.
 *
 * @tagname mdk-brand-header
 * @summary The page header: skip link, logo, city, department and wordmark, and the site's navigation.
 *
 * @slot logo - The city's logo, e.g. `<img slot="logo" src="…" alt="">` (decorative) or with an `alt` naming it.
 * @slot - The site's navigation, e.g. `<nav aria-label="Hauptnavigation">…</nav>`, shown below the band.
 *
 * @csspart base - The `header` element, the banner landmark.
 * @csspart skip-link - The skip link to the main content.
 * @csspart band - The brand-filled band.
 * @csspart home-link - The link around logo and texts, with `home-href`.
 * @csspart logo - The wrapper of the logo slot.
 * @csspart organisation - City and department.
 * @csspart city - The city: "Landeshauptstadt München".
 * @csspart department - The department: "IT-Referat".
 * @csspart wordmark - The wordmark: "München. Digital.".
 * @csspart navigation - The wrapper of the default slot.
 *
 * @cssproperty [--mdk-brand-header-background=var(--mdk-color-surface-accent)] - Background of the band.
 * @cssproperty [--mdk-brand-header-color=var(--mdk-color-text-on-accent)] - Colour of the texts, links and focus outline in the band.
 * @cssproperty [--mdk-brand-header-logo-height=3rem] - Height of the logo; its width follows from its aspect ratio, at most the width available.
 */
export class MdkBrandHeader extends LitElement {
  static override styles = brandHeaderStyles;

  /** The city: "Landeshauptstadt München". */
  @property({ useDefault: true })
  city = '';

  /** The department: "IT-Referat". */
  @property({ useDefault: true })
  department = '';

  /** The wordmark, as text: "München. Digital." or "Musterstadt. Digital.". */
  @property({ useDefault: true })
  wordmark = '';

  /** The home page: with it, logo and texts are one link. Only `https:`, `http:`, `mailto:`, `tel:`, relative and `#` URLs become a link. */
  @property({ attribute: 'home-href', useDefault: true })
  homeHref = '';

  /** The id of the page's main content, in the light DOM: the skip link's target. Default "main". */
  @property({ attribute: 'main-id', useDefault: true })
  mainId: string = defaultMainId;

  @state()
  private hasLogo = false;

  @state()
  private hasNavigation = false;

  readonly #language = new LanguageController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    // Known before the first render, so empty boxes never take room.
    this.hasLogo = this.querySelector(':scope > [slot="logo"]') !== null;
    this.hasNavigation = [...this.childNodes].some(
      (node) => (node instanceof Element && !node.hasAttribute('slot')) || (node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== ''),
    );
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // One `if (__MDK_DEV__)` block: production builds drop it and its texts.
    if (__MDK_DEV__) {
      const homeHref = textOf(this.homeHref);
      if (changed.has('homeHref') && homeHref !== '' && safeUrl(homeHref) === undefined) {
        warnOnce(this, 'home-href', `home-href="${homeHref}" uses a scheme that is not allowed; the brand is shown as text.`);
      }
      // A default left in place is no change (useDefault), so the first update checks regardless.
      const named = changed.has('wordmark') || changed.has('city');
      if ((!this.hasUpdated || named) && textOf(this.wordmark) === '' && textOf(this.city) === '') {
        warnOnce(this, 'wordmark', 'has neither a wordmark nor a city; the header names no one.');
      }
    }
  }

  #mainId(): string {
    return textOf(this.mainId) || defaultMainId;
  }

  /** The skip link's target: by id in this element's root (the document, or a shadow root it sits in). */
  #mainElement(): HTMLElement | null {
    const root = this.getRootNode() as Document | ShadowRoot;
    const id = this.#mainId();
    const target = typeof root.getElementById === 'function' ? root.getElementById(id) : null;
    return target instanceof HTMLElement ? target : null;
  }

  #onSkip(event: MouseEvent): void {
    const target = this.#mainElement();
    if (target === null) {
      if (__MDK_DEV__) warnOnce(this, 'main-id', `the skip link's target id="${this.#mainId()}" is not in the page; give <main> that id.`);
      return;
    }
    // A `main` is not focusable: tabindex="-1" lets the link move focus there (not into the tab order).
    if (!target.hasAttribute('tabindex') && target.tabIndex < 0) target.setAttribute('tabindex', '-1');
    target.focus();
    // Scrolled by hand instead of following the hash where following it fails: a fragment does not
    // reach into a shadow root, and under a `<base href>` elsewhere (Angular sets one) "#inhalt"
    // resolves against the base — another page, which the browser would load.
    const withoutHash = (url: string) => url.split('#')[0];
    const elsewhere = withoutHash((event.currentTarget as HTMLAnchorElement).href) !== withoutHash(location.href);
    if (elsewhere || !(target.getRootNode() instanceof Document)) {
      event.preventDefault();
      target.scrollIntoView();
    }
  }

  #onLogoSlotChange(event: Event): void {
    this.hasLogo = (event.target as HTMLSlotElement).assignedElements().length > 0;
  }

  #onDefaultSlotChange(event: Event): void {
    this.hasNavigation = (event.target as HTMLSlotElement)
      .assignedNodes()
      .some((node) => node instanceof Element || node.textContent!.trim() !== '');
  }

  #renderBrand() {
    const words = brandHeaderTranslations[this.#language.lang];
    const [city, department, wordmark] = [this.city, this.department, this.wordmark].map(textOf);
    const href = safeUrl(textOf(this.homeHref) || undefined);
    // Spaces sit inside the text bindings: the template minifier drops literal ones, and the home
    // link's name would run the texts together ("IT-ReferatMünchen. Digital.").
    const content = html`<span part="logo" ?hidden=${!this.hasLogo}><slot name="logo" @slotchange=${this.#onLogoSlotChange}></slot></span
      ><span class="texts"
        >${city || department
          ? html`<span part="organisation"
              >${city ? html`<span part="city">${`${city} `}</span>` : nothing}${department
                ? html`<span part="department">${`${department} `}</span>`
                : nothing}</span
            >`
          : nothing}${wordmark ? html`<span part="wordmark">${wordmark}</span>` : nothing}${href
          ? html`<span class="visually-hidden">${` (${words.home})`}</span>`
          : nothing}</span
      >`;
    return href ? html`<a part="home-link" class="brand" href=${href}>${content}</a>` : html`<div class="brand">${content}</div>`;
  }

  protected override render() {
    const words = brandHeaderTranslations[this.#language.lang];
    return html`<header part="base">
      <a part="skip-link" class="skip-link" href=${`#${this.#mainId()}`} @click=${this.#onSkip}>${words.skipLink}</a>
      <div part="band">${this.#renderBrand()}</div>
      <div part="navigation" ?hidden=${!this.hasNavigation}><slot @slotchange=${this.#onDefaultSlotChange}></slot></div>
    </header>`;
  }
}

defineElement('mdk-brand-header', MdkBrandHeader);

declare global {
  interface HTMLElementTagNameMap {
    'mdk-brand-header': MdkBrandHeader;
  }
}
