import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { peopleIcon } from '../examples/icons.js';
import { positioning } from '../examples/strategy-talk.js';
import '../strategy-card.js';
import { expectReflowAt320, narrowViewport } from '../examples/story-viewports.js';

interface CardArgs {
  heading: string;
  'heading-level': string;
  points: string[];
  icon: boolean;
}

const [application, organisation, technology, people, ethics] = positioning.example.dimensions;

const meta = {
  title: 'Strategy/Strategy card',
  component: 'mdk-strategy-card',
  args: { heading: people!.title, 'heading-level': '3', points: people!.points, icon: true },
  argTypes: {
    'heading-level': { control: 'select', options: ['2', '3', '4', '5', '6'] },
    points: { control: 'object' },
    icon: { control: 'boolean', description: 'Story only: put a pictogram in the `icon` slot.' },
  },
  render: (args) => html`<div style="max-width: 24rem">
    <mdk-strategy-card heading=${args.heading} heading-level=${args['heading-level']} .points=${args.points}
      >${args.icon ? peopleIcon : ''}</mdk-strategy-card
    >
  </div>`,
} satisfies Meta<CardArgs>;

export default meta;
type Story = StoryObj<CardArgs>;

export const Default: Story = { name: 'With icon' };

export const WithoutIcon: Story = { args: { heading: application!.title, points: application!.points, icon: false } };

export const OnePoint: Story = { name: 'One point', args: { heading: 'Strategischer Rahmen', points: ['Strategisches Handeln'], icon: false } };

export const EightPoints: Story = {
  name: 'Eight points',
  args: {
    heading: 'Ethik, Technik und Menschen',
    points: [...ethics!.points, ...technology!.points],
    icon: false,
  },
};

/** Points without a heading: the card shows its list alone (a development build asks for the heading). */
export const WithoutHeading: Story = { name: 'Points without a heading', args: { heading: '', points: application!.points, icon: false } };

export const LongTitle: Story = { args: { heading: organisation!.title, points: organisation!.points } };

export const German: Story = { parameters: { lang: 'de' } };

export const English: Story = {
  args: { heading: 'People', points: ['A culture of trying and testing', 'AI talent and AI skills', 'Enable, not replace'] },
  parameters: { lang: 'en' },
};

export const LongText: Story = {
  args: {
    heading: 'Rechtsverbindlichkeitsüberprüfung der Organisationsstruktur für die Implementierung Künstlicher Intelligenz',
    points: [
      'KICC – Kompetenzzentrum für Künstliche Intelligenz, das Referate bei der Auswahl, Erprobung und Einführung von KI-Lösungen berät und begleitet',
      'Datenschutzfolgenabschätzungsverfahrensbegleitung',
      'Beratung zu KI und Beschaffung',
    ],
  },
};

export const WithoutPoints: Story = { name: 'Empty: without points', args: { heading: 'Menschen', points: [], icon: false } };

export const MalformedPoints: Story = {
  name: 'Malformed points attribute (shows none)',
  // Fixed markup on purpose (what it shows is the markup itself): no controls, none that would do nothing.
  parameters: { controls: { disable: true } },
  render: () => html`<div style="max-width: 24rem">
    <mdk-strategy-card heading="Menschen" points="[Kultur des Erprobens, Befähigen]"></mdk-strategy-card>
  </div>`,
};

export const PointsAsAttribute: Story = {
  name: 'Points as a JSON attribute',
  // Fixed markup on purpose (what it shows is the markup itself): no controls, none that would do nothing.
  parameters: { controls: { disable: true } },
  render: () => html`<div style="max-width: 24rem">
    <mdk-strategy-card
      heading="Menschen"
      heading-level="3"
      points='["Kultur des Erprobens und Testens", "KI-Talente und KI-Kompetenzen", "Befähigen statt ersetzen"]'
    ></mdk-strategy-card>
  </div>`,
};

export const Narrow: Story = {
  name: 'At 320 px',
  globals: narrowViewport,
  args: { heading: organisation!.title, points: organisation!.points },
  render: (args) => html`<div style="width: 288px">
    <mdk-strategy-card heading=${args.heading} heading-level=${args['heading-level']} .points=${args.points}
      >${args.icon ? peopleIcon : ''}</mdk-strategy-card
    >
  </div>`,
  play: expectReflowAt320,
};

/** Neither heading nor points: the card renders nothing, rather than an empty box a screen reader would enter. */
export const Empty: Story = { name: 'Empty (renders nothing)', args: { heading: '', points: [], icon: false } };
