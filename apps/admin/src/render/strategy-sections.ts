import '@muenchen-digital/components';
import { formatIsoDate } from '@muenchen-digital/components/hero.js';
import { locationOf, type StrategyDocument } from '@muenchen-digital/content';
import { html, nothing, type TemplateResult } from 'lit';

/**
 * The strategy as a sequence of sections — one per slide of the talk — built only from the kit's
 * components. The web page, the deck and the published site all render these, so the three never
 * disagree. Sections without content are left out.
 */
export interface StrategySection {
  /** Stable id: the page's anchor and the deck's slide id. */
  id: string;
  /** The section's heading (h2 on the page, the slide's title in the deck). */
  heading: string;
  body: TemplateResult;
  /** Footnote markers in this section resolve to sources in this section. */
  citationScope?: boolean;
  /**
   * The body's own component renders the page's heading (the hero's h1, the key message's h2): no
   * second one; `heading` then only names the section (and titles its slide).
   */
  headingInBody?: boolean;
  /** The body on a slide, where the slide shows the heading: the same content without its heading. */
  slideBody?: TemplateResult;
}

const hasText = (value: string) => value.trim() !== '';

/** The highlighted fact of the administration's challenges: its figure, its text, or both. */
const hasHighlight = (document: StrategyDocument) =>
  hasText(document.challenges.administration.highlight.figure) || hasText(document.challenges.administration.highlight.text);

/** Any of the contact's details: a contact with only a phone number or a unit still shows. */
const hasContact = ({ contact }: StrategyDocument) => [contact.name, contact.position, contact.unit, contact.email, contact.phone].some(hasText);

/**
 * A key figure's "Stand" as the tile shows and reads it: the form stores a date ("2025-06-30", "2025-06",
 * "2025"), the tile takes text as written, so it gets "30. Juni 2025" / "30 June 2025", as hero and
 * publications show their dates.
 */
function asOfText(asOf: string, language: StrategyDocument['language']): string {
  return formatIsoDate(asOf, language)?.text ?? asOf;
}

/** The number a source is cited by: its position in the list, from 1. */
function sourceNumbers(document: StrategyDocument): Map<string, string> {
  return new Map(document.sources.items.map((source, index) => [source.id, String(index + 1)]));
}

function keyFigures(document: StrategyDocument): TemplateResult {
  const numbers = sourceNumbers(document);
  // Every source, cited or not yet: what the team entered shows, and the numbers run without gaps.
  const sources = document.sources.items;
  return html`<div class="strategy-stack">
    ${document.keyFigures.groups.map(
      (group) => html`<mdk-kpi-group heading=${group.heading} spoken-heading=${group.spokenHeading || nothing} heading-level="3">
        ${group.figures.map(
          (figure) => html`<mdk-kpi-tile
            value=${figure.value}
            qualifier=${figure.qualifier}
            unit=${figure.unit}
            notation=${figure.notation}
            label=${figure.label}
            spoken-label=${figure.spokenLabel || nothing}
            source=${numbers.get(figure.sourceId) ?? nothing}
            as-of=${figure.asOf ? asOfText(figure.asOf, document.language) : nothing}
          ></mdk-kpi-tile>`,
        )}
      </mdk-kpi-group>`,
    )}
    ${sources.length === 0
      ? nothing
      : html`<mdk-source-list heading=${document.sources.heading || nothing} heading-level="3">
          ${sources.map(
            (source) => html`<mdk-source number=${numbers.get(source.id) ?? ''} href=${source.href || nothing}>${source.text}</mdk-source>`,
          )}
        </mdk-source-list>`}
  </div>`;
}

function visionParts(typedText: string, typedEmphasis: string) {
  // In one Unicode form, as the schema compares them: "ü" pasted from a PDF is "u" and a combining mark.
  const [text, emphasis] = [typedText.normalize('NFC'), typedEmphasis.normalize('NFC')];
  const at = emphasis === '' ? -1 : text.indexOf(emphasis);
  return at === -1 ? { before: text, emphasis: '', after: '' } : { before: text.slice(0, at), emphasis, after: text.slice(at + emphasis.length) };
}

/**
 * The channels and the contact. On the page the list's own heading names the section; on a slide, which
 * has its own heading, `no-heading` leaves the list's out: "Unsere Kanäle" is said once.
 */
