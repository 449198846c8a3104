import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { formatIsoDate } from '../hero/format-date.js';
import { readAttributeTexts } from '../shared/attribute-text.js';
import { defineElement } from '../shared/define-element.js';
import { warnOnce } from '../shared/dev-warnings.js';
import { renderHeading, resolveHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import { LanguageController } from '../shared/language.js';
import { safeUrl } from '../shared/safe-url.js';
import { textOf } from '../shared/text.js';
import { formatFileSize, formatPageCount } from './format-file.js';
import { publicationStyles } from './publication.styles.js';
import { publicationTranslations } from './publication.translations.js';
import { numberAttributeConverter } from '../shared/number-attribute.js';

const defaultHeadingLevel: HeadingLevel = 2;

/**
 * The title is a heading and, with `href`, the one link: its text is the title plus the file's
 * format, size and pages — "Digitale Transformation der Bundesministerien (PDF, 2,4 MB, 48 Seiten)" —
 * so the link says what a click brings. A thumbnail is decorative: inert, so it is hidden from
 * assistive technology and never a second tab stop, even if it holds a link. `href` keeps `https:`, `http:`, `mailto:`, `tel:`, relative URLs and
 * `#fragments`; anything else (`javascript:`, `data:`, `vbscript:`) is not rendered as a link, the
 * title shows as text, and development builds warn. Authors, publisher, date and licence follow as a
 * list of terms and values; the date is formatted for the nearest `lang` inside `<time>`.
 *
 * @tagname mdk-publication
 * @summary A publication: title, authors, publisher, date, licence and a link to the document.
 *
 * @slot thumbnail - An optional cover image, e.g. `<img slot="thumbnail" src="…" alt="">`. Decorative: hidden from assistive technology.
 *
 * @csspart base - The card.
 * @csspart thumbnail - The wrapper of the thumbnail slot.
 * @csspart heading - The heading holding the title.
 * @csspart link - The link to the document.
 * @csspart file-info - Format, size and pages after the title: "(PDF, 2,4 MB, 48 Seiten)".
 * @csspart details - The list of authors, publisher, date and licence.
 *
 * @cssproperty [--mdk-publication-background=var(--mdk-color-surface-raised)] - Background of the card.
 * @cssproperty [--mdk-publication-accent-color=var(--mdk-color-border-accent)] - The card's thick bottom edge (decorative).
 * @cssproperty [--mdk-publication-thumbnail-width=6rem] - Width of the thumbnail.
 */
export class MdkPublication extends LitElement {
  static override styles = publicationStyles;

  /** The publication's title: "Digitale Transformation der Bundesministerien". */
  @property({ useDefault: true })
  heading = '';

  /** The heading's level in the page's outline, 1 to 6. */
  @property({ attribute: 'heading-level', converter: numberAttributeConverter, reflect: true, useDefault: true })
  headingLevel: HeadingLevel = defaultHeadingLevel;

  /** Who wrote it, as text: "Dr. Julia Borggräfe, Bernd Eckstein". */
  @property({ useDefault: true })
  authors = '';

  /** Who published it: "Agora Digitale Transformation". */
  @property({ useDefault: true })
  publisher = '';

  /**
   * When it was published, ISO 8601: "2024-06-26", "2024-06" or "2024"; shown for the language
   * (de "Juni 2024", en "June 2024"). Anything else is shown as written.
   */
  @property({ useDefault: true })
  date = '';

  /** Its licence: "CC BY-SA 4.0". */
  @property({ useDefault: true })
  licence = '';

  /** Where the document is. Only `https:`, `http:`, `mailto:`, `tel:`, relative and `#` URLs become a link. */
  @property({ useDefault: true })
  href = '';

  /** The document's format, named in the link: "PDF". */
  @property({ useDefault: true })
  format = '';

  /** The document's size: bytes as a number (`2516582`, shown "2,4 MB" / "2.4 MB") or a text shown as written ("2,4 MB"). */
  @property({ useDefault: true })
  size: string | number = '';

  /** The document's number of pages: `48` or "48", shown "48 Seiten" / "48 pages". */
  @property({ useDefault: true })
  pages: string | number = '';

  @state()
  private hasThumbnail = false;

  readonly #language = new LanguageController(this);

  override connectedCallback(): void {
    super.connectedCallback();
    // Known before the first render, so an empty thumbnail box never takes room.
    this.hasThumbnail = this.querySelector(':scope > [slot="thumbnail"]') !== null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    readAttributeTexts(this);
    // One `if (__MDK_DEV__)` block: production builds drop it, its texts and the warnOnce import.
    if (__MDK_DEV__) {
      const [href, date, pages] = [textOf(this.href), textOf(this.date), textOf(this.pages)];
      if (changed.has('href') && href !== '' && safeUrl(href) === undefined) {
        warnOnce(this, 'href', `href="${href}" uses a scheme that is not allowed; the title is shown as text.`);
      }
      // A default left in place is no change (useDefault), so the first update checks regardless.
      if ((!this.hasUpdated || changed.has('heading')) && textOf(this.heading) === '') {
        warnOnce(this, 'heading', 'has no heading; a publication needs its title, and a link needs it as its name.');
      }
      if (changed.has('date') && date !== '' && formatIsoDate(date, 'de') === undefined) {
        warnOnce(this, 'date', `date="${date}" is not an ISO 8601 date (2024-06-26, 2024-06 or 2024); it is shown as written.`);
      }
      if (changed.has('pages') && pages !== '' && formatPageCount(pages, 'de') === undefined) {
        warnOnce(this, 'pages', `pages="${pages}" is not a whole number above 0; no page count is shown.`);
      }
    }
  }

  /** "PDF, 2,4 MB, 48 Seiten": what of format, size and pages is given. */
  #fileInfo(): string {
    const lang = this.#language.lang;
    const size = textOf(this.size);
    return [textOf(this.format), size && formatFileSize(size, lang), formatPageCount(textOf(this.pages), lang) ?? '']
      .filter((part) => part !== '')
      .join(', ');
  }

  #renderTitle(heading: string) {
    const fileInfo = this.#fileInfo();
    // The space sits inside the text binding: the template minifier drops a literal one, and Chromium
    // leaves a whitespace-only text node out of the link's accessible name ("Titel(PDF)").
    const title = html`${heading}${fileInfo ? html`<span part="file-info">${` (${fileInfo})`}</span>` : nothing}`;
    const href = safeUrl(textOf(this.href) || undefined);
    const level = resolveHeadingLevel(this, this.headingLevel, defaultHeadingLevel);
    return renderHeading(level, href ? html`<a part="link" href=${href}>${title}</a>` : title);
  }

  /** The date inside `<time>`, formatted for the language; a malformed one as written. */
  #renderDate(date: string) {
    const formatted = formatIsoDate(date, this.#language.lang);
    return formatted ? html`<time datetime=${formatted.datetime}>${formatted.text}</time>` : date;
  }

  #renderDetails() {
    const words = publicationTranslations[this.#language.lang];
    const [authors, publisher, date, licence] = [this.authors, this.publisher, this.date, this.licence].map(textOf);
    const details: [string, unknown][] = [];
    if (authors) details.push([words.authors, authors]);
    if (publisher) details.push([words.publisher, publisher]);
    if (date) details.push([words.date, this.#renderDate(date)]);
    if (licence) details.push([words.licence, licence]);
    if (details.length === 0) return nothing;
    return html`<dl part="details">
      ${details.map(([term, value]) => html`<div class="detail"><dt>${term}</dt><dd>${value}</dd></div>`)}
    </dl>`;
  }

  #onThumbnailSlotChange(event: Event): void {
    this.hasThumbnail = (event.target as HTMLSlotElement).assignedElements().length > 0;
  }

  protected override render() {
    const heading = textOf(this.heading);
    const details = this.#renderDetails();
    // Neither title nor details: no empty card (a thumbnail alone is decoration).
    if (!heading && details === nothing) return nothing;
    return html`<div part="base">
      <div part="thumbnail" inert aria-hidden="true" ?hidden=${!this.hasThumbnail}>
        <slot name="thumbnail" @slotchange=${this.#onThumbnailSlotChange}></slot>
      </div>
      <div class="body">${heading ? this.#renderTitle(heading) : nothing}${details}</div>
    </div>`;
  }
}

defineElement('mdk-publication', MdkPublication);

declare global {
  interface HTMLElementTagNameMap {
    'mdk-publication': MdkPublication;
  }
}
