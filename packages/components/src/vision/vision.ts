import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { readAttributeTexts } from '../shared/attribute-text.js';
import { booleanAttributeConverter } from '../shared/boolean-attribute.js';
import { defineElement } from '../shared/define-element.js';
import { warnOnce } from '../shared/dev-warnings.js';
import { renderHeading, resolveHeadingLevel, sectionHeadingLevels, type SectionHeadingLevel } from '../shared/heading.js';
import { textOf } from '../shared/text.js';
import { needsSpaceBetween, stringOf } from './vision-text.js';
import { visionStyles } from './vision.styles.js';
import { numberAttributeConverter } from '../shared/number-attribute.js';

const defaultHeadingLevel: SectionHeadingLevel = 2;

/**
 * A paragraph in three parts, `text-before`, `emphasis` and `text-after`, so that the emphasised word is a
 * real `<em>`: assistive technology gets it as emphasis (Chromium exposes the role `emphasis`), and
 * it is seen in bold and in the accent colour. No screen reader announces emphasis, so it must never
 * carry meaning alone: the sentence has to say the same without it. The parts are joined with a
 * space where neither brings one and no punctuation follows ("für" + "alle" + "einfacher machen." reads
 * "für alle einfacher machen."). Texts are shown as text, never as HTML. With an optional `heading`
 * ("Vision") at `heading-level`. Without any text the element renders nothing, not even its heading.
 *
 * @tagname mdk-vision
 * @summary The vision: one paragraph with one emphasised word, and an optional heading.
 *
 * @csspart heading - The heading, when `heading` is set and `no-heading` is not.
 * @csspart text - The paragraph.
 * @csspart emphasis - The emphasised word (an `em`).
 *
 * @cssproperty [--mdk-vision-heading-color=var(--mdk-color-text-heading)] - Colour of the heading.
 * @cssproperty [--mdk-vision-font-size=var(--mdk-font-size-lg)] - Font size of the paragraph.
 * @cssproperty [--mdk-vision-max-width=65ch] - The longest a line gets, for easy reading.
 * @cssproperty [--mdk-vision-emphasis-color=var(--mdk-color-accent-default)] - Colour of the emphasised word.
 */
export class MdkVision extends LitElement {
  static override styles = visionStyles;

  /** An optional heading over the paragraph: "Vision". Blank shows none. */
  @property({ useDefault: true })
  heading = '';

  /** The heading's level in the page's outline, 2 to 6. */
  @property({ attribute: 'heading-level', converter: numberAttributeConverter, reflect: true, useDefault: true })
  headingLevel: SectionHeadingLevel = defaultHeadingLevel;

  /**
   * Leaves the heading out even when `heading` is set, for a slide or section whose own heading
   * already says "Vision": the content then sits under that heading.
   */
  @property({ attribute: 'no-heading', converter: booleanAttributeConverter })
  noHeading = false;

  /**
   * The text before the emphasised word: "… weil sie den Alltag für ". (Not `before`: that name is
   * taken by the DOM method `Element.before()`.)
   */
  @property({ attribute: 'text-before', useDefault: true })
  textBefore = '';

  /** The emphasised word or words: "alle". Blank shows the paragraph without emphasis. */
  @property({ useDefault: true })
  emphasis = '';

  /** The text after the emphasised word: " einfacher machen." */
  @property({ attribute: 'text-after', useDefault: true })
  textAfter = '';

  #headingLevel(): SectionHeadingLevel {
    return resolveHeadingLevel(this, this.headingLevel, defaultHeadingLevel, sectionHeadingLevels);
  }

  /** The paragraph's content: the spaces are expressions, since the build's template minifier may drop literal ones. */
  #renderText(before: string, emphasis: string, after: string) {
    if (emphasis === '') return html`${before}${needsSpaceBetween(before, after) ? ' ' : ''}${after}`;
    return html`${before}${needsSpaceBetween(before, emphasis) ? ' ' : ''}<em part="emphasis">${emphasis}</em>${needsSpaceBetween(emphasis, after) ? ' ' : ''}${after}`;
  }

  protected override willUpdate(): void {
    readAttributeTexts(this);
  }

  protected override render() {
    const heading = this.noHeading ? '' : textOf(this.heading);
    // Inner edges keep their spaces (they separate the parts); the paragraph's own edges do not matter.
    const before = stringOf(this.textBefore).trimStart();
    const emphasis = textOf(this.emphasis);
    const after = stringOf(this.textAfter).trimEnd();
    const hasText = (before + emphasis + after).trim() !== '';
    // A heading over nothing would announce a section that is not there.
    if (!hasText) {
      if (__MDK_DEV__) warnOnce(this, 'text', 'has no text: set text-before, emphasis and text-after.');
      return nothing;
    }
    return html`${heading ? renderHeading(this.#headingLevel(), heading) : nothing}<p class="text" part="text"
        >${this.#renderText(before, emphasis, after)}</p
      >`;
  }
}

defineElement('mdk-vision', MdkVision);

declare global {
  interface HTMLElementTagNameMap {
    'mdk-vision': MdkVision;
  }
}
