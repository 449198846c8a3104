import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { defineElement } from '../shared/define-element.js';
import { warnOnce } from '../shared/dev-warnings.js';
import { LanguageController } from '../shared/language.js';
import { textOf } from '../shared/text.js';
import { deckStyles } from './deck.styles.js';
import { deckTranslations, type DeckTranslation } from './deck.translations.js';
import { MdkModeChangeEvent, MdkSlideChangeEvent } from './deck.events.js';
import { deckModes, defaultDeckMode, type DeckMode } from './deck.types.js';
import type { MdkSlide } from './slide.js';

type Root = Document | ShadowRoot;

/**
 * Where keys belong to the focused element: native fields and players, which do not cancel the keys
 * they use. Widgets with arrow keys of their own (tabs, menus, sliders) cancel them (`preventDefault`),
 * and the deck leaves a cancelled key alone.
 */
const ownKeys = 'input,select,textarea,video,audio';
/** Elements that Space activates: Space on them is theirs, never a slide change. */
const spaceActivates = 'button,a[href],summary,[role=button]';

/** The keys that scroll a page up or down: while the slide goes on past the screen's edge, they scroll it first. */
const scrollingKeys = new Set(['ArrowDown', 'PageDown', ' ', 'ArrowUp', 'PageUp']);

/** How far a key moves: Home and End as far as there are slides (the position is clamped). */
const keySteps: Record<string, number> = {
  ArrowRight: 1,
  ArrowDown: 1,
  PageDown: 1,
  ' ': 1,
  ArrowLeft: -1,
  ArrowUp: -1,
  PageUp: -1,
  Home: -Infinity,
  End: Infinity,
};

/**
 * A slide deck of `<mdk-slide>` children (light DOM), in two modes. The **overview** (the default, and
 * what a page shows without JavaScript) is one document: every slide with its heading, printable. While
 * **presenting** (`mode="present"`) one slide is shown; the others are `inert` and hidden, so neither
 * Tab nor a screen reader reaches them. A toggle button switches the modes.
 *
 * Presenting: previous/next buttons and a position "3 / 17" below the slide; keys →, ↓, Page Down and
 * Space (next), ←, ↑, Page Up and Shift+Space (previous), Home and End (a slide taller than the screen is
 * scrolled first by all but → and ←, as on a page) — only when focus is in the deck (or on no element:
 * then the first presenting deck of the page, or the one in full screen, takes them), never in a form
 * field or a widget with arrow keys of its own, never with Alt, Ctrl or Meta (nor Shift, but for Space), and Space never on a
 * button or link. "?" (focus in the deck) or the "Tastenkürzel" button opens a modal help listing the
 * keys; Esc closes it and focus returns. A change is announced in a polite status region that is always
 * there: "Folie 3 von 17: Titel", never the slide's content. Focus moves to the new slide's heading only
 * when it was inside the slide that left (it would otherwise fall to the page) or when the hash chose the
 * slide — then the heading reads the title, and while presenting the status only the position
 * ("Folie 3 von 17"). The address's hash follows the current slide (`history.replaceState`: no
 * scrolling, no history entries); opening the page with `#slide-id`, or a
 * `hashchange` to it, shows and focuses that slide. A full-screen button (where the Fullscreen API is
 * allowed) puts the deck in full screen and turns into "Vollbild beenden"; the change is announced.
 *
 * Print: every slide, each from a new page, at 60 % of its screen size (`--mdk-deck-print-zoom`) so a
 * full slide fits, with its coloured bands kept (one that still does not fit goes on over the next page
 * rather than lose its end), no controls. `prefers-reduced-motion: reduce` turns transitions off.
 *
 * @tagname mdk-deck
 * @summary A slide deck: present one slide at a time by keyboard or buttons, or read every slide as one document.
 *
 * @slot - The slides: `<mdk-slide>` elements.
 *
 * @csspart base - The deck: a region named by `label`.
 * @csspart toolbar - The buttons above the slides: mode, full screen, keyboard help.
 * @csspart button - Every button of the deck.
 * @csspart mode-button - The toggle between presenting and the overview.
 * @csspart fullscreen-button - Enters and leaves full screen.
 * @csspart help-button - Opens the keyboard help.
 * @csspart stage - The wrapper of the slides.
 * @csspart controls - Previous, position and next, below the slide while presenting.
 * @csspart previous-button - The previous slide.
 * @csspart next-button - The next slide.
 * @csspart position - "3 / 17".
 * @csspart status - The visually hidden status region that announces changes.
 * @csspart help - The keyboard help dialog.
 * @csspart close-button - Closes the keyboard help.
 *
 * @cssproperty [--mdk-deck-transition-duration=200ms] - Duration of the incoming slide's rise into place and of the buttons' hover colour; `0s` under `prefers-reduced-motion: reduce`.
 * @cssproperty [--mdk-deck-slide-min-height=min(70vh, 40rem)] - Least height of the slide while presenting.
 * @cssproperty [--mdk-deck-print-zoom=0.6] - How large a printed slide is, relative to the screen: small enough that a full slide fits a page.
 *
 * @fires {MdkSlideChangeEvent} mdk-slide-change - Another slide became the current one: `index` (from 0) and `slide`.
 * @fires {MdkModeChangeEvent} mdk-mode-change - The toggle button switched the mode: `mode`.
 */
