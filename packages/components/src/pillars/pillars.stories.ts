import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, svg } from 'lit';
import { closing, mission } from '../examples/strategy-talk.js';
import '../pillars.js';
import type { PillarItem } from '../pillars.js';
import { expectReflowAt320, narrowViewport } from '../examples/story-viewports.js';

interface PillarsArgs {
  'heading-level': string;
  items: PillarItem[];
}

// Simple pictograms drawn for these stories (the kit ships no icon set); decorative, like any icon here.
const pictogram = (slot: string, paths: ReturnType<typeof svg>) => html`<svg
  slot=${slot}
  viewBox="0 0 24 24"
  fill="none"
  stroke="currentColor"
  stroke-width="2"
  stroke-linecap="round"
  stroke-linejoin="round"
>
  ${paths}
</svg>`;
const people = svg`<circle cx="9" cy="8" r="3.5"></circle><path d="M2.5 20c0-3.6 2.9-6.5 6.5-6.5s6.5 2.9 6.5 6.5"></path><circle cx="17" cy="9" r="2.5"></circle><path d="M16 13.6c3.1-.4 5.5 2 5.5 5.4"></path>`;
const network = svg`<circle cx="12" cy="5" r="2.5"></circle><circle cx="5" cy="18" r="2.5"></circle><circle cx="19" cy="18" r="2.5"></circle><path d="M10.8 7.2 6.2 15.8M13.2 7.2l4.6 8.6M7.5 18h9"></path>`;
const learning = svg`<path d="M9 18h6M10 21h4"></path><path d="M12 3a6 6 0 0 0-3.5 10.9c.6.5 1 1.2 1 2.1h5c0-.9.4-1.6 1-2.1A6 6 0 0 0 12 3Z"></path>`;
const frame = svg`<rect x="3.5" y="3.5" width="17" height="17" rx="1"></rect><path d="M3.5 9.5h17M9.5 9.5v11"></path>`;
const target = svg`<circle cx="12" cy="12" r="8.5"></circle><circle cx="12" cy="12" r="4.5"></circle><circle cx="12" cy="12" r="1"></circle>`;
const heart = svg`<path d="M12 20s-7.5-4.6-7.5-10A4.2 4.2 0 0 1 12 7.4 4.2 4.2 0 0 1 19.5 10c0 5.4-7.5 10-7.5 10Z"></path>`;

const missionIcons = [pictogram('icon-1', people), pictogram('icon-2', network), pictogram('icon-3', learning)];
const closingIcons = [pictogram('icon-1', frame), pictogram('icon-2', target), pictogram('icon-3', heart)];
const closingPillars: PillarItem[] = closing.pillars.map(({ title, subtitle }) => ({ title, text: subtitle }));

/** The mission in English, for the English story (the talk is German only). */
const missionEnglish: PillarItem[] = [
  { title: 'People first', text: 'What people need decides what we work on.' },
  { title: 'Connected', text: 'We work closely with everyone who helps shape the city.' },
  { title: 'Learning', text: 'We learn with every step and keep getting better.' },
];

const meta = {
  title: 'Strategy/Pillars',
  component: 'mdk-pillars',
  args: { 'heading-level': '3', items: mission },
  argTypes: {
    'heading-level': { control: 'select', options: ['2', '3', '4', '5', '6'] },
    items: { control: 'object', description: 'Property `items` (attribute `items`, a JSON array of `{ "title", "text" }`).' },
  },
  render: (args) => html`<mdk-pillars heading-level=${args['heading-level']} .items=${args.items}>${missionIcons}</mdk-pillars>`,
} satisfies Meta<PillarsArgs>;

export default meta;
type Story = StoryObj<PillarsArgs>;

export const Mission: Story = { name: 'German: mission' };

export const Closing: Story = {
  name: 'German: closing pillars',
  args: { items: closingPillars },
  render: (args) => html`<mdk-pillars heading-level=${args['heading-level']} .items=${args.items}>${closingIcons}</mdk-pillars>`,
};

export const English: Story = { parameters: { lang: 'en' }, args: { items: missionEnglish } };

export const WithoutIcons: Story = {
  name: 'Without icons',
  args: { items: closingPillars },
  render: (args) => html`<mdk-pillars heading-level=${args['heading-level']} .items=${args.items}></mdk-pillars>`,
};

/** Mission and closing pillars together: six in the grid, each with its own icon slot (`icon-4` onwards too). */
export const SixPillars: Story = {
  name: 'Six pillars',
  args: { items: [...mission, ...closingPillars] },
  render: (args) => html`<mdk-pillars heading-level=${args['heading-level']} .items=${args.items}
    >${missionIcons}${pictogram('icon-4', frame)}${pictogram('icon-5', target)}${pictogram('icon-6', heart)}</mdk-pillars
  >`,
};

export const LongText: Story = {
  name: 'Long text',
  args: {
    items: [
      {
        title: 'Menschen im Mittelpunkt aller digitalen Angebote der Stadtverwaltung',
        text: 'Was die Menschen in der Stadt brauchen, bestimmt, woran wir arbeiten: Wir fragen nach, testen mit ihnen und ändern, was nicht passt – auch wenn es schon fertig schien.',
      },
      { title: 'Verwaltungsdigitalisierungsbeschleunigung', text: 'Ein langes Wort, das trotzdem in die Karte passt.' },
      { title: 'Lernend', text: mission[2]!.text },
    ],
  },
};

export const Empty: Story = {
  name: 'Empty or malformed content',
  // Fixed markup on purpose (what it shows is the markup itself): no controls, none that would do nothing.
  parameters: { controls: { disable: true } },
  render: () => html`<div style="display: grid; gap: 2rem">
    <mdk-pillars items="[]"></mdk-pillars>
    <mdk-pillars items="[kein JSON"></mdk-pillars>
    <mdk-pillars .items=${[{ title: 'Nur ein Titel' }, { title: '', text: 'Ohne Titel: wird ausgelassen' }]}></mdk-pillars>
  </div>`,
};

export const Narrow: Story = {
  name: 'At 320 px',
  globals: narrowViewport,
  render: (args) => html`<div style="width: 288px">
    <mdk-pillars heading-level=${args['heading-level']} .items=${args.items}>${missionIcons}</mdk-pillars>
  </div>`,
  play: expectReflowAt320,
};
