import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { vision } from '../examples/strategy-talk.js';
import '../vision.js';
import { expectReflowAt320, narrowViewport } from '../examples/story-viewports.js';

interface VisionArgs {
  heading: string;
  'heading-level': string;
  'no-heading': boolean;
  'text-before': string;
  emphasis: string;
  'text-after': string;
}

const meta = {
  title: 'Strategy/Vision',
  component: 'mdk-vision',
  args: { heading: 'Vision', 'heading-level': '2', 'no-heading': false, 'text-before': vision.before, emphasis: vision.emphasis, 'text-after': vision.after },
  argTypes: { 'heading-level': { control: 'select', options: ['2', '3', '4', '5', '6'] } },
  render: (args) => html`<mdk-vision
    heading=${args.heading}
    heading-level=${args['heading-level']}
    ?no-heading=${args['no-heading']}
    text-before=${args['text-before']}
    emphasis=${args.emphasis}
    text-after=${args['text-after']}
  ></mdk-vision>`,
} satisfies Meta<VisionArgs>;

export default meta;
type Story = StoryObj<VisionArgs>;

export const German: Story = {};

export const WithoutHeading: Story = { name: 'Without heading', args: { heading: '' } };

export const English: Story = {
  parameters: { lang: 'en' },
  args: {
    'text-before':
      'Munich grows as an open, forward-looking city. Its digital services start from what the people in the city need, and make living together fairer, more sustainable and more liveable. They convince because they make everyday life easier for',
    emphasis: 'everyone',
    'text-after': '.',
  },
};

export const LongText: Story = {
  name: 'Long text',
  args: {
    'text-before':
      'München wächst als offene Großstadt mit Blick nach vorn, und mit ihr wachsen die Erwartungen an eine Verwaltung, die erreichbar ist, wann und wo die Menschen sie brauchen. Digitale Angebote entstehen hier gemeinsam mit denen, die sie nutzen: Sie werden erprobt, verbessert und erst dann breit eingeführt. So machen sie das Zusammenleben in der Stadt fairer, nachhaltiger und lebenswerter. Sie überzeugen, weil sie den Alltag für ',
    emphasis: 'alle Münchnerinnen und Münchner, gleich welchen Alters, welcher Herkunft und mit welchen Fähigkeiten,',
    'text-after': ' spürbar einfacher machen – heute, morgen und in den Verwaltungsdigitalisierungsprojekten der nächsten Jahre.',
  },
};

export const WithoutEmphasis: Story = { name: 'Without emphasis', args: { emphasis: '', 'text-after': 'alle einfacher machen.' } };

export const Empty: Story = {
  name: 'Empty content',
  args: { heading: 'Vision', 'text-before': '', emphasis: '', 'text-after': '' },
};

export const Narrow: Story = {
  name: 'At 320 px',
  globals: narrowViewport,
  render: (args) => html`<div style="width: 288px">${meta.render(args)}</div>`,
  play: expectReflowAt320,
};

/** `no-heading`: the element's own heading left out, where the slide's or section's heading already says it. */
export const NoHeading: Story = { name: 'No heading (no-heading)', args: { 'no-heading': true } };
