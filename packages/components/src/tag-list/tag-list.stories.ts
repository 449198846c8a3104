import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { challenges } from '../examples/strategy-talk.js';
import '../tag-list.js';
import { expectReflowAt320, narrowViewport } from '../examples/story-viewports.js';

interface TagListArgs {
  heading: string;
  'heading-level': string;
  'no-heading': boolean;
  tags: string[];
}

const meta = {
  title: 'Strategy/Tag list',
  component: 'mdk-tag-list',
  args: { heading: 'Gesellschaftliche Herausforderungen', 'heading-level': '2', 'no-heading': false, tags: challenges.society },
  argTypes: { 'heading-level': { control: 'select', options: ['2', '3', '4', '5', '6'] } },
  render: (args) => html`<mdk-tag-list
    heading=${args.heading}
    heading-level=${args['heading-level']}
    ?no-heading=${args['no-heading']}
    .tags=${args.tags}
  ></mdk-tag-list>`,
} satisfies Meta<TagListArgs>;

export default meta;
type Story = StoryObj<TagListArgs>;

export const Default: Story = {};

export const WithoutHeading: Story = { args: { heading: '' } };

export const German: Story = { parameters: { lang: 'de' } };

export const English: Story = {
  parameters: { lang: 'en' },
  args: {
    heading: 'Challenges for society',
    tags: ['Climate crisis', 'Sustainability', 'Scarce resources', 'Mobility', 'Demographic change', 'Urbanisation', 'Social integration', 'Digitalisation'],
  },
};

export const LongText: Story = {
  args: {
    tags: [
      'Klimakrise',
      'Nachhaltige Beschaffung von Hard- und Software für die gesamte Stadtverwaltung',
      'Fachkräftemangelbewältigungsstrategie',
      'Mobilität',
    ],
  },
};

export const Empty: Story = { name: 'Empty (renders nothing)', args: { tags: [] } };

/** `tags` that is not JSON (brackets without quotes): nothing is shown, nothing throws, and a development build says why. */
export const MalformedTags: Story = {
  name: 'Malformed tags attribute (renders nothing)',
  // Fixed markup on purpose (what it shows is the markup itself): no controls, none that would do nothing.
  parameters: { controls: { disable: true } },
  render: () => html`<mdk-tag-list heading="Herausforderungen" tags="[Klimakrise, Demografie]"></mdk-tag-list>`,
};

export const Narrow: Story = {
  name: 'At 320 px',
  globals: narrowViewport,
  render: (args) => html`<div style="width: 288px">${meta.render(args)}</div>`,
  play: expectReflowAt320,
};

/** `no-heading`: the element's own heading left out, where the slide's or section's heading already says it. */
export const NoHeading: Story = { name: 'No heading (no-heading)', args: { 'no-heading': true } };
