import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../callout.js';
import { expectReflowAt320, narrowViewport } from '../examples/story-viewports.js';

interface CalloutArgs {
  figure: string;
  text: string;
  label: string;
}

const meta = {
  title: 'Strategy/Callout',
  component: 'mdk-callout',
  // The talk's highlighted fact (challenges.administration.highlight), split into figure and text. A
  // no-break space (\u00a0) keeps a number with its unit on one line: "20 %", "10 Jahren".
  args: { figure: 'Über 7.000', text: 'Beschäftigte scheiden in den nächsten 10\u00a0Jahren aus (20\u00a0% aller Beschäftigten)', label: '' },
  render: (args) => html`<div style="max-width: 36rem">
    <mdk-callout figure=${args.figure} text=${args.text} label=${args.label}></mdk-callout>
  </div>`,
} satisfies Meta<CalloutArgs>;

export default meta;
type Story = StoryObj<CalloutArgs>;

export const Default: Story = {};

export const OwnLabel: Story = { name: 'With its own label', args: { label: 'Verwaltung' } };

export const TextOnly: Story = { name: 'Text only', args: { figure: '', text: 'Die angespannte Haushaltslage erschwert die Nachbesetzung von Stellen.' } };

export const German: Story = { parameters: { lang: 'de' } };

export const English: Story = {
  parameters: { lang: 'en' },
  // English writes "20%" without a space.
  args: { figure: 'Over 7,000', text: 'employees will retire in the next 10\u00a0years (20% of all staff)' },
};

export const LongText: Story = {
  args: {
    figure: 'Über 7.000',
    text: 'Beschäftigte scheiden in den nächsten 10\u00a0Jahren aus, das sind 20\u00a0% aller Beschäftigten der Stadtverwaltung; gleichzeitig erschweren Fachkräftemangel und Haushaltslage die Nachbesetzung – Verwaltungsfachangestelltenausbildung wird zur Schlüsselaufgabe.',
  },
};

export const FigureOnly: Story = { name: 'Figure only', args: { figure: 'Über 7.000', text: '' } };

export const Empty: Story = { name: 'Empty (renders nothing)', args: { figure: '', text: '' } };

export const Narrow: Story = {
  name: 'At 320 px',
  globals: narrowViewport,
  render: (args) => html`<div style="width: 288px">
    <mdk-callout figure=${args.figure} text=${args.text} label=${args.label}></mdk-callout>
  </div>`,
  play: expectReflowAt320,
};