function channelsBody(document: StrategyDocument, where: 'page' | 'slide') {
  return html`<div class="strategy-columns">
    <mdk-channel-links
      ?no-heading=${where === 'slide' && hasText(document.channels.heading)}
      heading=${document.channels.heading}
      heading-level="2"
      .channels=${document.channels.items.map(({ platform, account, href, newTab }) => ({ platform, account, href, newTab }))}
    ></mdk-channel-links>
    <mdk-contact
      heading=${document.contact.heading}
      heading-level="3"
      name=${document.contact.name}
      position=${document.contact.position}
      unit=${document.contact.unit}
      email=${document.contact.email}
      phone=${document.contact.phone}
    ></mdk-contact>
  </div>`;
}

/** The recommendations: the list of titles, then a card for each recommendation with content. */
function recommendationsBody(document: StrategyDocument, where: 'page' | 'slide') {
  return html`<div class="strategy-stack">
    <mdk-recommendation-list
      ?no-heading=${where === 'slide' && hasText(document.recommendations.heading)}
      heading=${document.recommendations.heading}
      heading-level="2"
      .items=${document.recommendations.items.map(({ title, highlighted }) => ({ title, highlighted }))}
    ></mdk-recommendation-list>
    ${document.recommendations.items
      .filter((item) => item.startingPoint.length > 0 || item.measures.length > 0)
      .map(
        (item) => html`<mdk-recommendation
          heading=${item.title}
          heading-level="3"
          .startingPoint=${item.startingPoint}
          .measures=${item.measures}
        ></mdk-recommendation>`,
      )}
  </div>`;
}

/**
 * The sections' ids — the page's anchors and the deck's slide ids, which readers see in the address
 * ("…#kennzahlen") and share — in the document's language.
 */
export const sectionAnchors = {
  de: {
    main: 'inhalt',
    title: 'titel',
    sovereignty: 'souveraenitaet',
    keyMessage: 'kernbotschaft',
    vision: 'vision',
    keyFigures: 'kennzahlen',
    challenges: 'herausforderungen',
    mission: 'mission',
    positioning: 'positionierung',
    publications: 'publikationen',
    recommendations: 'empfehlungen',
    closing: 'abschluss',
    channels: 'kanaele',
  },
  en: {
    main: 'content',
    title: 'title',
    sovereignty: 'sovereignty',
    keyMessage: 'key-message',
    vision: 'vision',
    keyFigures: 'key-figures',
    challenges: 'challenges',
    mission: 'mission',
    positioning: 'positioning',
    publications: 'publications',
    recommendations: 'recommendations',
    closing: 'closing',
    channels: 'channels',
  },
} as const satisfies Record<StrategyDocument['language'], Record<string, string>>;

