import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { coverImage } from '../examples/story-images.js';
import { publication } from '../examples/strategy-talk.js';
import '../publication.js';
import { expectReflowAt320, narrowViewport } from '../examples/story-viewports.js';
import { focusStory, hoverStory } from '../examples/story-states.js';

interface PublicationArgs {
  heading: string;
  'heading-level': string;
  authors: string;
  publisher: string;
  date: string;
  licence: string;
  href: string;
  format: string;
  size: string;
  pages: string;
}

const renderPublication = (args: PublicationArgs, thumbnail = false) => html`<mdk-publication
  heading=${args.heading}
  heading-level=${args['heading-level']}
  authors=${args.authors}
  publisher=${args.publisher}
  date=${args.date}
  licence=${args.licence}
  href=${args.href}
  format=${args.format}
  size=${args.size}
  pages=${args.pages}
  >${thumbnail ? coverImage() : ''}</mdk-publication
>`;

const meta = {
  title: 'Strategy/Publication',
  component: 'mdk-publication',
  args: {
    heading: publication.title,
    'heading-level': '2',
    authors: publication.authors,
    publisher: publication.publisher,
    date: publication.date,
    licence: publication.licence,
    href: publication.href,
    format: publication.format,
    size: '',
    pages: '',
  },
  argTypes: { 'heading-level': { control: 'select', options: ['1', '2', '3', '4', '5', '6'] } },
  render: (args) => html`<div style="max-width: 48rem">${renderPublication(args)}</div>`,
} satisfies Meta<PublicationArgs>;

export default meta;
type Story = StoryObj<PublicationArgs>;

export const Default: Story = { name: 'With link' };

/** Musterstadt is the kit's fictional example city: size and pages here are illustrative. */
export const WithSizeAndPages: Story = {
  name: 'With format, size and pages',
  args: {
    heading: 'Digitalstrategie Musterstadt 2030',
    authors: 'Stabsstelle Digitalisierung',
    publisher: 'Stadt Musterstadt',
    date: '2025-03-14',
    licence: 'CC BY 4.0',
    href: 'https://example.org/digitalstrategie-2030.pdf',
    format: 'PDF',
    size: '2516582',
    pages: '48',
  },
};

/** A size written as text is shown as written; a date that is no date is shown as written too. */
export const SizeAsTextAndMalformedDate: Story = {
  name: 'Size as text, malformed date (shown as written)',
  args: { ...WithSizeAndPages.args, size: '2,4 MB', pages: '', date: 'Frühjahr 2025' },
};

export const WithThumbnail: Story = {
  name: 'With thumbnail (not a second tab stop)',
  render: (args) => html`<div style="max-width: 48rem">${renderPublication(args, true)}</div>`,
};

export const WithoutLink: Story = { args: { href: '' } };

export const UnsafeLink: Story = { name: 'Unsafe link (shown as text)', args: { href: 'javascript:alert(1)' } };

export const German: Story = { parameters: { lang: 'de' } };

export const English: Story = {
  parameters: { lang: 'en' },
  args: { heading: 'Digital transformation of the federal ministries', size: '2516582', pages: '48' },
};

export const LongText: Story = {
  args: {
    heading:
      'Digitale Transformation der Bundesministerien: Empfehlungen für Personalprozesse, Steuerung, Haushalt, Beteiligungsführung und Zusammenarbeit über Ressortgrenzen hinweg',
    licence: 'Creative Commons Namensnennung – Weitergabe unter gleichen Bedingungen 4.0 International (CC BY-SA 4.0)',
  },
};

export const Empty: Story = {
  name: 'Empty (renders nothing)',
  args: { heading: '', authors: '', publisher: '', date: '', licence: '', href: '', format: '' },
};

export const Narrow: Story = {
  name: 'At 320 px',
  globals: narrowViewport,
  render: (args) => html`<div style="width: 288px">${renderPublication(args, true)}</div>`,
  play: expectReflowAt320,
};

/** The publication's link under the pointer. */
export const Hovered: Story = hoverStory('mdk-publication', '[part=link]');

export const Focused: Story = { ...focusStory('mdk-publication', '[part=link]'), tags: ['!autodocs'] };
