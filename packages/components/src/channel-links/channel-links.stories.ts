import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect } from 'storybook/test';
import '../channel-links.js';
import type { Channel } from './channel-links.js';
import { expectReflowAt320, narrowViewport } from '../examples/story-viewports.js';
import { focusStory, hoverStory } from '../examples/story-states.js';

interface ChannelLinksArgs {
  channels: Channel[];
  heading: string;
  'heading-level': string;
  'no-heading': boolean;
}

/** Example addresses: the kit's stories never point at real accounts. */
const website: Channel = { platform: 'website', account: 'München Digital', href: 'https://example.org/' };
const linkedin: Channel = { platform: 'linkedin', account: 'München Digital', href: 'https://example.org/linkedin', newTab: true };
const sixChannels: Channel[] = [
  website,
  linkedin,
  { platform: 'instagram', account: '@muenchen.digital', href: 'https://example.org/instagram', newTab: true },
  { platform: 'mastodon', account: '@digital@social.example', href: 'https://social.example/@digital', newTab: true },
  { platform: 'youtube', account: 'München Digital', href: 'https://example.org/youtube', newTab: true },
  { platform: 'newsletter', account: 'München Digital', href: '/newsletter' },
];

const renderChannelLinks = (args: ChannelLinksArgs) =>
  html`<mdk-channel-links .channels=${args.channels} heading=${args.heading} heading-level=${args['heading-level']} ?no-heading=${args['no-heading']}></mdk-channel-links>`;

const meta = {
  title: 'Channels/Channel links',
  component: 'mdk-channel-links',
  args: { channels: sixChannels, heading: '', 'heading-level': '2', 'no-heading': false },
  argTypes: { 'heading-level': { control: 'select', options: ['1', '2', '3', '4', '5', '6'] } },
  render: (args) => html`<div style="max-width: 48rem">${renderChannelLinks(args)}</div>`,
} satisfies Meta<ChannelLinksArgs>;

export default meta;
type Story = StoryObj<ChannelLinksArgs>;

export const Default: Story = { name: 'Six channels' };

export const OneChannel: Story = { name: 'One channel', args: { channels: [linkedin] } };

/** A channel without an account name is named by its platform: "LinkedIn". */
export const WithoutAccount: Story = {
  name: 'A channel without an account name',
  args: { channels: [website, { platform: 'linkedin', account: '', href: 'https://example.org/linkedin', newTab: true }] },
};

export const UnknownPlatform: Story = {
  name: 'Unknown platform (generic icon)',
  args: { channels: [website, { platform: 'Bluesky', account: 'München Digital', href: 'https://example.org/bluesky', newTab: true }] },
};

export const UnsafeLink: Story = {
  name: 'Refused link (shown as text)',
  args: { channels: [website, { platform: 'linkedin', account: 'München Digital', href: 'javascript:alert(1)', newTab: true }] },
};

export const German: Story = { parameters: { lang: 'de' } };

/**
 * On a slide or section whose own heading already says "Unsere Kanäle": `no-heading` leaves the
 * list's heading out, so a screen reader hears the heading once, then the list.
 */
export const UnderTheSlidesHeading: Story = {
  name: 'Under the slide’s heading (no-heading)',
  parameters: { lang: 'de' },
  args: { 'no-heading': true },
  render: (args) => html`<section aria-labelledby="kanaele-heading" style="max-width: 48rem">
    <h2 id="kanaele-heading">Unsere Kanäle</h2>
    ${renderChannelLinks(args)}
  </section>`,
  play: async ({ canvasElement }) => {
    const links = canvasElement.querySelector<HTMLElement & { updateComplete: Promise<boolean> }>('mdk-channel-links')!;
    await links.updateComplete;
    await expect(links.shadowRoot!.querySelector('h1, h2, h3, h4, h5, h6')).toBeNull();
    await expect(links.shadowRoot!.querySelectorAll('li')).toHaveLength(sixChannels.length);
  },
};

export const English: Story = { parameters: { lang: 'en' } };

export const LongText: Story = {
  args: {
    heading: 'Folgen Sie der Digitalisierung der Landeshauptstadt auf allen Kanälen, die wir bespielen',
    channels: [
      { platform: 'website', account: 'Referat für Informations- und Telekommunikationstechnik der Landeshauptstadt München', href: 'https://example.org/' },
      { platform: 'mastodon', account: '@digitalverwaltungsmodernisierung@sozialesnetzwerkderlandeshauptstadt.example', href: 'https://social.example/', newTab: true },
      linkedin,
    ],
  },
};

export const Empty: Story = { name: 'Empty (renders nothing)', args: { channels: [] } };

export const Narrow: Story = {
  name: 'At 320 px',
  globals: narrowViewport,
  render: (args) => html`<div style="width: 288px">${renderChannelLinks(args)}</div>`,
  play: expectReflowAt320,
};

/** The channels' links under the pointer. */
export const Hovered: Story = hoverStory('mdk-channel-links', '[part=link]');

export const Focused: Story = { ...focusStory('mdk-channel-links', '[part=link]'), tags: ['!autodocs'] };

/** A channel without an address is shown as text: named, with its icon, but nothing to follow. */
export const WithoutAddress: Story = {
  name: 'A channel without an address (shown as text)',
  args: { channels: [website, { platform: 'newsletter', account: 'München Digital', href: '' }] },
};

/** A link that opens a new tab, focused: the ring goes round the link and its "new tab" icon. */
export const NewTabLinkFocused: Story = {
  args: { channels: [linkedin] },
  ...focusStory('mdk-channel-links', '[part=link]', 'Focused: a link that opens a new tab'),
  tags: ['!autodocs'],
};
