// The whole talk "Von der Strategie zum Handeln" (IT-Referat München, 2025) as slides built from the
// kit, in the talk's order: every slide that has text, German. The page story and the deck story both
// render this list, so the two never disagree. Not part of the package's API.
import { html, nothing, type TemplateResult } from 'lit';
import '../index.js';
import '../deck.js';
import { renderKeyFigureGroups, renderKeyFigureSources } from './render-key-figures.js';
import { challenges, closing, hero, keyMessage, mission, positioning, publication, recommendations, sovereigntyTerms, vision } from './strategy-talk.js';
import { talkChannels, talkContact } from './talk-channels.js';

export interface TalkSlide {
  id: string;
  heading: string;
  body: TemplateResult | typeof nothing;
  /** The slide's own component shows the heading (the title slide): the page gives it no second one. */
  headingInBody?: boolean;
  /** On a slide, where the slide shows its own heading: another heading and body, so nothing is said twice. */
  slide?: { heading: string; body: TemplateResult };
}

const positioningWithTopics = (withTopics: boolean) =>
  html`<mdk-positioning topic="" heading-level="3" statement=${positioning.statement} .topics=${withTopics ? positioning.topics : []}></mdk-positioning>`;
const closingPillars = html`<mdk-pillars heading-level="3" .items=${closing.pillars.map(({ title, subtitle }) => ({ title, text: subtitle }))}></mdk-pillars>`;
const recommendationList = (highlight: boolean) =>
  html`<mdk-recommendation-list
    heading="Empfehlungen"
    heading-level="3"
    .items=${recommendations.map(({ title, highlighted }) => ({ title, highlighted: highlight && highlighted }))}
  ></mdk-recommendation-list>`;
const study = (headingLevel: string) => html`<mdk-publication
  heading=${publication.title}
  heading-level=${headingLevel}
  authors=${publication.authors}
  publisher=${publication.publisher}
  date=${publication.date}
  licence=${publication.licence}
  href=${publication.href}
  format=${publication.format}
></mdk-publication>`;

export const talkSlides: TalkSlide[] = [
  {
    id: 'titel',
    heading: hero.title,
    headingInBody: true,
    body: html`<mdk-hero subheading=${hero.subtitle} speaker=${hero.speaker} speaker-role=${hero.role} date=${hero.date}></mdk-hero>`,
  },
  { id: 'souveraener-staat', heading: 'Souveräner Staat?', body: html`<mdk-quote-cloud .terms=${sovereigntyTerms}></mdk-quote-cloud>` },
  { id: 'kernbotschaft', heading: 'Kernbotschaft', body: html`<mdk-statement text=${keyMessage}></mdk-statement>` },
  {
    id: 'vision',
    heading: 'Vision',
    body: html`<mdk-vision text-before=${vision.before} emphasis=${vision.emphasis} text-after=${vision.after}></mdk-vision>`,
  },
  {
    id: 'digitalisierung-in-muenchen',
    heading: 'Digitalisierung in München bedeutet …',
    body: html`<div class="talk-stack">${renderKeyFigureGroups('de')} ${renderKeyFigureSources()}</div>`,
  },
  {
    id: 'herausforderungen',
    heading: 'Herausforderungen',
    body: html`<div class="talk-columns">
      <mdk-tag-list heading="… generell für die Gesellschaft" heading-level="3" .tags=${challenges.society}></mdk-tag-list>
      <div class="talk-stack">
        <mdk-callout
          figure="Über 7.000"
          text="Beschäftigte scheiden in den nächsten 10 Jahren aus (20 % aller Beschäftigten, Tendenz steigend)"
        ></mdk-callout>
        <mdk-tag-list heading="… für die Verwaltung einer Großstadt" heading-level="3" .tags=${challenges.administration.facts}></mdk-tag-list>
      </div>
    </div>`,
  },
  // Three slides whose content is a picture in the talk: their titles are their text.
  { id: 'clash-arbeitsrealitaet', heading: 'Clash of Arbeitsrealität', body: nothing },
  { id: 'clash-user-experience', heading: 'Clash of User Experience', body: nothing },
  { id: 'spannungsfelder', heading: 'Spannungsfelder der Verwaltung', body: nothing },
  { id: 'mission', heading: 'Digitalisierungsstrategie – Mission', body: html`<mdk-pillars heading-level="3" .items=${mission}></mdk-pillars>` },
  { id: 'digitalisierungsstrategie', heading: 'Digitalisierungsstrategie', body: nothing },
  { id: 'weg-zum-handeln', heading: '… Weg zum Handeln: Die strategische Positionierung', body: positioningWithTopics(false) },
  { id: 'weg-zum-handeln-themen', heading: '… Weg zum Handeln: Themen', body: positioningWithTopics(true) },
  {
    id: 'beispiel-ki',
    heading: 'Strategische Positionierung … Beispiel KI',
    body: html`<mdk-positioning
      topic=${positioning.example.topic}
      heading-level="3"
      statement=${positioning.statement}
      .dimensions=${positioning.example.dimensions}
    ></mdk-positioning>`,
  },
  { id: 'studie', heading: 'Die Studie', body: study('3') },
  { id: 'studie-empfehlungen', heading: 'Digitale Transformation der Bundesministerien', body: recommendationList(false) },
  // The talk shows the list again with three recommendations highlighted, then one slide for each.
  { id: 'empfehlungen-im-fokus', heading: 'Drei Empfehlungen im Fokus', body: recommendationList(true) },
  // The three highlighted recommendations, each a slide of its own with starting point and measures. On
  // the page the recommendation's title is the section's heading; on a slide it is the card's, under
  // the slide's "Empfehlung 1 von 3".
  ...recommendations
    .filter((recommendation) => recommendation.measures.length > 0)
    .map((recommendation, index, all) => {
      const card = (level: string) => html`<mdk-recommendation
        heading=${recommendation.title}
        heading-level=${level}
        .startingPoint=${recommendation.startingPoint}
        .measures=${recommendation.measures}
      ></mdk-recommendation>`;
      return {
        id: `empfehlung-${index + 1}`,
        heading: recommendation.title,
        headingInBody: true,
        body: card('2'),
        slide: { heading: `Empfehlung ${index + 1} von ${all.length}`, body: card('3') },
      };
    }),
  { id: 'was-es-braucht', heading: keyMessage, body: closingPillars },
  {
    id: 'mut-zum-machen',
    heading: closing.call,
    body: html`<div class="talk-stack">${closingPillars}<mdk-quote-cloud .terms=${[closing.quote]}></mdk-quote-cloud></div>`,
  },
  {
    id: 'unsere-kanaele',
    heading: 'Unsere Kanäle',
    body: html`<div class="talk-columns">
      <mdk-channel-links heading="Kanäle" heading-level="3" .channels=${talkChannels}></mdk-channel-links>
      <mdk-contact heading="Kontakt" heading-level="3" name=${talkContact.name} position=${talkContact.position} unit=${talkContact.unit} email=${talkContact.email}></mdk-contact>
    </div>`,
  },
];

