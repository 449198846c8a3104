import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../deck.js';
import '../statement.js';
import '../tag-list.js';
import { challenges, keyMessage } from '../examples/strategy-talk.js';
import { expectReflowAt320, narrowViewport } from '../examples/story-viewports.js';

interface SlideArgs {
  heading: string;
  'heading-level': string;
}

/**
 * One slide on its own, as `<mdk-deck>` shows it in the overview (and prints it): a card with a real
 * heading and any content. Each story gives its slide an `id`: the docs page shows every story on one
 * page, and a slide without one takes an id made from its heading.
 */
const renderSlide = (args: SlideArgs, id: string, content: unknown = html`<mdk-statement text=${keyMessage}></mdk-statement>`) =>
  html`<mdk-slide id=${id} heading=${args.heading} heading-level=${args['heading-level']}>${content}</mdk-slide>`;

const meta = {
  title: 'Components/Slide',
  component: 'mdk-slide',
  args: { heading: 'Kernbotschaft', 'heading-level': '2' },
  argTypes: { 'heading-level': { control: 'select', options: ['1', '2', '3', '4', '5', '6'] } },
  render: (args) => renderSlide(args, 'folie-standard'),
} satisfies Meta<SlideArgs>;

export default meta;
type Story = StoryObj<SlideArgs>;

export const Default: Story = { name: 'A slide with a statement' };

export const German: Story = {
  name: 'German: heading and tags',
  parameters: { lang: 'de' },
  args: { heading: 'Herausforderungen' },
  render: (args) => renderSlide(args, 'folie-deutsch', html`<mdk-tag-list heading=${challenges.societyHeading} heading-level="3" .tags=${challenges.society}></mdk-tag-list>`),
};

export const English: Story = {
  parameters: { lang: 'en' },
  args: { heading: 'Key message' },
  render: (args) =>
    renderSlide(args, 'slide-english', html`<mdk-statement text="Digital sovereignty takes a strategy, joint action and courage."></mdk-statement>`),
};

export const HeadingLevelThree: Story = { name: 'Heading level 3', args: { 'heading-level': '3' }, render: (args) => renderSlide(args, 'folie-ebene-3') };

export const LongText: Story = {
  name: 'Long text',
  args: {
    heading:
      'Digitale Souveränität braucht Strategie, gemeinsames Handeln und Mut – und eine Verwaltung, die Verantwortung für ihre Informationstechnikinfrastruktur übernimmt',
  },
  render: (args) =>
    renderSlide(
      args,
      'folie-lang',
      html`<mdk-tag-list
        heading=${challenges.administrationHeading}
        heading-level="3"
        .tags=${[...challenges.administration.facts, 'Verwaltungsdigitalisierungsbeschleunigungsvorhaben']}
      ></mdk-tag-list>`,
    ),
};

/** Without a heading the slide is missing from the outline, and a deck announces it by number only (development warning). */
export const WithoutHeading: Story = {
  name: 'Without heading (announced by number only)',
  args: { heading: '' },
  render: (args) => renderSlide(args, 'folie-ohne-ueberschrift'),
};

export const Narrow: Story = {
  name: 'At 320 px',
  globals: narrowViewport,
  render: (args) => html`<div style="width: 288px">${renderSlide(args, 'folie-schmal')}</div>`,
  play: expectReflowAt320,
};
