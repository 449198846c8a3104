import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { recommendations } from '../examples/strategy-talk.js';
import { listItems, recommendationsEnglish } from '../examples/recommendations.js';
import '../recommendation.js';
import { expectReflowAt320, narrowViewport } from '../examples/story-viewports.js';

interface RecommendationArgs {
  heading: string;
  'heading-level': string;
  'starting-point': string[];
  measures: string[];
}

const contentFor = (lang: 'de' | 'en') => (lang === 'en' ? recommendationsEnglish : recommendations);

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
  args: {
    heading: first!.title,
    'heading-level': '3',
    'starting-point': first!.startingPoint,
    measures: first!.measures,
  },
  argTypes: {
    'heading-level': { control: 'select', options: ['2', '3', '4', '5'] },
  },
  render: (args) => html`<div style="max-width: 48rem">
    <mdk-recommendation
      heading=${args.heading}
      heading-level=${args['heading-level']}
      .startingPoint=${args['starting-point']}
      .measures=${args.measures}
    ></mdk-recommendation>
  </div>`,
} satisfies Meta<RecommendationArgs>;

export default meta;
type Story = StoryObj<RecommendationArgs>;

export const WithBothLists: Story = { name: 'With both lists' };

export const WithOneListEmpty: Story = {
  name: 'With one list empty',
  args: { heading: second!.title, 'starting-point': [], measures: second!.measures },
};

/** The other way round: where things stand, without measures yet. */
export const OnlyStartingPoint: Story = {
  name: 'With only the starting point',
  args: { heading: second!.title, 'starting-point': second!.startingPoint, measures: [] },
};

export const German: Story = {
  name: 'German: list and recommendations',
  parameters: { lang: 'de', controls: { disable: true } },
  render: () => renderRecommendationsPage('de'),
};

export const English: Story = {
  name: 'English: list and recommendations',
  parameters: { lang: 'en', controls: { disable: true } },
  render: () => renderRecommendationsPage('en'),
};

const longTitle =
  'Personalprozesse, Laufbahnen, Bewertungen und Qualifizierungsangebote konsequent an den tatsächlichen Anforderungen digitaler Projekte und ihrer interdisziplinären Teams ausrichten';

export const LongText: Story = {
  name: 'Long text',
  // Composed of several elements with fixed content: no controls, none that would do nothing.
  parameters: { controls: { disable: true } },
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
  // Composed of several elements with fixed content: no controls, none that would do nothing.
  parameters: { controls: { disable: true } },
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
  // Composed of several elements with fixed content: no controls, none that would do nothing.
  parameters: { controls: { disable: true } },
  globals: narrowViewport,
  render: () => html`<div style="width: 288px; display: grid; gap: 2rem">
    <mdk-recommendation-list .items=${listItems(recommendations)}></mdk-recommendation-list>
    <mdk-recommendation heading=${first!.title} .startingPoint=${first!.startingPoint} .measures=${first!.measures}></mdk-recommendation>
  </div>`,
  play: expectReflowAt320,
};
