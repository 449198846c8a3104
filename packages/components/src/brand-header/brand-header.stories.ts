import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect, waitFor } from 'storybook/test';
import '../brand-footer.js';
import '../brand-header.js';
import { emblemImage } from '../examples/story-images.js';
import { expectReflowAt320, narrowViewport } from '../examples/story-viewports.js';
import { focusStory, hovered } from '../examples/story-states.js';

interface BrandHeaderArgs {
  city: string;
  department: string;
  wordmark: string;
  'home-href': string;
  'main-id': string;
}

/**
 * A plain emblem drawn for the stories (not the City's logo), inline SVG in the theme's colours: the
 * band's text colour in the header, the accent colour on the footer — München blue or Musterstadt
 * aubergine, light, dark or high contrast.
 */
const logo = (label?: string) => emblemImage({ label, colour: 'var(--mdk-color-text-on-accent)', size: 48 });
const footerLogo = () => emblemImage({ colour: 'var(--mdk-color-accent-default)' });

const linkStyle = 'color: var(--mdk-color-link-default)';

// The navigation's list says role="list" as a page needs it: Safari drops the list semantics of a list without bullets.
/* eslint-disable lit-a11y/no-redundant-role */
const renderHeader = (args: BrandHeaderArgs, options: { logo?: 'decorative' | 'named'; navigation?: boolean } = {}) => html`<mdk-brand-header
  city=${args.city}
  department=${args.department}
  wordmark=${args.wordmark}
  home-href=${args['home-href']}
  main-id=${args['main-id']}
  >${options.logo
    ? logo(options.logo === 'named' ? 'Wappen' : undefined)
    : nothing}${options.navigation
    ? html`<nav aria-label="Hauptnavigation">
        <ul role="list" style="display: flex; flex-wrap: wrap; gap: 0.5rem 1.5rem; margin: 0; padding: 0; list-style: none">
          <li><a style=${linkStyle} href="#strategie">Strategie</a></li>
          <li><a style=${linkStyle} href="#kennzahlen">Kennzahlen</a></li>
          <li><a style=${linkStyle} href="#empfehlungen">Empfehlungen</a></li>
        </ul>
      </nav>`
    : nothing}</mdk-brand-header
>`;
/* eslint-enable lit-a11y/no-redundant-role */

const meta = {
  title: 'Brand/Header',
  component: 'mdk-brand-header',
  args: {
    city: 'Landeshauptstadt München',
    department: 'IT-Referat',
    wordmark: 'München. Digital.',
    'home-href': '/',
    'main-id': 'main',
  },
  render: (args) => renderHeader(args),
} satisfies Meta<BrandHeaderArgs>;

export default meta;
type Story = StoryObj<BrandHeaderArgs>;

export const Default: Story = { name: 'München' };

/** The example city: the wordmark and the names are content, not code. */
export const Musterstadt: Story = {
  args: { city: 'Stadt Musterstadt', department: 'Stabsstelle Digitalisierung', wordmark: 'Musterstadt. Digital.' },
};

export const WithLogo: Story = { name: 'With a decorative logo', render: (args) => renderHeader(args, { logo: 'decorative' }) };

export const WithNamedLogo: Story = { name: 'With a named logo', render: (args) => renderHeader(args, { logo: 'named' }) };

export const WithNavigation: Story = {
  name: 'With navigation',
  render: (args) => renderHeader(args, { logo: 'decorative', navigation: true }),
};

/** The skip link, hidden until it takes focus: the page's first Tab shows it above the band. */
export const SkipLinkFocused: Story = {
  name: 'Skip link focused (first Tab)',
  tags: ['!autodocs'],
  play: async ({ canvasElement }) => {
    const header = canvasElement.querySelector('mdk-brand-header')!;
    await (header as HTMLElement & { updateComplete: Promise<unknown> }).updateComplete;
    const skipLink = header.shadowRoot!.querySelector<HTMLElement>('[part~="skip-link"]')!;
    skipLink.focus();
    await expect(header.shadowRoot!.activeElement).toBe(skipLink);
    // Seen, as a bar of its own: a visually hidden link keeps a 1 × 1 px box, which "height > 0" let pass.
    const { width, height } = skipLink.getBoundingClientRect();
    await expect(width).toBeGreaterThan(200);
    await expect(height).toBeGreaterThanOrEqual(24);
    await expect(getComputedStyle(skipLink).clipPath).toBe('none');
  },
};

export const WithoutHomeLink: Story = { name: 'Without a home link', args: { 'home-href': '' } };

export const UnsafeHomeLink: Story = { name: 'Unsafe home link (shown as text)', args: { 'home-href': 'javascript:alert(1)' } };

export const German: Story = { parameters: { lang: 'de' } };

export const English: Story = {
  parameters: { lang: 'en' },
  args: { city: 'City of Munich', department: 'IT Department' },
};

export const LongText: Story = {
  args: {
    city: 'Landeshauptstadt München, Referat für Informations- und Telekommunikationstechnik',
    department: 'Geschäftsbereich E- und Open-Government, Smart City und digitale Daseinsvorsorge',
    wordmark: 'Landeshauptstadtmünchen. Digital. Souverän. Gemeinsam.',
  },
  render: (args) => renderHeader(args, { logo: 'decorative' }),
};

export const Empty: Story = {
  name: 'Empty (only the skip link)',
  args: { city: '', department: '', wordmark: '', 'home-href': '' },
};

export const Narrow: Story = {
  name: 'At 320 px',
  globals: narrowViewport,
  render: (args) => html`<div style="width: 288px">${renderHeader(args, { logo: 'decorative', navigation: true })}</div>`,
  play: expectReflowAt320,
};

/**
 * Header, main and footer as a page composes them. Press Tab: the skip link appears first; Enter
 * moves focus to the start of `<main id="main">`, and the next Tab continues inside it.
 */
export const PageFrame: Story = {
  name: 'Page frame (skip link)',
  render: (args) => html`${renderHeader(args, { logo: 'decorative', navigation: true })}
    <main id="main" style="padding: 1.5rem 1rem; font-family: var(--mdk-font-family-body); line-height: var(--mdk-font-line-height-body)">
      <h1 style="margin-top: 0">Von der Strategie zum Handeln</h1>
      <p>
        Digitale Souveränität braucht Strategie, gemeinsames Handeln und Mut. Diese Seite zeigt, wie Kopf- und Fußzeile eine Seite
        rahmen: der Link „Zum Inhalt springen“ ist der erste Tab-Stopp und führt direkt hierher.
      </p>
      <p><a style=${linkStyle} href="#kennzahlen">Zu den Kennzahlen</a></p>
    </main>
    <mdk-brand-footer
      city=${args.city}
      department=${args.department}
      wordmark=${args.wordmark}
      imprint-href="/impressum"
      privacy-href="/datenschutz"
      accessibility-href="/barrierefreiheit"
      >${footerLogo()}</mdk-brand-footer
    >`,
};

/** The home link under the pointer: the wordmark and the organisation's name underlined. */
export const Hovered: Story = {
  name: 'Hovered (home link under the pointer)',
  parameters: hovered,
  play: async ({ canvasElement }) => {
    const header = canvasElement.querySelector('mdk-brand-header')!;
    await header.updateComplete;
    const wordmark = header.shadowRoot!.querySelector('[part=wordmark]')!;
    await waitFor(() => expect(getComputedStyle(wordmark).textDecorationLine).toBe('underline'), { timeout: 3000 });
  },
};

export const HomeLinkFocused: Story = { ...focusStory('mdk-brand-header', '[part=home-link]', 'Home link focused'), tags: ['!autodocs'] };
