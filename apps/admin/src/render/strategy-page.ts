import type { StrategyDocument } from '@muenchen-digital/content';
import { html, nothing } from 'lit';
import { sectionAnchors, strategySections } from './strategy-sections.js';

/**
 * The strategy as one web page inside the city's brand frame: header, one `main` with a section per
 * slide (each an h2 with its id), footer. The preview and the published site render exactly this.
 * `idPrefix` keeps ids unique when the page is one of several things on a screen.
 */
export function renderStrategyPage(document: StrategyDocument, { idPrefix = '' } = {}) {
  const { organisation } = document;
  const mainId = `${idPrefix}${sectionAnchors[document.language].main}`;
  const sections = strategySections(document);
  return html`<div class="strategy-page" lang=${document.language}>
    <mdk-brand-header
      city=${organisation.city}
      department=${organisation.department}
      wordmark=${organisation.wordmark}
      home-href=${organisation.homeHref || nothing}
      main-id=${mainId}
    >
      ${organisation.logo ? html`<img slot="logo" src=${organisation.logo.src} alt=${organisation.logo.alt} />` : nothing}
    </mdk-brand-header>
    <main id=${mainId} class="strategy-main" tabindex="-1">
      ${sections.map((section) => {
        // A heading left blank (most are optional) gives no heading and no name: an empty h2 would be
        // announced as "heading level 2" with nothing after it, and name the section nothing.
        const named = section.heading.trim() !== '';
        const ownHeading = named && !section.headingInBody;
        return html`<section
          class="strategy-section"
          id=${`${idPrefix}${section.id}`}
          aria-label=${named && section.headingInBody ? section.heading : nothing}
          aria-labelledby=${ownHeading ? `${idPrefix}${section.id}-heading` : nothing}
          ?data-mdk-citation-scope=${section.citationScope === true}
        >
          ${ownHeading ? html`<h2 class="strategy-section-heading" id=${`${idPrefix}${section.id}-heading`}>${section.heading}</h2>` : nothing}
          ${section.body}
        </section>`;
      })}
    </main>
    <mdk-brand-footer
      city=${organisation.city}
      department=${organisation.department}
      wordmark=${organisation.wordmark}
      imprint-href=${organisation.imprintHref || nothing}
      privacy-href=${organisation.privacyHref || nothing}
      accessibility-href=${organisation.accessibilityHref || nothing}
    ></mdk-brand-footer>
  </div>`;
}
