import { html, nothing, type TemplateResult } from 'lit';
import type { HeadingLevel } from '../shared/heading.js';

/**
 * A heading of the given level with its own part (and class) name and an optional id: the family
 * has two kinds of heading (the title, which names the `article`, and the sub-headings), which
 * `renderHeading` from shared/heading.ts cannot tell apart. One template per level, for the same
 * reason as there: Lit cannot bind a tag name.
 */
export function renderPartHeading(level: HeadingLevel, text: string, part: string, id?: string): TemplateResult {
  const idValue = id ?? nothing;
  switch (level) {
    case 1:
      return html`<h1 class=${part} part=${part} id=${idValue}>${text}</h1>`;
    case 2:
      return html`<h2 class=${part} part=${part} id=${idValue}>${text}</h2>`;
    case 3:
      return html`<h3 class=${part} part=${part} id=${idValue}>${text}</h3>`;
    case 4:
      return html`<h4 class=${part} part=${part} id=${idValue}>${text}</h4>`;
    case 5:
      return html`<h5 class=${part} part=${part} id=${idValue}>${text}</h5>`;
    case 6:
      return html`<h6 class=${part} part=${part} id=${idValue}>${text}</h6>`;
  }
}
