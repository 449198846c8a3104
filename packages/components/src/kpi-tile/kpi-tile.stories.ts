import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import { peopleIcon } from '../examples/icons.js';
import '../kpi-tile.js';
import type { MdkKpiTile } from './kpi-tile.js';
import { kpiNotations, kpiQualifiers, kpiUnits } from './kpi-tile.types.js';
import { expectReflowAt320, narrowViewport } from '../examples/story-viewports.js';
import { hoverStory } from '../examples/story-states.js';

interface TileArgs {
  value: string;
  qualifier: string;
  unit: string;
  notation: string;
  label: string;
  'spoken-label': string;
  source: string;
  'as-of': string;
}

/** The tile with every attribute from the story's args, and what a story puts in its slots. */
const renderTile = (args: TileArgs, slotted: unknown = nothing) => html`<mdk-kpi-tile
  value=${args.value}
  qualifier=${args.qualifier}
  unit=${args.unit}
  notation=${args.notation}
  label=${args.label}
  spoken-label=${args['spoken-label'] || nothing}
  source=${args.source || nothing}
  as-of=${args['as-of'] || nothing}
  >${slotted}</mdk-kpi-tile
>`;

const meta = {
  title: 'Key figures/KPI tile',
  component: 'mdk-kpi-tile',
  args: {
    value: '1600000',
    qualifier: 'approx',
    unit: 'none',
    notation: 'compact',
    label: 'Bürger*innen',
    'spoken-label': '',
    source: '2',
    'as-of': '',
  },
  argTypes: {
    qualifier: { control: 'select', options: [...kpiQualifiers] },
    unit: { control: 'select', options: [...kpiUnits] },
    notation: { control: 'select', options: [...kpiNotations] },
  },
  render: (args) => html`<div style="max-width: 24rem">${renderTile(args)}</div>`,
} satisfies Meta<TileArgs>;

export default meta;
type Story = StoryObj<TileArgs>;

export const Default: Story = {};

export const Approximate: Story = { args: { value: '90000', qualifier: 'approx', notation: 'standard', label: 'Unternehmen', source: '3' } };

export const MoreThan: Story = { args: { value: '70000', qualifier: 'more-than', notation: 'standard', label: 'Online-Anträge mtl.' } };

export const LessThan: Story = { args: { value: '5', qualifier: 'less-than', unit: 'percent', notation: 'standard', label: 'der Anträge auf Papier' } };

export const Exact: Story = { args: { value: '1234', qualifier: 'exact', notation: 'standard', label: 'Ladesäulen', source: '' } };

export const Percent: Story = {
  args: { value: '70', qualifier: 'more-than', unit: 'percent', notation: 'standard', label: 'wollen digitale Behördendienste nutzen', source: '4' },
};

export const Compact: Story = { args: { value: '1600000', qualifier: 'approx', notation: 'compact' } };

export const Negative: Story = { args: { value: '-3.5', qualifier: 'exact', unit: 'percent', notation: 'standard', label: 'Papierformulare zum Vorjahr' } };

export const WithIcon: Story = {
  render: (args) => html`<div style="max-width: 24rem">${renderTile(args, peopleIcon)}</div>`,
};

/** A value that is not a number replaces `value` and what formats it: those controls do nothing here. */
export const TextValue: Story = {
  name: 'Text value (24/7)',
  args: { value: '', qualifier: 'exact', notation: 'standard', label: 'Online-Dienste erreichbar', source: '2' },
  argTypes: { value: { control: false }, qualifier: { control: false }, unit: { control: false }, notation: { control: false } },
  render: (args) => html`<div style="max-width: 24rem">${renderTile(args, html`<span slot="value">24/7</span>`)}</div>`,
};

export const WithAsOf: Story = {
  name: 'With "as of" date',
  args: { value: '43000', qualifier: 'approx', notation: 'standard', label: 'Beschäftigte bei der LHM', 'as-of': '2025' },
};

/** Read "rund 1,6 Millionen Bürgerinnen und Bürger", not "Bürger Stern innen"; shown as written. */
export const WithSpokenLabel: Story = { args: { 'spoken-label': 'Bürgerinnen und Bürger' } };

export const BadValue: Story = {
  name: 'Bad value (shows "–")',
  args: { value: 'abc', label: 'Online-Anträge mtl.' },
};

/** The label is required: without one the figure means nothing, and a development build says so. */
export const WithoutLabel: Story = { name: 'Without label (a development warning)', args: { label: '' } };

/** The footnote marker as keyboard focus leaves it: the theme's focus ring around the small number. */
export const MarkerFocused: Story = {
  name: 'Footnote marker focused',
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    const tile = canvasElement.querySelector<MdkKpiTile>('mdk-kpi-tile')!;
    await tile.updateComplete;
    tile.focus();
    await expect(tile.shadowRoot!.activeElement?.getAttribute('part')).toBe('marker');
  },
};

export const LongLabel: Story = {
  args: {
    value: '100000',
    qualifier: 'more-than',
    notation: 'standard',
    label: 'Online-Terminvereinbarungen in den Bürgerbüros, Kfz-Zulassungsstellen und Ausländerbehörden je Monat',
  },
};

export const German: Story = { parameters: { lang: 'de' }, args: { value: '185000', notation: 'standard', label: 'M-WLAN Nutzer*innen je Monat' } };

export const English: Story = {
  parameters: { lang: 'en' },
  args: { value: '185000', notation: 'standard', label: 'M-WLAN users a month' },
};

export const Narrow: Story = {
  name: 'At 320 px',
  globals: narrowViewport,
  args: { value: '1234567890', notation: 'standard', label: 'Zugriffe auf das Stadtportal im Jahr' },
  render: (args) => html`<div style="width: 288px">${renderTile(args)}</div>`,
  play: expectReflowAt320,
};

/** The footnote marker under the pointer: the theme's link-hover colour. */
export const MarkerHovered: Story = { ...hoverStory('mdk-kpi-tile', '[part=marker]'), name: 'Footnote marker hovered' };

/** No value at all: "–", read "keine Angabe"; a development build says which attribute is missing. */
export const MissingValue: Story = { name: 'Missing value (shows "–")', args: { value: '', label: 'Online-Anträge mtl.' } };

/** A qualifier or unit the tile does not know: "–" rather than a figure that may be wrong, and a development warning. */
export const UnknownQualifier: Story = {
  name: 'Unknown qualifier (shows "–")',
  args: { value: '70000', qualifier: 'roughly', notation: 'standard', label: 'Online-Anträge mtl.' },
};
