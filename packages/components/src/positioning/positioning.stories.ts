import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { positioning } from '../examples/strategy-talk.js';
import '../positioning.js';
import type { PositioningDimension } from './dimensions.js';
import { expectReflowAt320, narrowViewport } from '../examples/story-viewports.js';

interface PositioningArgs {
  topic: string;
  statement: string;
  'heading-level': string;
  dimensions: PositioningDimension[];
  topics: string[];
}

const five = positioning.example.dimensions;
const eight: PositioningDimension[] = [
  ...five,
  { title: 'Daten', points: ['Offene Daten als Grundlage', 'Datenschutz von Anfang an'] },
  { title: 'Zusammenarbeit', points: ['Mit Hochschulen und Forschung', 'Mit anderen Kommunen'] },
  { title: 'Finanzierung', points: ['Fördermittel nutzen', 'Wirkung messen'] },
];

const englishStatement =
  'We want to create the conditions to use #Topic# sensibly and responsibly in the administration and the city’s infrastructure – and to put it into practice pragmatically, even on a tight budget.';
const englishDimensions: PositioningDimension[] = [
  { title: 'Using AI solutions', points: ['Focus on use', 'Strategic evaluation', 'Integrating external applications'] },
  { title: 'Organising the AI roll-out', points: ['KICC – competence centre for artificial intelligence', 'Advice on AI and procurement', 'AI ecosystem'] },
  { title: 'Technology and architecture', points: ['Scalable IT infrastructure', 'High data quality', 'High availability', 'Green IT – sustainability'] },
  { title: 'People', points: ['A culture of trying and testing', 'AI talent and AI skills', 'Enable, not replace'] },
  { title: 'Ethics and regulation', points: ['Compliance with regulation', 'Transparency and control of AI solutions', 'Ethical aspects', 'Protection against AI-based crime'] },
];

const meta = {
  title: 'Strategy/Positioning',
  component: 'mdk-positioning',
  subcomponents: { 'mdk-strategy-card': 'mdk-strategy-card' },
  args: {
    topic: positioning.example.topic,
    statement: positioning.statement,
    'heading-level': '2',
    dimensions: five,
    topics: [],
  },
  argTypes: {
    'heading-level': { control: 'select', options: ['2', '3', '4', '5'] },
    dimensions: { control: 'object' },
    topics: { control: 'object' },
  },
  render: (args) => html`<mdk-positioning
    topic=${args.topic}
    statement=${args.statement}
    heading-level=${args['heading-level']}
    .dimensions=${args.dimensions}
    .topics=${args.topics}
  ></mdk-positioning>`,
} satisfies Meta<PositioningArgs>;

export default meta;
type Story = StoryObj<PositioningArgs>;

export const FiveDimensions: Story = { name: 'Five dimensions (Beispiel KI)' };

export const ThreeDimensions: Story = { name: 'Three dimensions', args: { dimensions: five.slice(0, 3) } };

export const EightDimensions: Story = { name: 'Eight dimensions', args: { dimensions: eight } };

/** Fewer than three dimensions make no ring: they stand in a grid, as more than eight do. */
export const TwoDimensions: Story = { name: 'Two dimensions (a grid, no ring)', args: { dimensions: five.slice(0, 2) } };

export const NineDimensions: Story = {
  name: 'Nine dimensions (a grid, no ring)',
  args: { dimensions: [...eight, { title: 'Kommunikation', points: ['Verständlich schreiben', 'Früh beteiligen'] }] },
};

export const TopicList: Story = {
  name: 'Topic list without dimensions',
  args: { topic: '', dimensions: [], topics: positioning.topics },
};

export const German: Story = { parameters: { lang: 'de' } };

export const English: Story = {
  args: { topic: 'AI', statement: englishStatement, dimensions: englishDimensions },
  parameters: { lang: 'en' },
};

export const EnglishTopicList: Story = {
  name: 'English topic list',
  args: { topic: '', statement: englishStatement, dimensions: [], topics: ['AI', 'Cloud', 'Digital sovereignty', 'Open source'] },
  parameters: { lang: 'en' },
};

export const LongText: Story = {
  args: {
    topic: 'Digitale Souveränität und Datensouveränitätsinfrastruktur',
    statement: `${positioning.statement} Dazu gehören klare Zuständigkeiten, offene Standards und eine Beschaffung, die Abhängigkeiten von einzelnen Anbietern vermeidet.`,
    dimensions: [
      { title: 'Rechtsverbindlichkeitsüberprüfung und Vergabeverfahrensgestaltung', points: ['Vergaberecht als Gestaltungsraum nutzen, nicht als Hindernis sehen', 'Open-Source-Klauseln in Ausschreibungen'] },
      ...five.slice(1, 4),
    ],
  },
};

export const MissingContent: Story = {
  name: 'Missing content: no statement, a dimension without points',
  args: {
    statement: '',
    dimensions: [{ title: 'Menschen', points: [] }, ...five.slice(0, 2)],
  },
};

export const MalformedAttributes: Story = {
  name: 'Malformed attributes (show nothing, never throw)',
  // Fixed markup on purpose (what it shows is the markup itself): no controls, none that would do nothing.
  parameters: { controls: { disable: true } },
  render: () => html`<mdk-positioning topic="KI" heading-level="zwei" dimensions="[{title: Menschen}]" topics="[KI, Cloud]"></mdk-positioning>`,
};

export const AsAttributes: Story = {
  name: 'Dimensions and topics as JSON attributes',
  // Fixed markup on purpose (what it shows is the markup itself): no controls, none that would do nothing.
  parameters: { controls: { disable: true } },
  render: () => html`<mdk-positioning
    topic="Cloud"
    statement="Wir wollen Rahmenbedingungen schaffen, um #Thema# sinnvoll zu nutzen."
    topics='["KI", "Cloud", "Digitale Souveränität", "Open Source"]'
    dimensions='[{"title": "Anwendung", "points": ["Souveräne Cloud"]}, {"title": "Architektur", "points": ["Offene Standards"]}, {"title": "Menschen", "points": ["Kompetenzen aufbauen"]}]'
  ></mdk-positioning>`,
};

export const Narrow: Story = {
  name: 'At 320 px',
  globals: narrowViewport,
  render: (args) => html`<div style="width: 288px">${meta.render(args)}</div>`,
  play: expectReflowAt320,
};
