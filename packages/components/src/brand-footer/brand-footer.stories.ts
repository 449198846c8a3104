import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import '../brand-footer.js';
import type { BrandFooterLink } from '../brand-footer.js';
import { emblemImage } from '../examples/story-images.js';
import { expectReflowAt320, narrowViewport } from '../examples/story-viewports.js';
import { focusStory, hoverStory } from '../examples/story-states.js';

interface BrandFooterArgs {
  city: string;
  department: string;
  wordmark: string;
  'imprint-href': string;
  'privacy-href': string;
  'accessibility-href': string;
  links: BrandFooterLink[];
}

/** A plain emblem drawn for the stories (not the City's logo), in the theme's accent colour. */
const logo = () => emblemImage({ colour: 'var(--mdk-color-accent-default)' });

const renderFooter = (args: BrandFooterArgs, options: { logo?: boolean; extra?: boolean } = {}) => html`<mdk-brand-footer
  city=${args.city}
  department=${args.department}
  wordmark=${args.wordmark}
  imprint-href=${args['imprint-href']}
  privacy-href=${args['privacy-href']}
  accessibility-href=${args['accessibility-href']}
  .links=${args.links}
  >${options.logo ? logo() : nothing}${options.extra
    ? html`<p style="margin: 0">© 2025 Landeshauptstadt München</p>`
    : nothing}</mdk-brand-footer
>`;

const meta = {
  title: 'Brand/Footer',
  component: 'mdk-brand-footer',
  args: {
    city: 'Landeshauptstadt München',
    department: 'IT-Referat',
    wordmark: 'München. Digital.',
    'imprint-href': '/impressum',
    'privacy-href': '/datenschutz',
    'accessibility-href': '/barrierefreiheit',
    links: [],
  },
  render: (args) => renderFooter(args),
} satisfies Meta<BrandFooterArgs>;

export default meta;
type Story = StoryObj<BrandFooterArgs>;

export const Default: Story = { name: 'München' };

/** The example city: the wordmark and the names are content, not code. */
export const Musterstadt: Story = {
  args: {
    city: 'Stadt Musterstadt',
    department: 'Stabsstelle Digitalisierung',
    wordmark: 'Musterstadt. Digital.',
    'imprint-href': 'https://musterstadt.example.org/impressum',
    'privacy-href': 'https://musterstadt.example.org/datenschutz',
    'accessibility-href': 'https://musterstadt.example.org/barrierefreiheit',
  },
};

/** Names only, no links yet: no empty navigation is rendered. */
export const WithoutLinks: Story = {
  name: 'Without links (no navigation)',
  args: { 'imprint-href': '', 'privacy-href': '', 'accessibility-href': '', links: [] },
};

export const WithLogo: Story = { name: 'With a logo and extra content', render: (args) => renderFooter(args, { logo: true, extra: true }) };

export const WithMoreLinks: Story = {
  name: 'With more links',
  args: {
    links: [
      { label: 'Kontakt', href: 'mailto:digital@example.org' },
      { label: 'Leichte Sprache', href: '/leichte-sprache' },
    ],
  },
};

export const UnsafeLink: Story = {
  name: 'Unsafe link (shown as text)',
  args: { 'privacy-href': 'javascript:alert(1)', links: [{ label: 'Kontakt', href: 'data:text/html,hallo' }] },
};

export const German: Story = { parameters: { lang: 'de' } };

export const English: Story = {
  parameters: { lang: 'en' },
  args: { city: 'City of Munich', department: 'IT Department', links: [{ label: 'Contact', href: 'mailto:digital@example.org' }] },
};

export const LongText: Story = {
  args: {
    city: 'Landeshauptstadt München, Referat für Informations- und Telekommunikationstechnik',
    department: 'Geschäftsbereich E- und Open-Government, Smart City und digitale Daseinsvorsorge',
    wordmark: 'Landeshauptstadtmünchen. Digital. Souverän. Gemeinsam.',
    links: [{ label: 'Barrierefreiheitserklärungsrückmeldeformular', href: '/feedback' }],
  },
  render: (args) => renderFooter(args, { logo: true }),
};

export const Empty: Story = {
  name: 'Empty (renders nothing)',
  args: { city: '', department: '', wordmark: '', 'imprint-href': '', 'privacy-href': '', 'accessibility-href': '', links: [] },
};

export const Narrow: Story = {
  name: 'At 320 px',
  globals: narrowViewport,
  render: (args) => html`<div style="width: 288px">${renderFooter(args, { logo: true, extra: true })}</div>`,
  play: expectReflowAt320,
};

/** The footer's links under the pointer. */
export const Hovered: Story = hoverStory('mdk-brand-footer', '[part=link]');

export const Focused: Story = { ...focusStory('mdk-brand-footer', '[part=link]'), tags: ['!autodocs'] };
