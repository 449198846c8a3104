import type { StrategyDocument } from '@muenchen-digital/content';
import '@muenchen-digital/components/deck.js';
import { html } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { sectionAnchors, strategySections } from './strategy-sections.js';

/**
 * The strategy as a slide deck: one `mdk-slide` per section of the page, in the same order, inside
 * one `main`. The title slide's heading is the page's h1. `mode` is the deck's: the overview (every
 * slide as one document) while editing, `present` for presenting.
 */
export function renderStrategyDeck(document: StrategyDocument, mode: 'overview' | 'present') {
  const sections = strategySections(document);
  return html`<main class="strategy-deck" id=${sectionAnchors[document.language].main}>
    <mdk-deck label=${document.hero.title} mode=${mode}>
      ${repeat(
        sections,
        // Keyed: a slide stays with its section when sections come and go while editing, so the
        // deck's current slide (and focus in it) stays on the same content.
        (section) => section.id,
        (section, index) =>
          html`<mdk-slide id=${section.id} heading=${section.heading} heading-level=${index === 0 ? '1' : '2'}>${section.slideBody ?? section.body}</mdk-slide>`,
      )}
    </mdk-deck>
  </main>`;
}
