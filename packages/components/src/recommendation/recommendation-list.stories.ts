import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { listItems, recommendationsEnglish } from '../examples/recommendations.js';
import { recommendations } from '../examples/strategy-talk.js';
import '../recommendation.js';
import type { RecommendationListItem } from '../recommendation.js';
import { expectReflowAt320, narrowViewport } from '../examples/story-viewports.js';

interface ListArgs {
  heading: string;
  'heading-level': string;
  'no-heading': boolean;
  items: (RecommendationListItem | string)[];
}

const meta = {
  title: 'Strategy/Recommendation list',
  component: 'mdk-recommendation-list',
  // No heading of its own: the element's default, "Empfehlungen" / "Recommendations", follows the language.
  args: { heading: '', 'heading-level': '2', 'no-heading': false, items: listItems(recommendations) },
  argTypes: { 'heading-level': { control: 'select', options: ['2', '3', '4', '5', '6'] } },
  parameters: {
    docs: {
      description: {
        // Usage, options, behaviours and the accessibility table are on the page the list shares with the recommendation.
        component:
          'The list of recommendations: a heading and the titles, the highlighted ones marked. Usage, options, behaviours and accessibility: [Strategy/Recommendation](?path=/docs/strategy-recommendation--docs).',
      },
    },
  },
  render: (args) => html`<mdk-recommendation-list
    heading=${args.heading}
    heading-level=${args['heading-level']}
    ?no-heading=${args['no-heading']}
    .items=${args.items}
  ></mdk-recommendation-list>`,
} satisfies Meta<ListArgs>;

export default meta;
type Story = StoryObj<ListArgs>;

export const SomeHighlighted: Story = { name: 'Some highlighted' };

/** Titles as plain texts: none is highlighted. */
export const NoneHighlighted: Story = { name: 'None highlighted', args: { items: recommendations.map(({ title }) => title) } };

export const SingleHighlighted: Story = {
  name: 'A single highlighted card',
  args: { items: [{ title: recommendations[0]!.title, highlighted: true }] },
};

export const English: Story = {
  parameters: { lang: 'en' },
  args: { items: listItems(recommendationsEnglish) },
};

/**
 * On a slide or section whose own heading already says "Empfehlungen": `no-heading` leaves the
 * list's heading out, so a screen reader hears the heading once, then the list.
 */
export const UnderTheSlidesHeading: Story = {
  name: 'Under the slide’s heading (no-heading)',
  parameters: { lang: 'de' },
  args: { 'no-heading': true },
  render: (args) => html`<section aria-labelledby="empfehlungen-heading">
    <h2 id="empfehlungen-heading">Empfehlungen</h2>
    ${meta.render(args)}
  </section>`,
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('mdk-recommendation-list')!;
    await list.updateComplete;
    await expect(list.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')).toBeNull();
    await expect(list.shadowRoot!.querySelectorAll('li')).toHaveLength(recommendations.length);
  },
};

export const LongText: Story = {
  name: 'Long text',
  args: {
    heading: 'Empfehlungen aus der Studie zur digitalen Transformation der Bundesministerien',
    items: [
      {
        title:
          'Personalprozesse, Laufbahnen, Bewertungen und Qualifizierungsangebote konsequent an den tatsächlichen Anforderungen digitaler Projekte und ihrer interdisziplinären Teams ausrichten',
        highlighted: true,
      },
      { title: 'Donaudampfschifffahrtsgesellschaftskapitänsmützenaufbewahrungsverordnung' },
    ],
  },
};

/** No items: nothing is rendered, no heading over an empty list. */
export const Empty: Story = { name: 'Empty (renders nothing)', args: { items: [] } };

export const Narrow: Story = {
  name: 'At 320 px',
  globals: narrowViewport,
  render: (args) => html`<div style="width: 288px">${meta.render(args)}</div>`,
  play: expectReflowAt320,
};
