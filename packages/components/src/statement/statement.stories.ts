import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { closing, keyMessage } from '../examples/strategy-talk.js';
import '../statement.js';
import { expectReflowAt320, narrowViewport } from '../examples/story-viewports.js';

interface StatementArgs {
  text: string;
  'heading-level': string;
}

const meta = {
  title: 'Strategy/Statement',
  component: 'mdk-statement',
  args: { text: keyMessage, 'heading-level': '' },
  argTypes: { 'heading-level': { control: 'select', options: ['', '1', '2', '3', '4', '5', '6'] } },
  render: (args) => html`<mdk-statement text=${args.text} heading-level=${args['heading-level'] || nothing}></mdk-statement>`,
} satisfies Meta<StatementArgs>;

export default meta;
type Story = StoryObj<StatementArgs>;

export const Default: Story = {};

export const AsSlideHeading: Story = { name: 'As the slide\'s heading (level 2)', args: { 'heading-level': '2' } };

export const Closing: Story = { name: 'Closing call', args: { text: closing.call } };

export const German: Story = { parameters: { lang: 'de' } };

export const English: Story = {
  parameters: { lang: 'en' },
  args: { text: 'Digital sovereignty takes strategy, joint action and courage.' },
};

export const LongText: Story = {
  args: {
    text: 'Digitale Souveränität braucht eine Strategie, die Verwaltung, Stadtgesellschaft und Wirtschaft gemeinsam tragen, Beschaffungs- und Betriebsentscheidungen, die Abhängigkeiten von einzelnen Anbietern verringern, und den Mut, Dinge anders zu machen als bisher – auch dann, wenn der Haushalt knapp ist.',
  },
};

export const Empty: Story = { name: 'Empty (renders nothing)', args: { text: '' } };

export const Narrow: Story = {
  name: 'At 320 px',
  globals: narrowViewport,
  render: (args) => html`<div style="width: 288px">
    <mdk-statement text=${args.text} heading-level=${args['heading-level'] || nothing}></mdk-statement>
  </div>`,
  play: expectReflowAt320,
};

/** A level that is not 1 to 6: the message stays a paragraph, and a development build says so. */
export const BadHeadingLevel: Story = {
  name: 'Bad heading level (a paragraph)',
  argTypes: { 'heading-level': { control: 'text' } },
  args: { 'heading-level': 'zwei' },
};
