import type { Meta, StoryContext, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { recommendations } from '../examples/strategy-talk.js';
import '../recommendation.js';
import { expectReflowAt320, narrowViewport } from '../examples/story-viewports.js';

interface RecommendationArgs {
  heading: string;
  'heading-level': string;
  startingPoint: string[];
  measures: string[];
}

/** The same recommendations in English, for the English stories (the talk is German only). */
const recommendationsEnglish = [
  {
    title: 'Align HR processes with what projects need',
    highlighted: true,
    startingPoint: ['Digital projects need motivated, well-trained people.', 'HR processes still follow the logic of the line organisation.'],
    measures: ['Adapt grading and make careers within projects possible', 'Give professional and project experience more weight in hiring', 'Offer and expect training in project management'],
  },
  {
    title: 'Anchor responsibility centrally',
    highlighted: true,
    startingPoint: ['The digital transformation of the administration needs clear direction.', 'Scattered responsibilities slow progress down.'],
    measures: ['Bundle responsibility for the digital transformation', 'Bring steering, budget and decisions together in one place', 'Align the organisation with the task'],
  },
  {
    title: 'Allow budget funds to be used flexibly',
    highlighted: true,
    startingPoint: ['Digital projects need financial room to manoeuvre.', 'Budget law makes flexible spending hard.'],
    measures: ['Make funds easier to carry over and to pool', 'Provide dedicated budgets for digital projects'],
  },
  { title: 'Manage public holdings effectively', highlighted: false, startingPoint: [], measures: [] },
  { title: 'Establish project logic and tools for real cross-department collaboration', highlighted: false, startingPoint: [], measures: [] },
  { title: 'Strengthen our capability as a commissioning client', highlighted: false, startingPoint: [], measures: [] },
];

const languageOf = (context: StoryContext<RecommendationArgs>) =>
  ((context.parameters.lang as string | undefined) ?? context.globals.lang) === 'en' ? 'en' : 'de';
const contentFor = (lang: 'de' | 'en') => (lang === 'en' ? recommendationsEnglish : recommendations);
const listItems = (items: typeof recommendations) => items.map(({ title, highlighted }) => ({ title, highlighted }));

const [first, second] = recommendations;

/** The "Empfehlungen" slide and the slides after it: the list, then a card per recommendation with content. */
function renderRecommendationsPage(lang: 'de' | 'en') {
  const content = contentFor(lang);
  return html`<div style="display: grid; gap: 2rem">
    <mdk-recommendation-list .items=${listItems(content)}></mdk-recommendation-list>
    <div style="display: grid; gap: 1.5rem; grid-template-columns: repeat(auto-fill, minmax(min(100%, 36rem), 1fr))">
      ${content
        .filter((recommendation) => recommendation.measures.length > 0)
        .map(
          (recommendation) => html`<mdk-recommendation
            heading=${recommendation.title}
            heading-level="3"
            .startingPoint=${recommendation.startingPoint}
            .measures=${recommendation.measures}
          ></mdk-recommendation>`,
        )}
    </div>
  </div>`;
}

const meta = {
  title: 'Strategy/Recommendation',
  component: 'mdk-recommendation',
  subcomponents: { 'mdk-recommendation-list': 'mdk-recommendation-list' },
  args: {
    heading: first!.title,
    'heading-level': '3',
    startingPoint: first!.startingPoint,
    measures: first!.measures,
  },
  argTypes: {
    'heading-level': { control: 'select', options: ['2', '3', '4', '5'] },
    startingPoint: { control: 'object', description: 'Property `startingPoint` (attribute `starting-point`, a JSON array of texts).' },
    measures: { control: 'object', description: 'Property `measures` (attribute `measures`, a JSON array of texts).' },
  },
  render: (args) => html`<div style="max-width: 48rem">
    <mdk-recommendation
      heading=${args.heading}
      heading-level=${args['heading-level']}
      .startingPoint=${args.startingPoint}
      .measures=${args.measures}
    ></mdk-recommendation>
  </div>`,
} satisfies Meta<RecommendationArgs>;

export default meta;
type Story = StoryObj<RecommendationArgs>;

export const WithBothLists: Story = { name: 'With both lists' };

export const WithOneListEmpty: Story = {
  name: 'With one list empty',
  args: { heading: second!.title, startingPoint: [], measures: second!.measures },
};

/** The other way round: where things stand, without measures yet. */
export const OnlyStartingPoint: Story = {
  name: 'With only the starting point',
  args: { heading: second!.title, startingPoint: second!.startingPoint, measures: [] },
};

export const ListSomeHighlighted: Story = {
  name: 'Recommendation list, some highlighted',
  render: (_args, context) => html`<mdk-recommendation-list .items=${listItems(contentFor(languageOf(context)))}></mdk-recommendation-list>`,
};

export const ListNoneHighlighted: Story = {
  name: 'Recommendation list, none highlighted',
  render: (_args, context) =>
    html`<mdk-recommendation-list .items=${contentFor(languageOf(context)).map(({ title }) => title)}></mdk-recommendation-list>`,
};

export const SingleHighlighted: Story = {
  name: 'Recommendation list, a single highlighted card',
  render: (_args, context) => {
    const [only] = contentFor(languageOf(context));
    return html`<mdk-recommendation-list .items=${[{ title: only!.title, highlighted: true }]}></mdk-recommendation-list>`;
  },
};

/**
 * On a slide or section whose own heading already says "Empfehlungen": `no-heading` leaves the
 * list's heading out, so a screen reader hears the heading once, then the list.
 */
export const ListUnderTheSlidesHeading: Story = {
  name: 'Recommendation list under the slide’s heading (no-heading)',
  parameters: { lang: 'de' },
  render: () => html`<section aria-labelledby="empfehlungen-heading">
    <h2 id="empfehlungen-heading">Empfehlungen</h2>
    <mdk-recommendation-list no-heading .items=${listItems(recommendations)}></mdk-recommendation-list>
  </section>`,
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('mdk-recommendation-list')!;
    await list.updateComplete;
    await expect(list.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')).toBeNull();
    await expect(list.shadowRoot!.querySelectorAll('li')).toHaveLength(recommendations.length);
  },
};

export const German: Story = {
  name: 'German: list and recommendations',
  parameters: { lang: 'de' },
  render: () => renderRecommendationsPage('de'),
};

export const English: Story = {
  name: 'English: list and recommendations',
  parameters: { lang: 'en' },
  render: () => renderRecommendationsPage('en'),
};

const longTitle =
  'Personalprozesse, Laufbahnen, Bewertungen und Qualifizierungsangebote konsequent an den tatsächlichen Anforderungen digitaler Projekte und ihrer interdisziplinären Teams ausrichten';

export const LongText: Story = {
  name: 'Long text',
  render: () => html`<div style="display: grid; gap: 2rem; max-width: 48rem">
    <mdk-recommendation-list
      heading="Empfehlungen aus der Studie zur digitalen Transformation der Bundesministerien"
      .items=${[{ title: longTitle, highlighted: true }, { title: 'Donaudampfschifffahrtsgesellschaftskapitänsmützenaufbewahrungsverordnung' }]}
    ></mdk-recommendation-list>
    <mdk-recommendation
      heading=${longTitle}
      .startingPoint=${[
        'Digitale Vorhaben brauchen motivierte und gut ausgebildete Leute im Projekt, die über Jahre bleiben, ihr Wissen weitergeben und dafür auch anerkannt werden – in der Bewertung ihrer Stelle ebenso wie in ihrer Laufbahn.',
        'Rindfleischetikettierungsüberwachungsaufgabenübertragungsgesetz',
      ]}
      .measures=${first!.measures}
    ></mdk-recommendation>
  </div>`,
};

export const Empty: Story = {
  name: 'Empty or malformed content',
  render: () => html`<div style="display: grid; gap: 2rem; max-width: 48rem">
    <mdk-recommendation heading=${second!.title}></mdk-recommendation>
    <mdk-recommendation heading="Ohne gültige Listen" starting-point="[kein JSON" measures='{"kein": "Array"}'></mdk-recommendation>
    <mdk-recommendation></mdk-recommendation>
    <mdk-recommendation-list items="[]"></mdk-recommendation-list>
    <mdk-recommendation-list items="[kein JSON"></mdk-recommendation-list>
  </div>`,
};

export const Narrow: Story = {
  name: 'At 320 px',
  globals: narrowViewport,
  render: () => html`<div style="width: 288px; display: grid; gap: 2rem">
    <mdk-recommendation-list .items=${listItems(recommendations)}></mdk-recommendation-list>
    <mdk-recommendation heading=${first!.title} .startingPoint=${first!.startingPoint} .measures=${first!.measures}></mdk-recommendation>
  </div>`,
  play: expectReflowAt320,
};
