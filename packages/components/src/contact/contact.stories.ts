import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import '../contact.js';
import { expectReflowAt320, narrowViewport } from '../examples/story-viewports.js';
import { focusStory, hoverStory } from '../examples/story-states.js';

interface ContactArgs {
  heading: string;
  'heading-level': string;
  'no-heading': boolean;
  name: string;
  position: string;
  unit: string;
  email: string;
  phone: string;
}

/** A role mailbox on example.org and an example number: never a real person's contact. */
const renderContact = (args: ContactArgs) => html`<mdk-contact
  heading=${args.heading}
  heading-level=${args['heading-level']}
  ?no-heading=${args['no-heading']}
  name=${args.name}
  position=${args.position}
  unit=${args.unit}
  email=${args.email}
  phone=${args.phone}
></mdk-contact>`;

const meta = {
  title: 'Channels/Contact',
  component: 'mdk-contact',
  args: {
    heading: 'Kontakt',
    'heading-level': '2', 'no-heading': false,
    name: 'Team Digitale Kommunikation',
    position: 'Ansprechstelle Digitalstrategie',
    unit: 'IT-Referat, Landeshauptstadt München',
    email: 'digital@example.org',
    phone: '089 233-12345',
  },
  argTypes: { 'heading-level': { control: 'select', options: ['1', '2', '3', '4', '5', '6'] } },
  render: (args) => html`<div style="max-width: 48rem">${renderContact(args)}</div>`,
} satisfies Meta<ContactArgs>;

export default meta;
type Story = StoryObj<ContactArgs>;

export const Default: Story = { name: 'Full' };

export const EmailOnly: Story = {
  name: 'E-mail only',
  args: { heading: '', name: '', position: '', unit: '', phone: '' },
};

export const PhoneOnly: Story = {
  name: 'Phone only',
  args: { heading: '', name: '', position: '', unit: '', email: '' },
};

/** A role and a unit without any way to write or call: the list of e-mail and phone is left out. */
export const WithoutEmailOrPhone: Story = {
  name: 'Name, position and unit only',
  args: { email: '', phone: '' },
};

export const Malformed: Story = {
  name: 'Malformed e-mail and phone (shown as text)',
  args: { email: 'digital at example.org', phone: 'über die Zentrale' },
};

export const German: Story = { parameters: { lang: 'de' } };

export const English: Story = {
  parameters: { lang: 'en' },
  args: { heading: 'Contact', name: 'Digital Communication Team', position: 'Digital strategy contact', unit: 'IT Department, City of Munich' },
};

export const LongText: Story = {
  name: 'Long names',
  args: {
    name: 'Geschäftsbereichsübergreifende Kommunikationskoordinationsstelle Digitalisierung',
    position: 'Ansprechstelle für Fragen zur Digitalstrategie, zu Open Source und zur digitalen Souveränität',
    unit: 'Referat für Informations- und Telekommunikationstechnik der Landeshauptstadt München',
    email: 'digitalverwaltungsmodernisierung.kommunikation@example.org',
  },
};

export const Empty: Story = {
  name: 'Empty (renders nothing)',
  args: { heading: '', name: '', position: '', unit: '', email: '', phone: '' },
};

export const Narrow: Story = {
  name: 'At 320 px',
  globals: narrowViewport,
  render: (args) => html`<div style="width: 288px">${renderContact(args)}</div>`,
  play: expectReflowAt320,
};

/** The e-mail and phone links under the pointer. */
export const Hovered: Story = hoverStory('mdk-contact', '[part=link]');

export const Focused: Story = { ...focusStory('mdk-contact', '[part=link]'), tags: ['!autodocs'] };

/** `no-heading`: the element's own heading left out, where the slide's or section's heading already says it. */
export const NoHeading: Story = { name: 'No heading (no-heading)', args: { 'no-heading': true } };
