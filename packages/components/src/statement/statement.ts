import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { readAttributeTexts } from '../shared/attribute-text.js';
import { defineElement } from '../shared/define-element.js';
import { warnOnce } from '../shared/dev-warnings.js';
import { parseHeadingLevel, renderHeading, type HeadingLevel } from '../shared/heading.js';
import { textOf } from '../shared/text.js';
import { statementStyles } from './statement.styles.js';
import { numberAttributeConverter } from '../shared/number-attribute.js';

/**
 * A paragraph by default. On a slide or a section whose heading the message is, set `heading-level`
 * and it becomes a real heading of that level, so it appears in the page's outline and in a screen
 * reader's list of headings; a statement inside a section that already has a heading stays a
 * paragraph and keeps the outline clean. A bad level falls back to a paragraph, with a development
 * warning. The message is rendered as text; blank renders nothing.
 *
 * @tagname mdk-statement
 * @summary A key message, set large: "Digitale Souveränität braucht Strategie, gemeinsames Handeln und Mut."
 *
 * @csspart base - The message's box: font, colour and the decorative bar. The message inherits from it.
 * @csspart heading - The message, when `heading-level` makes it a heading.
 *
 * @cssproperty [--mdk-statement-color=var(--mdk-color-accent-default)] - Colour of the message.
 * @cssproperty [--mdk-statement-size=var(--mdk-font-size-2xl)] - Font size of the message.
 * @cssproperty [--mdk-statement-bar-color=var(--mdk-color-border-accent)] - The decorative bar at the message's start.
 */
export class MdkStatement extends LitElement {
  static override styles = statementStyles;

  /** The message, as plain text: "Digitale Souveränität braucht Strategie, gemeinsames Handeln und Mut." */
  @property({ useDefault: true })
  text = '';

  /**
   * Makes the message a heading of this level (1 to 6) in the page's outline, e.g. when it is a
   * slide's heading. Not set (the default): a paragraph.
   */
  // No useDefault: it takes the first value that is not undefined as the default, so a removed
  // attribute would bring back the level instead of the paragraph.
  @property({ attribute: 'heading-level', converter: numberAttributeConverter, reflect: true })
  headingLevel: HeadingLevel | undefined;

  /** The heading level, or `undefined` for a paragraph (no level, or a bad one). */
  #resolvedHeadingLevel(): HeadingLevel | undefined {
    const requested = textOf(this.headingLevel);
    if (requested === '') return undefined;
    const level = parseHeadingLevel(requested);
    if (__MDK_DEV__ && level === undefined) {
      warnOnce(this, 'heading-level', `heading-level="${this.getAttribute('heading-level') ?? requested}" is not 1 to 6; the message is shown as a paragraph.`);
    }
    return level;
  }

  protected override willUpdate(): void {
    readAttributeTexts(this);
  }

  protected override render() {
    const text = textOf(this.text);
    if (text === '') {
      if (__MDK_DEV__) warnOnce(this, 'text', 'has no text; it shows nothing.');
      return nothing;
    }
    const level = this.#resolvedHeadingLevel();
    return html`<div part="base">${level === undefined ? html`<p class="message">${text}</p>` : renderHeading(level, text)}</div>`;
  }
}

defineElement('mdk-statement', MdkStatement);

declare global {
  interface HTMLElementTagNameMap {
    'mdk-statement': MdkStatement;
  }
}
