import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { sovereigntyTerms } from '../examples/strategy-talk.js';
import '../quote-cloud.js';
import { expectReflowAt320, narrowViewport } from '../examples/story-viewports.js';

interface QuoteCloudArgs {
  heading: string;
  'heading-level': string;
  'no-heading': boolean;
  terms: string[];
}

const englishTerms = [
  'Self-determined',
  'Not steered by lobbies',
  'Living in secure freedom',
  'Making decisions independently',
  'Trust',
  'Independent infrastructure',
  'Cannot be blackmailed',
  'Securing basic supplies',
  'Public services that work',
];

const meta = {
  title: 'Strategy/Quote cloud',
  component: 'mdk-quote-cloud',
  args: { heading: 'Souveräner Staat?', 'heading-level': '2', 'no-heading': false, terms: sovereigntyTerms },
  argTypes: { 'heading-level': { control: 'select', options: ['2', '3', '4', '5', '6'] } },
  render: (args) => html`<mdk-quote-cloud
    heading=${args.heading}
    heading-level=${args['heading-level']}
    ?no-heading=${args['no-heading']}
    .terms=${args.terms}
  ></mdk-quote-cloud>`,
} satisfies Meta<QuoteCloudArgs>;

export default meta;
type Story = StoryObj<QuoteCloudArgs>;

export const Default: Story = {};

export const WithoutHeading: Story = { args: { heading: '' } };

export const German: Story = { parameters: { lang: 'de' } };

export const English: Story = {
  name: 'English (“…”)',
  parameters: { lang: 'en' },
  args: { heading: 'A sovereign state?', terms: englishTerms },
};

export const LongText: Story = {
  args: {
    terms: [
      'Entscheidungen über die eigene IT-Infrastruktur selbständig und ohne Druck von außen treffen',
      'Vertrauen',
      'Sicherstellung der Grundversorgung auch bei Ausfall einzelner Anbieter',
      'Nicht erpressbar',
      'Daseinsvorsorgesicherstellungsverpflichtung',
    ],
  },
};

export const SingleTerm: Story = { name: 'A single term', args: { terms: ['Nicht erpressbar'] } };

export const Empty: Story = { name: 'Empty (renders nothing)', args: { terms: [] } };

/** `terms` that is not JSON (brackets without quotes): nothing is shown, nothing throws, and a development build says why. */
export const MalformedTerms: Story = {
  name: 'Malformed terms attribute (renders nothing)',
  // Fixed markup on purpose (what it shows is the markup itself): no controls, none that would do nothing.
  parameters: { controls: { disable: true } },
  render: () => html`<mdk-quote-cloud heading="Digitale Souveränität" terms="[Vertrauen, Selbstbestimmt]"></mdk-quote-cloud>`,
};

export const Narrow: Story = {
  name: 'At 320 px',
  globals: narrowViewport,
  render: (args) => html`<div style="width: 288px">${meta.render(args)}</div>`,
  play: expectReflowAt320,
};

/** `no-heading`: the element's own heading left out, where the slide's or section's heading already says it. */
export const NoHeading: Story = { name: 'No heading (no-heading)', args: { 'no-heading': true } };

/** Terms typed with quotation marks („Vertrauen“): the cloud sets its own, so they are not doubled. */
export const QuotedTerms: Story = { name: 'Terms typed with quotation marks', args: { terms: ['„Vertrauen“', '"Selbstbestimmt"', 'Nicht erpressbar'] } };