export class MdkDeck extends LitElement {
  static override styles = deckStyles;

  /** `overview` (default): every slide, one document. `present`: one slide at a time. Anything else shows the overview. */
  @property({ reflect: true, useDefault: true })
  mode: DeckMode = defaultDeckMode;

  /** The deck's name, e.g. the talk's title; default "Präsentation" / "Presentation". */
  @property({ useDefault: true })
  label = '';

  @state()
  private current = 0;

  @state()
  private announcement = '';

  @state()
  private fullscreen = false;

  readonly #language = new LanguageController(this);
  #helpTrigger: HTMLElement | null = null;
  /** The slide shown as the current one: kept by element, so that slides added or removed before it do not change it. */
  #currentSlide: MdkSlide | undefined;
  /** True until the address's hash has been looked for among the slides, once they are there (they may arrive late). */
  #awaitingHash = true;
  /**
   * Where focus is in the deck: the element that took it (the deck itself for its own buttons), until
   * focus moves on to an element outside. A removed element takes focus with it to the page without
   * a focus event, so this is how the deck knows that focus was in a slide that went.
   */
  #lastFocused: Node | null = null;
  readonly #noteFocus = (event: FocusEvent): void => {
    this.#lastFocused = event.target as Node;
  };
  readonly #noteFocusLeaving = (event: FocusEvent): void => {
    const next = event.relatedTarget as Node | null;
    if (next && !this.contains(next)) this.#lastFocused = null;
  };

  constructor() {
    super();
    this.addEventListener('focusin', this.#noteFocus);
    this.addEventListener('focusout', this.#noteFocusLeaving);
  }

  /** The slides, in order: the `<mdk-slide>` children. */
  get slides(): MdkSlide[] {
    return [...this.children].filter((element): element is MdkSlide => element.localName === 'mdk-slide');
  }

  /** The current slide's position, from 0. */
  get currentIndex(): number {
    return this.current;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.#onKeyDown);
    document.addEventListener('fullscreenchange', this.#onFullscreenChange);
    window.addEventListener('hashchange', this.#followHash);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    document.removeEventListener('keydown', this.#onKeyDown);
    document.removeEventListener('fullscreenchange', this.#onFullscreenChange);
    window.removeEventListener('hashchange', this.#followHash);
  }

  /** Shows the next slide. */
  next(): void {
    this.#show(this.current + 1);
  }

  /** Shows the previous slide. */
  previous(): void {
    this.#show(this.current - 1);
  }

  /** Shows the slide at `target` (from 0, clamped) or with the id `target`; an unknown id does nothing. */
  goTo(target: number | string): void {
    const index = typeof target === 'string' ? this.slides.findIndex((slide) => slide.id === target) : target;
    if (typeof target === 'number' || index >= 0) this.#show(index);
  }

  #present(): boolean {
    return textOf(this.mode).toLowerCase() === 'present';
  }

  /** "Folie 3 von 17: Titel", or without the heading ("Folie 3 von 17") when it has been heard already. */
  #describe(index: number, total: number, words = deckTranslations[this.#language.lang], withHeading = true): string {
    const heading = withHeading && textOf(this.slides[index]?.heading);
    return words.position(index + 1, total) + (heading ? `: ${heading}` : '');
  }

  /**
   * Replaces the hash with the slide's id: no history entry, no scrolling. The URL is this page's
   * with a new hash, not "#id", which a `<base href>` (Angular sets one) would turn into another path.
   */
  #setHash(slide: MdkSlide | undefined): void {
    if (!slide || location.hash === `#${slide.id}`) return;
    const url = new URL(location.href);
    url.hash = slide.id;
    history.replaceState(history.state, '', url);
  }

  #show(target: number, options: { focus?: boolean; fromHash?: boolean; quiet?: boolean } = {}): void {
    const slides = this.slides;
    if (slides.length === 0 || Number.isNaN(target)) return;
    const index = Math.max(0, Math.min(Math.trunc(target), slides.length - 1));
    const previous = this.#currentSlide ?? slides[this.current];
    const slide = slides[index]!;
    const active = (this.getRootNode() as Root).activeElement;
    const changed = slide !== previous;
    // Focus in the slide that leaves would fall to the page: take it to the new slide's heading.
    const focus = options.focus || (changed && this.#present() && active !== null && previous?.contains(active) === true);
    this.current = index;
    this.#currentSlide = slide;
    if (this.#present()) {
      this.#syncSlides();
      if (!options.fromHash) this.#setHash(slide);
    }
    if (focus) slide.focus();
    // Focus on the new heading reads its title; the status says where that is ("Folie 4 von 13"), and
    // is never left saying a slide that is gone (browse mode reads the status region as text).
    if (!options.quiet) this.announcement = this.#describe(index, slides.length, deckTranslations[this.#language.lang], !focus);
    if (changed) {
      const event = new MdkSlideChangeEvent(index, slide);
      this.dispatchEvent(event);
    }
  }

  /** While presenting, every slide but the current one is inert (and hidden by the styles). */
  #syncSlides(): void {
    const present = this.#present();
    this.slides.forEach((slide, index) => {
      slide.inert = present && index !== this.current;
    });
  }

  /** Shows the slide that the address's hash names, or the slide holding the element it names. */
  readonly #followHash = (): void => {
    let id = location.hash.slice(1);
    try {
      id = decodeURIComponent(id);
    } catch {
      // A malformed escape: look the id up as written.
    }
    const root = this.getRootNode() as Partial<Root>;
    const target = id && typeof root.getElementById === 'function' ? root.getElementById(id) : null;
    const slide = target?.closest('mdk-slide');
    const index = slide ? this.slides.indexOf(slide) : -1;
    if (index < 0) return;
    // A link to something inside the slide shown (a footnote, its way back) changes no slide; in the
    // overview every slide is shown. Neither is announced as a slide change.
    const quiet = !this.#present() || slide === this.#currentSlide;
    this.#show(index, { focus: target === slide, fromHash: true, quiet });
  };

  readonly #onSlotChange = (): void => {
    this.requestUpdate();
    const slides = this.slides;
    const shown = this.#currentSlide;
    if (!shown) {
      // The slides' first arrival: the current one is the first (or the one the hash names, below).
      this.#currentSlide = slides[Math.min(this.current, slides.length - 1)];
    } else if (slides.length > 0) {
      const position = slides.indexOf(shown);
      // Slides added or removed before it: the same slide stays current, at its new position.
      if (position >= 0) this.current = position;
      // The current slide itself was removed: the one now in its place (or the last) is current, and
      // listeners hear so. Said aloud only while presenting: an editor's preview changes all the time.
      // Focus that went with it to the page is taken to the new current slide.
      else {
        // Not when this document has lost focus altogether (to the page around a frame, another window).
        const focusFell = shown.contains(this.#lastFocused) && document.hasFocus() && (!document.activeElement || document.activeElement === document.body);
        this.#show(this.current, { quiet: !this.#present(), focus: focusFell });
      }
    }
    // Once only: slides added later (an editor's preview) must not pull focus to the hash's slide.
    if (this.#awaitingHash && this.slides.length > 0) {
      this.#awaitingHash = false;
      // A slide without an id takes one by its first update (from a heading a framework set after
      // inserting it): the hash is looked up once every slide has one.
      void Promise.all(this.slides.map((slide) => slide.updateComplete)).then(this.#followHash);
    }
  };

  /** The deck that takes keys pressed while no element has focus: the one in full screen, else the page's first presenting deck. */
  #takesUnfocusedKeys(): boolean {
    const root = this.getRootNode() as Root;
    const active = document.activeElement;
    if (active !== null && active !== document.body) return false;
    if (root.fullscreenElement) return root.fullscreenElement === this;
    return [...root.querySelectorAll('mdk-deck')].find((deck) => deck instanceof MdkDeck && deck.#present()) === this;
  }

  readonly #onKeyDown = (event: KeyboardEvent): void => {
    if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey || !this.#present() || this.#dialog()?.open) return;
    const path = event.composedPath();
    const inside = path.includes(this);
    if (!inside && !this.#takesUnfocusedKeys()) return;
    const target = path[0];
    if (target instanceof HTMLElement && (target.isContentEditable || target.closest(ownKeys))) return;
    const { key } = event;
    // "?" is a character key (WCAG 2.1.4): it acts only while focus is in the deck.
    if (key === '?') {
      if (!inside) return;
      event.preventDefault();
      this.#openHelp(target as HTMLElement);
      return;
    }
    // Shift+Space goes back, as it scrolls back on a page; Shift with any other key selects text.
    if (event.shiftKey && key !== ' ') return;
    const step = event.shiftKey ? -1 : keySteps[key];
    if (step === undefined || (key === ' ' && target instanceof Element && target.closest(spaceActivates))) return;
    // A slide taller than the screen: the key scrolls, as on a page, so a keyboard (or a clicker, which
    // sends Page Down) reaches all of it; at its end the next key turns the slide.
    if (scrollingKeys.has(key) && this.#goesOn(step)) return;
    event.preventDefault();
    this.#show(this.current + step);
  };

  /**
   * Whether the deck (its slide and controls) goes on past the lower edge of what is seen (`step`
   * forward) or the upper edge (back): of the screen, or of the deck itself in full screen. The page
   * around the deck does not count: its other content is no reason to keep a slide.
   */
  #goesOn(step: number): boolean {
    const content = this.renderRoot.querySelector('[part="base"]')?.getBoundingClientRect();
    if (!content) return false;
    const seen = this.matches(':fullscreen') ? this.getBoundingClientRect() : { top: 0, bottom: innerHeight };
    return step > 0 ? content.bottom > seen.bottom + 1 : content.top < seen.top - 1;
  }

  #dialog(): HTMLDialogElement | null {
    return this.renderRoot?.querySelector('dialog') ?? null;
  }

  #openHelp(trigger: HTMLElement): void {
    const dialog = this.#dialog();
    if (dialog === null || dialog.open) return;
    this.#helpTrigger = trigger;
    dialog.showModal();
  }

  readonly #onHelpClose = (): void => {
    this.#helpTrigger?.focus();
    this.#helpTrigger = null;
  };

  readonly #toggleMode = (): void => {
    const mode: DeckMode = this.#present() ? 'overview' : 'present';
    this.mode = mode;
    // The address names the slide shown. Only here: a page that sets the mode may set the hash itself.
    if (mode === 'present') this.#setHash(this.slides[this.current]);
    const event = new MdkModeChangeEvent(mode);
    this.dispatchEvent(event);
  };

  /** Whether the last update presented; undefined before the first. */
  #presented: boolean | undefined;

  /**
   * Says that the mode changed — by the deck's button or by the page (an app's own "Präsentieren")
   * alike: Esc in full screen is the browser's, so a person must hear which mode they are in. A page
   * that moves focus to the current slide's heading as it starts presenting (in the same task as it
   * sets `mode`) has had the heading read out already: then the position is said without it. Focus
   * on a link inside the slide's content does not count: that heading has not been read.
   */
  #announceModeChange(): void {
    const present = this.#present();
    const changed = this.#presented !== undefined && present !== this.#presented;
    this.#presented = present;
    if (!changed) return;
    const words = deckTranslations[this.#language.lang];
    const total = this.slides.length;
    if (present) {
      // Focus on the slide's heading (in its shadow root) shows here as the slide element itself.
      const headingHeard = (this.getRootNode() as Root).activeElement === this.slides[this.current];
      this.announcement = total ? `${words.presenting}. ${this.#describe(this.current, total, words, !headingHeard)}` : words.presenting;
    } else {
      this.announcement = words.showingAll(total);
    }
  }

  readonly #toggleFullscreen = (): void => {
    if ((this.getRootNode() as Root).fullscreenElement === this) void document.exitFullscreen();
    // Refused without a user's click (or by the page's permissions): the deck simply stays as it is.
    else void this.requestFullscreen().catch(() => {});
  };

  readonly #onFullscreenChange = (): void => {
    const fullscreen = (this.getRootNode() as Root).fullscreenElement === this;
    if (fullscreen === this.fullscreen) return;
    this.fullscreen = fullscreen;
    const words = deckTranslations[this.#language.lang];
    this.announcement = fullscreen ? words.fullscreenOn : words.fullscreenOff;
  };

  protected override willUpdate(changed: PropertyValues<this>): void {
    this.current = Math.max(0, Math.min(this.current, this.slides.length - 1));
    this.#announceModeChange();
    if (__MDK_DEV__ && changed.has('mode')) {
      const mode = textOf(this.mode).toLowerCase();
      if (mode !== '' && !(deckModes as readonly string[]).includes(mode)) {
        warnOnce(this, 'mode', `mode="${String(this.mode)}" is not one of ${deckModes.join(', ')}; the overview is shown.`);
      }
    }
  }

  protected override firstUpdated(): void {
    if (__MDK_DEV__ && this.slides.length === 0) warnOnce(this, 'slides', 'has no <mdk-slide> children; it shows nothing.');
  }

  protected override updated(): void {
    this.#syncSlides();
  }

  #renderControls(words: DeckTranslation, total: number) {
    const index = this.current;
    return html`<div part="controls">
      <button part="button previous-button" type="button" aria-disabled=${index === 0} @click=${this.previous}>${words.previous}</button>
      <p part="position"
        ><span class="visually-hidden">${words.position(index + 1, total)}</span><span aria-hidden="true">${index + 1} / ${total}</span></p
      >
      <button part="button next-button" type="button" aria-disabled=${index === total - 1} @click=${this.next}>${words.next}</button>
    </div>`;
  }

  protected override render() {
    const words = deckTranslations[this.#language.lang];
    const present = this.#present();
    const total = this.slides.length;
    const fullscreenAllowed = this.fullscreen || (document.fullscreenEnabled && typeof this.requestFullscreen === 'function');
    // Without slides the deck shows nothing, not a toolbar of buttons for nothing. Hidden rather than
    // left out, so slides added later are seen.
    return html`<section part="base" class=${present ? 'present' : 'overview'} aria-label=${textOf(this.label) || words.deck} ?hidden=${total === 0}>
      <div part="toolbar">
        <button part="button mode-button" type="button" @click=${this.#toggleMode}>${present ? words.overview : words.present}</button>
        ${fullscreenAllowed
          ? html`<button part="button fullscreen-button" type="button" @click=${this.#toggleFullscreen}>
              ${this.fullscreen ? words.exitFullscreen : words.fullscreen}
            </button>`
          : nothing}
        ${present
          ? html`<button part="button help-button" type="button" aria-haspopup="dialog" @click=${(event: Event) => this.#openHelp(event.currentTarget as HTMLElement)}>
              ${words.help}
            </button>`
          : nothing}
      </div>
      <div part="stage"><slot @slotchange=${this.#onSlotChange}></slot></div>
      ${present && total > 0 ? this.#renderControls(words, total) : nothing}
      <div part="status" class="visually-hidden" role="status">${this.announcement}</div>
      <dialog part="help" aria-labelledby="help-heading" @close=${this.#onHelpClose}>
        <h2 id="help-heading">${words.help}</h2>
        <dl>
          ${words.keys.map(
            ([keys, action]) =>
              html`<div class="key-row">
                <dt>${keys.map((key, position) => html`${position ? ', ' : ''}<kbd>${key}</kbd>`)}</dt>
                <dd>${action}</dd>
              </div>`,
          )}
        </dl>
        <p>${words.keysNote}</p>
        <button part="button close-button" type="button" @click=${() => this.#dialog()?.close()}>${words.close}</button>
      </dialog>
    </section>`;
  }
}

defineElement('mdk-deck', MdkDeck);

declare global {
  interface HTMLElementTagNameMap {
    'mdk-deck': MdkDeck;
  }
}