export const talkStyles = html`<style>
  .talk-page {
    color: var(--mdk-color-text-default);
    font-family: var(--mdk-font-family-body);
  }
  .talk-main {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--mdk-space-8);
    max-width: 80rem;
    margin-inline: auto;
    padding: var(--mdk-space-6) var(--mdk-space-4);
  }
  .talk-slide {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--mdk-space-5);
  }
  .talk-title,
  .talk-slide-title {
    margin: 0;
    color: var(--mdk-color-text-heading);
    font-family: var(--mdk-font-family-heading);
    font-weight: var(--mdk-font-weight-heading);
    line-height: var(--mdk-font-line-height-heading);
    overflow-wrap: break-word;
    hyphens: auto;
  }
  .talk-title {
    font-size: var(--mdk-font-size-3xl);
  }
  .talk-slide-title {
    font-size: var(--mdk-font-size-2xl);
  }
  .talk-columns {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 24rem), 1fr));
    gap: var(--mdk-space-6);
    align-items: start;
  }
  .talk-stack {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--mdk-space-5);
  }
  /* Room around the deck on screen only: printed, anything above the first slide would be a page of its own. */
  @media screen {
    .talk-deck {
      max-width: 80rem;
      margin-inline: auto;
      padding: var(--mdk-space-5) var(--mdk-space-4);
    }
  }
  /* Printed, the deck is the slides: one per page, without the page's frame around them. */
  @media print {
    .talk-page:has(mdk-deck) :is(mdk-brand-header, mdk-brand-footer) {
      display: none;
    }
  }
</style>`;

const brandHeader = html`<mdk-brand-header city="Landeshauptstadt München" department="IT-Referat" wordmark="München. Digital." main-id="vortrag"></mdk-brand-header>`;
const brandFooter = html`<mdk-brand-footer
  city="Landeshauptstadt München"
  department="IT-Referat"
  wordmark="München. Digital."
  imprint-href="https://example.org/impressum"
  privacy-href="https://example.org/datenschutz"
  accessibility-href="https://example.org/barrierefreiheit"
></mdk-brand-footer>`;

/** The talk as one scrolling page in the brand frame: one h1 (the title), an h2 per slide. */
export function renderTalkPage() {
  return html`${talkStyles}
    <div class="talk-page">
      ${brandHeader}
      <main id="vortrag" class="talk-main" tabindex="-1">
        ${talkSlides.map((slide, index) =>
          index === 0
            ? html`<section class="talk-slide" id=${slide.id} aria-labelledby=${`${slide.id}-titel`}>
                <h1 id=${`${slide.id}-titel`} class="talk-title">${slide.heading}</h1>
                ${slide.body}
              </section>`
            : slide.headingInBody
              ? html`<section class="talk-slide" id=${slide.id} aria-label=${slide.heading}>${slide.body}</section>`
              : html`<section class="talk-slide" id=${slide.id} aria-labelledby=${`${slide.id}-titel`} data-mdk-citation-scope>
                <h2 id=${`${slide.id}-titel`} class="talk-slide-title">${slide.heading}</h2>
                ${slide.body}
              </section>`,
        )}
      </main>
      ${brandFooter}
    </div>`;
}

/** The talk as a deck in the brand frame: the title slide's heading is the page's h1. */
export function renderTalkDeck(mode: 'overview' | 'present' = 'present') {
  return html`${talkStyles}
    <div class="talk-page">
      ${brandHeader}
      <main id="vortrag" class="talk-deck" tabindex="-1">
        <mdk-deck label=${hero.title} mode=${mode}>
          ${talkSlides.map(
            (slide, index) =>
              html`<mdk-slide id=${slide.id} heading=${slide.slide?.heading ?? slide.heading} heading-level=${index === 0 ? '1' : '2'}
                >${slide.slide?.body ?? slide.body}</mdk-slide
              >`,
          )}
        </mdk-deck>
      </main>
      ${brandFooter}
    </div>`;
}
