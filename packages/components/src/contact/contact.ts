import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property } from 'lit/decorators.js';
import { readAttributeTexts } from '../shared/attribute-text.js';
import { booleanAttributeConverter } from '../shared/boolean-attribute.js';
import { defineElement } from '../shared/define-element.js';
import { warnOnce } from '../shared/dev-warnings.js';
import { renderHeading, resolveHeadingLevel, type HeadingLevel } from '../shared/heading.js';
import { LanguageController } from '../shared/language.js';
import { safeUrl } from '../shared/safe-url.js';
import { textOf } from '../shared/text.js';
import { mailtoHref, telHref } from './contact-links.js';
import { contactStyles } from './contact.styles.js';
import { contactTranslations } from './contact.translations.js';
import { numberAttributeConverter } from '../shared/number-attribute.js';

const defaultHeadingLevel: HeadingLevel = 2;

/**
 * Contact information for the page, in an `<address>` under an optional heading: a person or role,
 * their position and unit, then e-mail and phone as a list of terms and values. The visible text of the `mailto:` and `tel:`
 * links is the address or number itself, as written; the phone link is in international form —
 * "089 233-12345" links to `tel:+498923312345`. A malformed address or number is shown as text,
 * without a link, and development builds warn. Use a role mailbox (digital@example.org) rather than
 * a person's own address.
 *
 * @tagname mdk-contact
 * @summary Contact information: name, position, unit, e-mail and phone.
 *
 * @csspart heading - The heading before the address, when there is one and `no-heading` is not set.
 * @csspart base - The `<address>` block.
 * @csspart name - The person's or role's name.
 * @csspart position - The position or function.
 * @csspart unit - The organisational unit.
 * @csspart details - The list of e-mail and phone.
 * @csspart link - The e-mail or phone link.
 *
 * @cssproperty [--mdk-contact-background=var(--mdk-color-surface-default)] - Background of the block.
 * @cssproperty [--mdk-contact-border-color=var(--mdk-color-border-decorative)] - Colour of the block's start edge (decorative).
 * @cssproperty [--mdk-contact-gap=var(--mdk-space-1)] - The space between the lines.
 */
export class MdkContact extends LitElement {
  static override styles = contactStyles;

  /** An optional heading above the contact: "Kontakt". */
  @property({ useDefault: true })
  heading = '';

  /** The heading's level in the page's outline, 1 to 6. */
  @property({ attribute: 'heading-level', converter: numberAttributeConverter, reflect: true, useDefault: true })
  headingLevel: HeadingLevel = defaultHeadingLevel;

  /**
   * Leaves the heading out even when `heading` is set, for a slide or section whose own heading
   * already says "Kontakt": the content then sits under that heading.
   */
  @property({ attribute: 'no-heading', converter: booleanAttributeConverter })
  noHeading = false;

  /** The person or role: "Team Digitale Kommunikation". */
  @property({ useDefault: true })
  name = '';

  /** The position or function ("role" is an ARIA attribute): "Ansprechpartnerin Digitalstrategie". */
  @property({ useDefault: true })
  position = '';

  /** The organisational unit: "IT-Referat, Landeshauptstadt München". */
  @property({ useDefault: true })
  unit = '';

  /** The e-mail address, shown as written and linked with `mailto:`: "digital@example.org". */
  @property({ useDefault: true })
  email = '';

  /**
   * The phone number, shown as written and linked in international form: "089 233-12345" →
   * `tel:+498923312345`. A national number (leading 0) is read as German (+49).
   */
  @property({ useDefault: true })
  phone = '';

  readonly #language = new LanguageController(this);

  protected override willUpdate(changed: PropertyValues<this>): void {
    readAttributeTexts(this);
    // One `if (__MDK_DEV__)` block: production builds drop it and its texts.
    if (__MDK_DEV__) {
      const [email, phone] = [textOf(this.email), textOf(this.phone)];
      if (changed.has('email') && email !== '' && mailtoHref(email) === undefined) {
        warnOnce(this, `email:${email}`, `email="${email}" is not an e-mail address; it is shown as text.`);
      }
      if (changed.has('phone') && phone !== '' && telHref(phone) === undefined) {
        warnOnce(this, `phone:${phone}`, `phone="${phone}" is not a phone number with area code ("089 233-12345", "+49 89 233-12345"); it is shown as text.`);
      }
    }
  }

  #renderDetail(term: string, text: string, href: string | undefined) {
    // safeUrl once more: the string checked is the string put in the href.
    const safe = safeUrl(href);
    return html`<div class="detail">
      <dt>${term}</dt>
      <dd>${safe ? html`<a part="link" href=${safe}>${text}</a>` : text}</dd>
    </div>`;
  }

  protected override render() {
    const words = contactTranslations[this.#language.lang];
    const [heading, name, position, unit, email, phone] = [this.noHeading ? '' : this.heading, this.name, this.position, this.unit, this.email, this.phone].map(textOf);
    const hasDetails = email !== '' || phone !== '';
    // No one to contact: no heading over an empty address either.
    if (!(name || position || unit || hasDetails)) {
      if (__MDK_DEV__) warnOnce(this, 'empty', 'has no name, position, unit, e-mail or phone; it shows nothing.');
      return nothing;
    }
    // The heading stands before the <address>: HTML allows no heading inside one.
    return html`${heading ? renderHeading(resolveHeadingLevel(this, this.headingLevel, defaultHeadingLevel), heading) : nothing}<address part="base">
      ${name ? html`<p part="name">${name}</p>` : nothing}${position ? html`<p part="position">${position}</p>` : nothing}${unit
        ? html`<p part="unit">${unit}</p>`
        : nothing}${hasDetails
        ? html`<dl part="details">
            ${email ? this.#renderDetail(words.email, email, mailtoHref(email)) : nothing}${phone
              ? this.#renderDetail(words.phone, phone, telHref(phone))
              : nothing}
          </dl>`
        : nothing}
    </address>`;
  }
}

defineElement('mdk-contact', MdkContact);

declare global {
  interface HTMLElementTagNameMap {
    'mdk-contact': MdkContact;
  }
}
