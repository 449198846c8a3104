import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { defineElement } from '../shared/define-element.js';
import { warnOnce } from '../shared/dev-warnings.js';
import { LanguageController } from '../shared/language.js';
import { textOf } from '../shared/text.js';
import { calloutTranslations } from './callout.translations.js';
import { calloutStyles } from './callout.styles.js';

/**
 * The highlight is in the words, not in the colour alone: a visible label ("Wichtig" /
 * "Important", or your own) comes first and is read first, and the figure is set larger and
 * bolder as well as in the signal colour. The callout is static content, so it is no live region and
 * not `role="alert"` — a screen reader reads it where it stands, like any paragraph. Content is
 * rendered as text; with neither figure nor text it renders nothing.
 *
 * @tagname mdk-callout
 * @summary A highlighted fact: "Über 7.000 Beschäftigte scheiden in den nächsten 10 Jahren aus (20 %)".
 *
 * @csspart base - The filled box.
 * @csspart label - The label above the fact.
 * @csspart fact - The paragraph holding figure and text.
 * @csspart figure - The highlighted figure.
 * @csspart text - The rest of the fact.
 *
 * @cssproperty [--mdk-callout-background=var(--mdk-color-surface-accent)] - Background of the box.
 * @cssproperty [--mdk-callout-color=var(--mdk-color-text-on-accent)] - Colour of label and text.
 * @cssproperty [--mdk-callout-figure-color=var(--mdk-color-text-highlight-on-accent)] - Colour of the figure.
 */
export class MdkCallout extends LitElement {
  static override styles = calloutStyles;

  /** The highlighted figure, at the start of the fact: "Über 7.000". */
  @property({ useDefault: true })
  figure = '';

  /** The fact after the figure: "Beschäftigte scheiden in den nächsten 10 Jahren aus (20 % aller Beschäftigten)". */
  @property({ useDefault: true })
  text = '';

  /** The label that says the fact is highlighted. Blank uses the language's: "Wichtig" / "Important". */
  @property({ useDefault: true })
  label = '';

  readonly #language = new LanguageController(this);

  protected override render() {
    const figure = textOf(this.figure);
    const text = textOf(this.text);
    if (figure === '' && text === '') {
      if (__MDK_DEV__) warnOnce(this, 'text', 'has neither figure nor text; it shows nothing.');
      return nothing;
    }
    const label = textOf(this.label) || calloutTranslations[this.#language.lang].label;
    // The space after the figure sits inside the text binding: the template minifier drops a literal
    // one, and Chromium leaves a whitespace-only text node out of what it reads.
    return html`<div part="base">
      <p part="label">${label}</p>
      <p part="fact">${figure ? html`<strong part="figure">${figure}</strong>` : nothing}${text
          ? html`<span part="text">${figure ? ` ${text}` : text}</span>`
          : nothing}</p>
    </div>`;
  }
}

defineElement('mdk-callout', MdkCallout);

declare global {
  interface HTMLElementTagNameMap {
    'mdk-callout': MdkCallout;
  }
}
