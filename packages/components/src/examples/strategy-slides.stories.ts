import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../index.js';
import {
  challenges,
  closing,
  hero,
  keyMessage,
  mission,
  positioning,
  publication,
  recommendations,
  sovereigntyTerms,
  vision,
} from './strategy-talk.js';

/** One slide of the talk: a section named by its heading, content below. */
const slide = (id: string, title: string, content: unknown) => html`<section class="talk-slide" aria-labelledby=${id}>
  <h2 id=${id} class="talk-slide-title">${title}</h2>
  ${content}
</section>`;

const styles = html`<style>
  /* minmax(0, 1fr): a column never grows past the page to fit a long word; components wrap instead. */
  .talk {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--mdk-space-8);
    max-width: 80rem;
    color: var(--mdk-color-text-default);
    font-family: var(--mdk-font-family-body);
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
    font-size: var(--mdk-font-size-2xl);
    font-weight: var(--mdk-font-weight-heading);
    line-height: var(--mdk-font-line-height-heading);
    overflow-wrap: break-word;
    hyphens: auto;
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
</style>`;

/**
 * The strategy slides of the talk "Von der Strategie zum Handeln" (IT-Referat München, 2025), rebuilt
 * from the kit: title, „Souveräner Staat?“, key message, vision, challenges, mission, positioning and
 * the KI example, the study, the recommendations and the closing — one page, one `h1`, one `h2` per slide.
 */
const meta = {
  title: 'Examples/Strategy slides',
  parameters: { layout: 'padded' },
  render: () => html`${styles}
    <div class="talk">
      <mdk-hero
        heading=${hero.title}
        subheading=${hero.subtitle}
        speaker=${hero.speaker}
        speaker-role=${hero.role}
        date=${hero.date}
      ></mdk-hero>

      ${slide('slide-sovereignty', 'Souveräner Staat?', html`<mdk-quote-cloud .terms=${sovereigntyTerms}></mdk-quote-cloud>`)}

      <section class="talk-slide" aria-label="Kernbotschaft">
        <mdk-statement text=${keyMessage} heading-level="2"></mdk-statement>
      </section>

      ${slide(
        'slide-vision',
        'Vision',
        html`<mdk-vision text-before=${vision.before} emphasis=${vision.emphasis} text-after=${vision.after}></mdk-vision>`,
      )}
      ${slide(
        'slide-challenges',
        'Herausforderungen',
        html`<div class="talk-columns">
          <mdk-tag-list heading="… generell für die Gesellschaft" heading-level="3" .tags=${challenges.society}></mdk-tag-list>
          <div class="talk-stack">
            <mdk-tag-list
              heading="… für die Verwaltung einer Großstadt"
              heading-level="3"
              .tags=${challenges.administration.facts}
            ></mdk-tag-list>
            <mdk-callout
              figure="Über 7.000"
              text="Beschäftigte scheiden in den nächsten 10 Jahren aus (20 % aller Beschäftigten, Tendenz steigend)"
            ></mdk-callout>
          </div>
        </div>`,
      )}
      ${slide('slide-mission', 'Digitalisierungsstrategie – Mission', html`<mdk-pillars heading-level="3" .items=${mission}></mdk-pillars>`)}
      ${slide(
        'slide-positioning',
        '… Weg zum Handeln',
        html`<mdk-positioning
            topic=""
            heading-level="3"
            statement=${positioning.statement}
            .topics=${positioning.topics}
          ></mdk-positioning>
          <mdk-positioning
            topic=${positioning.example.topic}
            heading-level="3"
            statement=${positioning.statement}
            .dimensions=${positioning.example.dimensions}
          ></mdk-positioning>`,
      )}
      ${slide(
        'slide-study',
        'Die Studie',
        html`<mdk-publication
          heading=${publication.title}
          heading-level="3"
          authors=${publication.authors}
          publisher=${publication.publisher}
          date=${publication.date}
          licence=${publication.licence}
          href=${publication.href}
          format=${publication.format}
        ></mdk-publication>`,
      )}
      ${slide(
        'slide-recommendations',
        'Empfehlungen',
        html`<mdk-recommendation-list
            heading="Empfehlungen der Studie"
            heading-level="3"
            .items=${recommendations.map(({ title, highlighted }) => ({ title, highlighted }))}
          ></mdk-recommendation-list>
          <div class="talk-stack">
            ${recommendations
              .filter((recommendation) => recommendation.measures.length > 0)
              .map(
                (recommendation) => html`<mdk-recommendation
                  heading=${recommendation.title}
                  heading-level="3"
                  .startingPoint=${recommendation.startingPoint}
                  .measures=${recommendation.measures}
                ></mdk-recommendation>`,
              )}
          </div>`,
      )}
      ${slide(
        'slide-closing',
        'Zum Schluss',
        html`<mdk-statement text=${keyMessage}></mdk-statement>
          <mdk-pillars heading-level="3" .items=${closing.pillars.map(({ title, subtitle }) => ({ title, text: subtitle }))}></mdk-pillars>
          <mdk-statement text=${closing.call}></mdk-statement>
          <mdk-quote-cloud .terms=${[closing.quote]}></mdk-quote-cloud>`,
      )}
    </div>`,
} satisfies Meta;

export default meta;

export const StrategySlides: StoryObj = { name: 'Strategy slides' };
