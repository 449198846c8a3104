import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { hero } from '../examples/strategy-talk.js';
import { skylineImage } from '../examples/story-images.js';
import '../hero.js';
import { expectReflowAt320, narrowViewport } from '../examples/story-viewports.js';

interface HeroArgs {
  heading: string;
  'heading-level': string;
  subheading: string;
  speaker: string;
  'speaker-role': string;
  date: string;
}

const renderHero = (args: HeroArgs, image = false) => html`<mdk-hero
  heading=${args.heading}
  heading-level=${args['heading-level']}
  subheading=${args.subheading}
  speaker=${args.speaker}
  speaker-role=${args['speaker-role']}
  date=${args.date}
  >${image ? skylineImage() : ''}</mdk-hero
>`;

const meta = {
  title: 'Strategy/Hero',
  component: 'mdk-hero',
  args: {
    heading: hero.title,
    'heading-level': '1',
    subheading: hero.subtitle,
    speaker: hero.speaker,
    'speaker-role': hero.role,
    date: hero.date,
  },
  argTypes: { 'heading-level': { control: 'select', options: ['1', '2', '3', '4', '5', '6'] } },
  render: (args) => renderHero(args),
} satisfies Meta<HeroArgs>;

export default meta;
type Story = StoryObj<HeroArgs>;

export const Default: Story = { name: 'Default (heading level 1)' };

export const HeadingLevelTwo: Story = { name: 'Heading level 2', args: { 'heading-level': '2' } };

/** Only a title and a month: no subheading, no speaker; the date alone on its line, as "Juni 2025". */
export const TitleAndMonth: Story = {
  name: 'Title and a month only',
  args: { subheading: '', speaker: '', 'speaker-role': '', date: '2025-06' },
};

export const WithImage: Story = { name: 'With a decorative image', render: (args) => renderHero(args, true) };

export const German: Story = { parameters: { lang: 'de' } };

export const English: Story = {
  parameters: { lang: 'en' },
  args: { heading: 'From strategy to action', subheading: 'Digital sovereignty for a future-proof administration' },
};

export const MalformedDate: Story = { name: 'Malformed date (shown as written)', args: { date: '3.6.2025' } };

export const LongText: Story = {
  args: {
    heading: 'Von der Strategie zum Handeln: Digitale Souveränität, Open Source und Künstliche Intelligenz in einer wachsenden Stadtverwaltung',
    subheading:
      'Wie eine Großstadtverwaltung ihre digitale Handlungsfähigkeit sichert – mit gemeinsamer Strategie, vernetzter Zusammenarbeit und Investitionen in die Menschen',
    'speaker-role': 'E-/Open-Government & Smart City, IT-Referat der Landeshauptstadt München',
  },
};

export const Empty: Story = {
  name: 'Empty (renders nothing)',
  args: { heading: '', subheading: '', speaker: '', 'speaker-role': '', date: '' },
};

export const Narrow: Story = {
  name: 'At 320 px',
  globals: narrowViewport,
  render: (args) => html`<div style="width: 288px">${renderHero(args, true)}</div>`,
  play: expectReflowAt320,
};
