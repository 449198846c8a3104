import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { exampleSources } from '../examples/key-figures.js';
import { expectReflowAt320, narrowViewport } from '../examples/story-viewports.js';
import '../kpi-tile.js';
import '../source-list.js';
import { focusStory, hoverStory } from '../examples/story-states.js';

interface SourceListArgs {
  heading: string;
  'heading-level': string;
  'no-heading': boolean;
}

/** The list with every attribute from the story's args, around the entries a story gives it. */
const renderList = (args: SourceListArgs, entries: unknown = exampleEntries()) => html`<mdk-source-list
  heading=${args.heading}
  heading-level=${args['heading-level']}
  ?no-heading=${args['no-heading']}
  >${entries}</mdk-source-list
>`;

function exampleEntries() {
  return exampleSources.map((source) => html`<mdk-source number=${source.number}>${source.text}</mdk-source>`);
}

const meta = {
  title: 'Key figures/Source list',
  component: 'mdk-source-list',
  subcomponents: { 'mdk-source': 'mdk-source' },
  args: { heading: '', 'heading-level': '2', 'no-heading': false },
  argTypes: { 'heading-level': { control: 'select', options: ['2', '3', '4', '5', '6'] } },
  render: (args) => renderList(args),
} satisfies Meta<SourceListArgs>;

export default meta;
type Story = StoryObj<SourceListArgs>;

export const Default: Story = {};

export const WithCitingTiles: Story = {
  name: 'With citing tiles and back links',
  render: (args) => html`<div style="display: grid; gap: 2rem; max-width: 48rem">
    <div style="display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 14rem), 1fr)); gap: 1.5rem">
      <mdk-kpi-tile value="650" qualifier="more-than" label="M-WLAN Standorte" source="2"></mdk-kpi-tile>
      <mdk-kpi-tile value="49" qualifier="more-than" unit="percent" label="verfügen über digitale Basiskompetenzen" source="1"></mdk-kpi-tile>
      <mdk-kpi-tile value="300" qualifier="more-than" label="Online Dienste" source="2"></mdk-kpi-tile>
    </div>
    ${renderList(args)}
  </div>`,
};

export const WithLinks: Story = {
  name: 'Sources with links',
  render: (args) =>
    renderList(
      args,
      html`<mdk-source number="1" href="https://initiatived21.de/">digital-Index der Initiative D21 (2024/2025)</mdk-source>
        <mdk-source number="2" href="https://stadt.muenchen.de/">Landeshauptstadt München</mdk-source>`,
    ),
};

export const UnsafeLink: Story = {
  name: 'Unsafe link (shown as text)',
  render: (args) => renderList(args, html`<mdk-source number="1" href="javascript:alert('x')">Eine Quelle mit einem unsicheren Link</mdk-source>`),
};

export const English: Story = { parameters: { lang: 'en' } };

export const LongEntry: Story = {
  render: (args) => html`<div style="width: 288px">
    ${renderList(
      args,
      html`<mdk-source number="1"
        >Statistisches Landesamt Bayern, Gemeindedaten Landeshauptstadt München, Tabelle Unternehmensregister
        Sitzgemeinde Stand 31.12.2024, https://www.statistik.bayern.de/statistik/gebiet_bevoelkerung/</mdk-source
      >`,
    )}
  </div>`,
};

/**
 * In a slide's footer, or under a heading of the page's own: `no-heading` leaves out "Quellen", so
 * the sources follow the surrounding heading without a second one.
 */
export const UnderThePagesHeading: Story = {
  name: 'Under the page’s heading (no-heading)',
  args: { 'no-heading': true },
  render: (args) => html`<section aria-labelledby="belege-heading">
    <h2 id="belege-heading">Belege</h2>
    ${renderList(args)}
  </section>`,
  play: async ({ canvasElement }) => {
    const list = canvasElement.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('mdk-source-list')!;
    await list.updateComplete;
    await expect(list.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')).toBeNull();
    await expect(list.querySelectorAll('mdk-source[role="listitem"]')).toHaveLength(exampleSources.length);
  },
};

/** No sources renders nothing: no "Quellen" over an empty list, which a screen reader would announce. */
export const Empty: Story = {
  name: 'Empty (renders nothing)',
  render: (args) => renderList(args, []),
};

export const Narrow: Story = {
  name: 'At 320 px',
  globals: narrowViewport,
  render: (args) => html`<div style="width: 288px">${renderList(args)}</div>`,
  play: expectReflowAt320,
};

/** The entries' links under the pointer. */
export const LinksHovered: Story = { ...WithLinks, ...hoverStory('mdk-source', 'a') };

/** Where a footnote marker takes focus: the entry it cites, ringed. */
export const EntryFocused: Story = {
  ...WithCitingTiles,
  ...focusStory('mdk-source', '[part=entry]', 'Entry focused (arrived at from a marker)'),
  tags: ['!autodocs'],
};

/** The way back from an entry to a tile that cites it. */
export const BackLinkFocused: Story = {
  ...WithCitingTiles,
  ...focusStory('mdk-source', '.back-link', 'Back link focused'),
  tags: ['!autodocs'],
};
