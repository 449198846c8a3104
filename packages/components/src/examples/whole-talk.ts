// The whole talk "Von der Strategie zum Handeln" (IT-Referat München, 2025) as slides built from the
// kit, in the talk's order: every slide that has text, German. The page story and the deck story both
// render this list, so the two never disagree. Not part of the package's API.
import { html, nothing, type TemplateResult } from 'lit';
import '../index.js';
import '../deck.js';
import { cityBrandFor } from './city-brand.js';
import { renderKeyFigureGroups, renderKeyFigureSources } from './render-key-figures.js';
import {
  challenges,
  clashes,
  closing,
  hero,
  keyMessage,
  mission,
  positioning,
  publication,
  recommendations,
  sovereigntyTerms,
  strategyParts,
  vision,
} from './strategy-talk.js';
import { talkChannels, talkContact } from './talk-channels.js';

export interface TalkSlide {
  id: string;
  heading: string;
  body: TemplateResult;
  /** The slide's own component shows the heading (the title slide): the page gives it no second one. */
  headingInBody?: boolean;
  /** On a slide, where the slide shows its own heading: another heading and body, so nothing is said twice. */
  slide?: { heading: string; body: TemplateResult };
}

const heroWith = (heading: string, level: string, subheading: string, style = '') => html`<mdk-hero
  style=${style || nothing}
  heading=${heading}
  heading-level=${level}
  subheading=${subheading}
  speaker=${hero.speaker}
  speaker-role=${hero.role}
  date=${hero.date}
></mdk-hero>`;

/** Two cards side by side: what the two sides of a "clash" look like. */
const clash = (cards: { title: string; points: string[] }[]) =>
  html`<div class="talk-columns">
    ${cards.map((card) => html`<mdk-strategy-card heading=${card.title} heading-level="3" .points=${card.points}></mdk-strategy-card>`)}
  </div>`;

/** The statement's template with the topic's place emphasised: "… um ein Thema sinnvoll … zu nutzen …". */
const [templateBefore = '', templateAfter = ''] = positioning.statement.split('#Thema#');
const positioningTemplate = html`<mdk-vision
  heading=${positioning.subtitle}
  heading-level="3"
  text-before=${templateBefore}
  emphasis="ein Thema"
  text-after=${templateAfter}
></mdk-vision>`;
const positioningWithTopics = html`<mdk-positioning heading-level="3" statement=${positioning.statement} .topics=${positioning.topics}></mdk-positioning>`;
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
    // On the page the hero's band carries the title, as the page's h1. On the deck the slide's heading
    // is the title (h1, named in "Folie 1 von …"), and the band carries the subtitle under it, as its
    // h2: the hero always has a title of its own, and nothing is said twice.
    headingInBody: true,
    body: heroWith(hero.title, '1', hero.subtitle),
    // The subtitle is set a step smaller than the slide's title above it (the hero's own knob).
    slide: { heading: hero.title, body: heroWith(hero.subtitle, '2', '', '--mdk-hero-heading-size: var(--mdk-font-size-xl)') },
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
    // The callout follows its column's heading (the tag list's), so the outline puts it under it.
    body: html`<div class="talk-columns">
      <mdk-tag-list heading=${challenges.societyHeading} heading-level="3" .tags=${challenges.society}></mdk-tag-list>
      <div class="talk-stack">
        <mdk-tag-list heading=${challenges.administrationHeading} heading-level="3" .tags=${challenges.administration.facts}></mdk-tag-list>
        <mdk-callout figure=${challenges.administration.highlight.figure} text=${challenges.administration.highlight.text}></mdk-callout>
      </div>
    </div>`,
  },
  // Three slides that are pictures in the talk: what they contrast, as text.
  { id: 'clash-arbeitsrealitaet', heading: 'Clash of Arbeitsrealität', body: clash(clashes.workingReality) },
  { id: 'clash-user-experience', heading: 'Clash of User Experience', body: clash(clashes.userExperience) },
  { id: 'spannungsfelder', heading: 'Spannungsfelder der Verwaltung', body: html`<mdk-tag-list .tags=${clashes.tensions}></mdk-tag-list>` },
  { id: 'mission', heading: 'Digitalisierungsstrategie – Mission', body: html`<mdk-pillars heading-level="3" .items=${mission}></mdk-pillars>` },
  { id: 'digitalisierungsstrategie', heading: 'Digitalisierungsstrategie', body: html`<mdk-pillars heading-level="3" .items=${strategyParts}></mdk-pillars>` },
  { id: 'weg-zum-handeln', heading: '… Weg zum Handeln: Die strategische Positionierung', body: positioningTemplate },
  { id: 'weg-zum-handeln-themen', heading: '… Weg zum Handeln: Themen', body: positioningWithTopics },
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
  .talk-slide-title {
    margin: 0;
    color: var(--mdk-color-text-heading);
    font-family: var(--mdk-font-family-heading);
    font-weight: var(--mdk-font-weight-heading);
    line-height: var(--mdk-font-line-height-heading);
    overflow-wrap: break-word;
    hyphens: auto;
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

/** The brand frame of the city theme chosen in the toolbar (München by default). */
const brandHeader = (theme: unknown) => {
  const brand = cityBrandFor(theme);
  return html`<mdk-brand-header city=${brand.city} department=${brand.department} wordmark=${brand.wordmark} main-id="vortrag"></mdk-brand-header>`;
};
const brandFooter = (theme: unknown) => {
  const brand = cityBrandFor(theme);
  return html`<mdk-brand-footer
    city=${brand.city}
    department=${brand.department}
    wordmark=${brand.wordmark}
    imprint-href="https://example.org/impressum"
    privacy-href="https://example.org/datenschutz"
    accessibility-href="https://example.org/barrierefreiheit"
  ></mdk-brand-footer>`;
};

/**
 * The talk as one scrolling page in the brand frame: one h1 (the title, in the hero's band), an h2
 * per slide. `theme` is the city theme (the toolbar's global): the brand frame's texts follow it.
 */
export function renderTalkPage(theme: unknown = 'muenchen') {
  return html`${talkStyles}
    <div class="talk-page">
      ${brandHeader(theme)}
      <main id="vortrag" class="talk-main" tabindex="-1">
        ${talkSlides.map((slide) =>
          slide.headingInBody
            ? html`<section class="talk-slide" id=${slide.id} aria-label=${slide.heading}>${slide.body}</section>`
            : html`<section class="talk-slide" id=${slide.id} aria-labelledby=${`${slide.id}-titel`} data-mdk-citation-scope>
                <h2 id=${`${slide.id}-titel`} class="talk-slide-title">${slide.heading}</h2>
                ${slide.body}
              </section>`,
        )}
      </main>
      ${brandFooter(theme)}
    </div>`;
}

/** The talk as a deck in the brand frame: the title slide's heading is the page's h1. */
export function renderTalkDeck(mode: 'overview' | 'present' = 'present', theme: unknown = 'muenchen') {
  return html`${talkStyles}
    <div class="talk-page">
      ${brandHeader(theme)}
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
      ${brandFooter(theme)}
    </div>`;
}