export function strategySections(document: StrategyDocument): StrategySection[] {
  const anchor = sectionAnchors[document.language];
  const sections: (StrategySection | false)[] = [
    {
      id: anchor.title,
      heading: document.hero.title,
      headingInBody: true,
      body: html`<mdk-hero
        heading=${document.hero.title}
        heading-level="1"
        subheading=${document.hero.subtitle}
        speaker=${document.hero.speaker}
        speaker-role=${document.hero.role}
        date=${document.hero.date}
      ></mdk-hero>`,
      // On the slide its heading is the title (the h1): the hero's band carries the subtitle as its own heading.
      slideBody: html`<mdk-hero
        heading=${document.hero.subtitle}
        heading-level="2"
        speaker=${document.hero.speaker}
        speaker-role=${document.hero.role}
        date=${document.hero.date}
      ></mdk-hero>`,
    },
    document.sovereignty.terms.length > 0 && {
      id: anchor.sovereignty,
      heading: document.sovereignty.heading,
      body: html`<mdk-quote-cloud .terms=${document.sovereignty.terms}></mdk-quote-cloud>`,
    },
    hasText(document.keyMessage) && {
      id: anchor.keyMessage,
      // Named by what it is ("Kernbotschaft", the form's word for it), not by the message itself: the
      // slide's title above the statement, and the page section's name, would say the sentence twice.
      heading: locationOf('keyMessage', document.language),
      headingInBody: true,
      body: html`<mdk-statement text=${document.keyMessage} heading-level="2"></mdk-statement>`,
      slideBody: html`<mdk-statement text=${document.keyMessage}></mdk-statement>`,
    },
    hasText(document.vision.text) && {
      id: anchor.vision,
      heading: document.vision.heading,
      body: (() => {
        const parts = visionParts(document.vision.text, document.vision.emphasis);
        return html`<mdk-vision text-before=${parts.before} emphasis=${parts.emphasis} text-after=${parts.after}></mdk-vision>`;
      })(),
    },
    (document.keyFigures.groups.length > 0 || document.sources.items.length > 0) && {
      id: anchor.keyFigures,
      heading: document.keyFigures.heading,
      body: keyFigures(document),
      citationScope: true,
    },
    (document.challenges.society.topics.length > 0 || document.challenges.administration.facts.length > 0 || hasHighlight(document)) && {
      id: anchor.challenges,
      heading: document.challenges.heading,
      body: html`<div class="strategy-columns">
        <mdk-tag-list heading=${document.challenges.society.heading} heading-level="3" .tags=${document.challenges.society.topics}></mdk-tag-list>
        <div class="strategy-stack">
          <mdk-tag-list
            heading=${document.challenges.administration.heading}
            heading-level="3"
            .tags=${document.challenges.administration.facts}
          ></mdk-tag-list>
          ${hasHighlight(document)
            ? html`<mdk-callout
                figure=${document.challenges.administration.highlight.figure}
                text=${document.challenges.administration.highlight.text}
              ></mdk-callout>`
            : nothing}
        </div>
      </div>`,
    },
    document.mission.items.length > 0 && {
      id: anchor.mission,
      heading: document.mission.heading,
      body: html`<mdk-pillars heading-level="3" .items=${document.mission.items.map(({ title, text }) => ({ title, text }))}></mdk-pillars>`,
    },
    // Two slides each, as in the talk: the statement with its topics under the positioning's heading,
    // then its 360° view of one topic under the heading the positionings share ("Strategische
    // Positionierung"), or the positioning's own when that is left blank.
    ...document.positionings.items.flatMap((positioning) => [
      {
        id: `${anchor.positioning}-${positioning.id}`,
        heading: positioning.heading,
        body: html`<div class="strategy-stack">
          ${positioning.subtitle.trim() ? html`<p class="strategy-lead">${positioning.subtitle}</p>` : nothing}
          <mdk-positioning topic="" heading-level="3" statement=${positioning.statement} .topics=${positioning.topics}></mdk-positioning>
        </div>`,
      },
      positioning.dimensions.length > 0 && {
        id: `${anchor.positioning}-${positioning.id}-360`,
        heading: hasText(document.positionings.heading) ? document.positionings.heading : positioning.heading,
        body: html`<mdk-positioning
          topic=${positioning.exampleTopic}
          heading-level="3"
          statement=${positioning.statement}
          .dimensions=${positioning.dimensions.map(({ title, points }) => ({ title, points }))}
        ></mdk-positioning>`,
      },
    ]),
    document.publications.items.length > 0 && {
      id: anchor.publications,
      heading: document.publications.heading,
      body: html`<div class="strategy-stack">
        ${document.publications.items.map(
          (publication) => html`<mdk-publication
            heading=${publication.title}
            heading-level="3"
            authors=${publication.authors}
            publisher=${publication.publisher}
            date=${publication.date}
            licence=${publication.licence}
            href=${publication.href || nothing}
            format=${publication.format}
            size=${publication.size}
            pages=${publication.pages}
          ></mdk-publication>`,
        )}
      </div>`,
    },
    document.recommendations.items.length > 0 && {
      id: anchor.recommendations,
      heading: document.recommendations.heading,
      // On the page the list's own heading is the section's: no second "Empfehlungen" above it. On a
      // slide the slide's heading is, and the list has none.
      headingInBody: true,
      body: recommendationsBody(document, 'page'),
      slideBody: recommendationsBody(document, 'slide'),
    },
    (document.closing.pillars.length > 0 || hasText(document.closing.call) || hasText(document.closing.quote)) && {
      id: anchor.closing,
      heading: document.closing.heading,
      body: html`<div class="strategy-stack">
        ${document.closing.pillars.length > 0
          ? html`<mdk-pillars heading-level="3" .items=${document.closing.pillars.map(({ title, subtitle }) => ({ title, text: subtitle }))}></mdk-pillars>`
          : nothing}
        ${hasText(document.closing.call) ? html`<mdk-statement text=${document.closing.call}></mdk-statement>` : nothing}
        ${hasText(document.closing.quote) ? html`<mdk-quote-cloud .terms=${[document.closing.quote]}></mdk-quote-cloud>` : nothing}
      </div>`,
    },
    (document.channels.items.length > 0 || hasContact(document)) && {
      id: anchor.channels,
      heading: document.channels.heading,
      // On the page the list's own heading is the section's; on a slide the slide's heading is, and the
      // list has none: "Unsere Kanäle" once, not twice.
      headingInBody: true,
      body: channelsBody(document, 'page'),
      slideBody: channelsBody(document, 'slide'),
    },
  ];
  return sections.filter((section): section is StrategySection => section !== false);
}
