import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import { exampleKeyFigureGroups, exampleSources } from '../examples/key-figures.js';
import { renderFigure } from '../examples/render-key-figures.js';
import { expectReflowAt320, narrowViewport } from '../examples/story-viewports.js';
import '../kpi-group.js';
import '../kpi-tile.js';
import '../source-list.js';

interface GroupArgs {
  heading: string;
  'spoken-heading': string;
  'heading-level': string;
  'no-heading': boolean;
}

const [users, administration] = exampleKeyFigureGroups;

/** The group with every attribute from the story's args, around the tiles a story gives it. */
const renderGroup = (args: GroupArgs, tiles: unknown) => html`<mdk-kpi-group
  heading=${args.heading}
  spoken-heading=${args['spoken-heading']}
  heading-level=${args['heading-level']}
  ?no-heading=${args['no-heading']}
  >${tiles}</mdk-kpi-group
>`;

const meta = {
  title: 'Key figures/KPI group',
  component: 'mdk-kpi-group',
  args: { heading: 'NUTZER*INNEN', 'spoken-heading': '', 'heading-level': '2', 'no-heading': false },
  argTypes: { 'heading-level': { control: 'select', options: ['2', '3', '4', '5', '6'] } },
  render: (args, context) => {
    const lang = ((context.parameters.lang as string | undefined) ?? context.globals.lang) === 'en' ? 'en' : 'de';
    return renderGroup(
      args,
      users!.figures.map((figure) => renderFigure(figure, lang)),
    );
  },
} satisfies Meta<GroupArgs>;

export default meta;
type Story = StoryObj<GroupArgs>;

export const Default: Story = {};

export const Administration: Story = {
  args: { heading: 'VERWALTUNG' },
  render: (args) => renderGroup(
    args,
    administration!.figures.map((figure) => renderFigure(figure, 'de')),
  ),
};

/** Screen readers say "NUTZER Stern INNEN" for the heading as written: the spoken form names the heading instead. */
export const SpokenHeading: Story = { name: 'With a spoken heading', args: { 'spoken-heading': 'Nutzerinnen und Nutzer' } };

export const English: Story = { args: { heading: 'USERS' }, parameters: { lang: 'en' } };

export const HeadingLevelThree: Story = { name: 'Heading level 3', args: { 'heading-level': '3' } };

export const WithSourceList: Story = {
  name: 'With its source list',
  render: (args) => html`<div style="display: grid; gap: 2rem">
    ${renderGroup(
      args,
      users!.figures.map((figure) => renderFigure(figure, 'de')),
    )}
    <mdk-source-list heading-level="3">
      ${exampleSources.map((source) => html`<mdk-source number=${source.number}>${source.text}</mdk-source>`)}
    </mdk-source-list>
  </div>`,
};

export const LongText: Story = {
  name: 'Long text',
  args: { heading: 'Nutzer*innen der digitalen Angebote der Landeshauptstadt München im Jahresdurchschnitt' },
  render: (args) => renderGroup(
    args,
    html`<mdk-kpi-tile
      value="185000"
      qualifier="approx"
      label="Nutzer*innen des städtischen M-WLAN an Plätzen, in Bibliotheken, Bürgerbüros und Verkehrsmitteln je Monat"
      source="2"
    ></mdk-kpi-tile>
    <mdk-kpi-tile value="100000" qualifier="more-than" label="Online-Terminvereinbarungsmöglichkeitsnutzungen mtl." source="2"></mdk-kpi-tile>
      ${users!.figures.slice(0, 2).map((figure) => renderFigure(figure, 'de'))}`,
  ),
};

/**
 * On a slide whose own heading already names the figures: `no-heading` leaves the group's heading
 * out, so a screen reader hears the heading once, then the list of figures.
 */
export const UnderTheSlidesHeading: Story = {
  name: 'Under the slide’s heading (no-heading)',
  args: { 'no-heading': true },
  render: (args) => html`<section aria-labelledby="zahlen-heading">
    <h2 id="zahlen-heading">Nutzer*innen in Zahlen</h2>
    ${renderGroup(
      args,
      users!.figures.slice(0, 3).map((figure) => renderFigure(figure, 'de')),
    )}
  </section>`,
  play: async ({ canvasElement }) => {
    const group = canvasElement.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('mdk-kpi-group')!;
    await group.updateComplete;
    await expect(group.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')).toBeNull();
    await expect(group.querySelectorAll('mdk-kpi-tile[role="listitem"]')).toHaveLength(3);
  },
};

/** A group without figures renders nothing: no heading over an empty list, which a screen reader would announce. */
export const Empty: Story = {
  name: 'Empty (renders nothing)',
  render: (args) => renderGroup(args, []),
};

export const Narrow: Story = {
  name: 'At 320 px (one column)',
  globals: narrowViewport,
  render: (args) => html`<div style="width: 288px">
    ${renderGroup(
      args,
      users!.figures.slice(0, 3).map((figure) => renderFigure(figure, 'de')),
    )}
  </div>`,
  play: expectReflowAt320,
};

/** A level outside 2 to 6: the heading falls back to level 2, and a development build says so. */
export const BadHeadingLevel: Story = {
  name: 'Bad heading level (falls back to 2)',
  argTypes: { 'heading-level': { control: 'text' } },
  args: { 'heading-level': '9' },
};
