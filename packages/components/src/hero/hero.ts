import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { readAttributeTexts } from '../shared/attribute-text.js';
import { defineElement } from '../shared/define-element.js';
import { warnOnce } from '../shared/dev-warnings.js';
import { renderHeading, resolveHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import { LanguageController } from '../shared/language.js';
import { textOf } from '../shared/text.js';
import { formatIsoDate } from './format-date.js';
import { heroStyles } from './hero.styles.js';
import { numberAttributeConverter } from '../shared/number-attribute.js';

const defaultHeadingLevel: HeadingLevel = 1;

/**
 * The heading is the page's `h1` by default — use one hero per page, or give the others a lower
 * `heading-level`. The date is written ISO 8601 ("2025-06-03") and shown for the nearest `lang`
 * inside `<time datetime="2025-06-03">`: de "3. Juni 2025", en "3 June 2025"; a malformed date is
 * shown as written, with a development warning. An image in the `image` slot is decoration: it is
 * hidden from assistive technology (give it `alt=""`). Nothing in the hero moves by itself.
 *
 * @tagname mdk-hero
 * @summary The opening of a talk or page: title, subtitle, speaker, their role and the date.
 *
 * @slot image - An optional decorative picture, e.g. `<img slot="image" src="…" alt="">`. Hidden from assistive technology.
 *
 * @csspart base - The filled band.
 * @csspart content - The texts.
 * @csspart heading - The title.
 * @csspart subheading - The subtitle.
 * @csspart speaker - The speaker's name.
 * @csspart speaker-role - The speaker's role.
 * @csspart date - The paragraph holding the date.
 * @csspart image - The wrapper of the image slot.
 *
 * @cssproperty [--mdk-hero-background=var(--mdk-color-surface-accent)] - Background of the band.
 * @cssproperty [--mdk-hero-color=var(--mdk-color-text-on-accent)] - Colour of every text in the band.
 * @cssproperty [--mdk-hero-heading-size=var(--mdk-font-size-2xl)] - Font size of the title (`--mdk-font-size-3xl` from 75em, 1200 px at the default text size).
 */
export class MdkHero extends LitElement {
  static override styles = heroStyles;

  /** The title: "Von der Strategie zum Handeln". */
  @property({ useDefault: true })
  heading = '';

  /** The title's level in the page's outline, 1 (default) to 6. */
  @property({ attribute: 'heading-level', converter: numberAttributeConverter, reflect: true, useDefault: true })
  headingLevel: HeadingLevel = defaultHeadingLevel;

  /** The subtitle: "Digitale Souveränität für eine zukunftsfähige Verwaltung". */
  @property({ useDefault: true })
  subheading = '';

  /** Who speaks or wrote it: "Wolfgang Glock". */
  @property({ useDefault: true })
  speaker = '';

  /** The speaker's role or unit: "E-/Open-Government & Smart City". (`role` itself is the ARIA attribute.) */
  @property({ attribute: 'speaker-role', useDefault: true })
  speakerRole = '';

  /** The date, ISO 8601: "2025-06-03" (also "2025-06" or "2025"). */
  @property({ useDefault: true })
  date = '';

  @state()
  private hasImage = false;

  readonly #language = new LanguageController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    // Known before the first render, so an empty image box never takes room.
    this.hasImage = this.querySelector(':scope > [slot="image"]') !== null;
  }

  #onImageSlotChange(event: Event): void {
    const assigned = (event.target as HTMLSlotElement).assignedElements();
    this.hasImage = assigned.length > 0;
    if (__MDK_DEV__) {
      const images = assigned.flatMap((element) => (element.localName === 'img' ? [element] : [...element.querySelectorAll('img')]));
      if (images.some((image) => image.getAttribute('alt') !== '')) {
        warnOnce(this, 'image', 'the image is decorative and hidden from assistive technology; give it alt="".');
      }
    }
  }

  #renderDate(date: string) {
    const formatted = formatIsoDate(date, this.#language.lang);
    if (formatted === undefined) {
      if (__MDK_DEV__) warnOnce(this, 'date', `date="${date}" is not an ISO 8601 date (2025-06-03); it is shown as written.`);
      return html`<p part="date">${date}</p>`;
    }
    return html`<p part="date"><time datetime=${formatted.datetime}>${formatted.text}</time></p>`;
  }

  protected override willUpdate(): void {
    readAttributeTexts(this);
  }

  protected override render() {
    const heading = textOf(this.heading);
    const subheading = textOf(this.subheading);
    const speaker = textOf(this.speaker);
    const speakerRole = textOf(this.speakerRole);
    const date = textOf(this.date);
    if (__MDK_DEV__ && heading === '') warnOnce(this, 'heading', 'has no heading; a hero needs a title.');
    if ([heading, subheading, speaker, speakerRole, date].every((text) => text === '')) return nothing;
    const hasByline = speaker !== '' || speakerRole !== '' || date !== '';
    return html`<div part="base">
      <div part="content">
        ${heading ? renderHeading(resolveHeadingLevel(this, this.headingLevel, defaultHeadingLevel), heading) : nothing}
        ${subheading ? html`<p part="subheading">${subheading}</p>` : nothing}
        ${hasByline
          ? html`<div class="byline">
              ${speaker ? html`<p part="speaker">${speaker}</p>` : nothing}
              ${speakerRole ? html`<p part="speaker-role">${speakerRole}</p>` : nothing}
              ${date ? this.#renderDate(date) : nothing}
            </div>`
          : nothing}
      </div>
      <div part="image" inert aria-hidden="true" ?hidden=${!this.hasImage}>
        <slot name="image" @slotchange=${this.#onImageSlotChange}></slot>
      </div>
    </div>`;
  }
}

defineElement('mdk-hero', MdkHero);

declare global {
  interface HTMLElementTagNameMap {
    'mdk-hero': MdkHero;
  }
}
