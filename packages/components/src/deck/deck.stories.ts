import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import { expect } from 'storybook/test';
import '../deck.js';
import '../kpi-group.js';
import '../kpi-tile.js';
import '../quote-cloud.js';
import '../source-list.js';
import '../statement.js';
import '../vision.js';
import { exampleKeyFigureGroups, exampleSources } from '../examples/key-figures.js';
import { renderFigure } from '../examples/render-key-figures.js';
import { keyMessage, sovereigntyTerms, vision } from '../examples/strategy-talk.js';
import type { MdkDeck } from './deck.js';
import { deckModes } from './deck.types.js';
import { expectReflowAt320, narrowViewport } from '../examples/story-viewports.js';
import { hoverStory, inFrameOnDocsPage } from '../examples/story-states.js';

type Language = 'de' | 'en';

interface DeckArgs {
  mode: string;
  label: string;
}

/** A prefix keeps each story's slide ids apart: the docs page shows every story on one page. */
interface SlideOptions {
  lang?: Language;
  idPrefix?: string;
}

const headings = {
  de: { sovereignty: 'Souveräner Staat?', figures: 'Digitalisierung in München bedeutet …', message: 'Kernbotschaft' },
  en: { sovereignty: 'A sovereign state?', figures: 'Going digital in Munich means …', message: 'Key message' },
};

const englishMessage = 'Digital sovereignty takes a strategy, joint action and courage.';

/** The vision in English, written for the story in the same spirit. */
const englishVision = {
  before: 'Munich grows as an open city that looks ahead. Its digital services start from what people in the city need, and make living together fairer, greener and better. They convince because they make everyday life easier for ',
  emphasis: 'everyone',
  after: '.',
};

/** The talk's slides, rebuilt from the kit: a key message, the quoted terms, the vision and a few key figures with their sources. */
function talkSlides({ lang = 'de', idPrefix = '' }: SlideOptions = {}) {
  const words = headings[lang];
  const id = (name: string) => (idPrefix ? `${idPrefix}-${name}` : nothing);
  const group = exampleKeyFigureGroups[0]!;
  const texts = lang === 'de' ? vision : englishVision;
  return html`<mdk-slide id=${id('kernbotschaft')} heading=${words.message}>
      <mdk-statement text=${lang === 'de' ? keyMessage : englishMessage}></mdk-statement>
    </mdk-slide>
    <mdk-slide id=${id('souveraenitaet')} heading=${words.sovereignty}>
      <!-- The talk's German terms, quoted as they were said: marked German on an English page. -->
      <mdk-quote-cloud lang="de" .terms=${sovereigntyTerms.slice(0, 6)}></mdk-quote-cloud>
    </mdk-slide>
    <mdk-slide id=${id('vision')} heading="Vision">
      <mdk-vision
        text-before=${texts.before}
        emphasis=${texts.emphasis}
        text-after=${texts.after}
      ></mdk-vision>
    </mdk-slide>
    <mdk-slide id=${id('kennzahlen')} heading=${words.figures}>
      <mdk-kpi-group heading=${group.heading[lang]} heading-level="3">${group.figures.slice(0, 4).map((figure) => renderFigure(figure, lang))}</mdk-kpi-group>
      <mdk-source-list heading-level="3">
        ${exampleSources.filter((source) => source.number !== '3').map((source) => html`<mdk-source number=${source.number}>${source.text}</mdk-source>`)}
      </mdk-source-list>
    </mdk-slide>`;
}

const renderDeck = (args: DeckArgs, slides: unknown) => html`<mdk-deck mode=${args.mode} label=${args.label}>${slides}</mdk-deck>`;

/**
 * A slide deck of `<mdk-slide>` elements. Press "Präsentieren", then →/← (focus in the deck, or on
 * nothing), or use the buttons below the slide; "?" lists the keys. "Alle Folien zeigen" returns to the
 * overview, which is also what prints: one slide per page.
 */
const meta = {
  title: 'Components/Deck',
  component: 'mdk-deck',
  subcomponents: { 'mdk-slide': 'mdk-slide' },
  args: { mode: 'present', label: 'Von der Strategie zum Handeln' },
  argTypes: { mode: { control: 'inline-radio', options: [...deckModes] } },
  render: (args) => renderDeck(args, talkSlides({ idPrefix: 'praesentieren' })),
} satisfies Meta<DeckArgs>;

export default meta;
type Story = StoryObj<DeckArgs>;

export const Presenting: Story = {};

/** A deck without slides: nothing to present, so nothing of the deck is shown or read. */
export const Empty: Story = { name: 'Empty (no slides)', render: (args) => renderDeck(args, nothing) };

/** Every slide as one document, a heading per slide: what a page shows without JavaScript, and what prints. */
export const Overview: Story = {
  args: { mode: 'overview' },
  render: (args) => renderDeck(args, talkSlides({ idPrefix: 'uebersicht' })),
};

/** How high a deck story's own frame is on the docs page: a slide of the talk with the controls below it. */
const deckFrameHeight = '760px';

/** Moving slides (or a story) writes the slide's id into the address: a story that moves takes it off again afterwards. */
const restoreAddress = () => () => history.replaceState(history.state, '', location.pathname + location.search);

/**
 * Opened with `#hash-kennzahlen` in the address: the deck shows that slide and moves focus to its
 * heading. The story sets the hash before it renders and takes it off afterwards.
 */
export const StartAtHash: Story = {
  name: 'Starting at a hash-selected slide',
  parameters: inFrameOnDocsPage(deckFrameHeight),
  beforeEach: () => {
    history.replaceState(history.state, '', '#hash-kennzahlen');
    return restoreAddress();
  },
  render: (args) => renderDeck(args, talkSlides({ idPrefix: 'hash' })),
  play: async ({ canvasElement }) => {
    const deck = canvasElement.querySelector<MdkDeck>('mdk-deck')!;
    await deck.updateComplete;
    await expect(deck.currentIndex).toBe(3);
    await expect(deck.slides[3]!.inert).toBe(false);
  },
};

/** The keyboard help, opened by its button (or by "?" with focus in the deck): a modal dialog; Esc closes it. */
export const HelpOpen: Story = {
  name: 'Keyboard help open',
  parameters: inFrameOnDocsPage(deckFrameHeight),
  render: (args) => renderDeck(args, talkSlides({ idPrefix: 'hilfe' })),
  play: async ({ canvasElement }) => {
    const deck = canvasElement.querySelector<MdkDeck>('mdk-deck')!;
    await deck.updateComplete;
    deck.shadowRoot!.querySelector<HTMLButtonElement>('[part~="help-button"]')!.click();
    await expect(deck.shadowRoot!.querySelector('dialog')!.matches(':modal')).toBe(true);
  },
};

export const SingleSlide: Story = {
  name: 'A single slide',
  render: (args) =>
    renderDeck(
      args,
      html`<mdk-slide id="einzeln-kernbotschaft" heading=${headings.de.message}><mdk-statement text=${keyMessage}></mdk-statement></mdk-slide>`,
    ),
};

export const German: Story = {
  parameters: { lang: 'de' },
  render: (args) => renderDeck(args, talkSlides({ lang: 'de', idPrefix: 'deutsch' })),
};

export const English: Story = {
  parameters: { lang: 'en' },
  args: { label: 'From strategy to action' },
  render: (args) => renderDeck(args, talkSlides({ lang: 'en', idPrefix: 'english' })),
};

/** The deck of a story, moved to slide `index` (from 0; negative counts from the end), with its two buttons. */
async function deckAtSlide(canvasElement: HTMLElement, index: number) {
  const deck = canvasElement.querySelector<MdkDeck>('mdk-deck')!;
  await deck.updateComplete;
  const target = index < 0 ? deck.slides.length + index : index;
  deck.goTo(target);
  await deck.updateComplete;
  await expect(deck.currentIndex).toBe(target);
  const button = (name: string) => deck.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`)!;
  return { deck, previous: button('previous-button'), next: button('next-button') };
}

/** A slide in the middle: both buttons available, "Nächste Folie" with keyboard focus, as after Tab. */
export const MiddleSlide: Story = {
  name: 'A middle slide, next button focused',
  tags: ['!autodocs'],
  beforeEach: restoreAddress,
  render: (args) => renderDeck(args, talkSlides({ idPrefix: 'mitte' })),
  play: async ({ canvasElement }) => {
    const { deck, previous, next } = await deckAtSlide(canvasElement, 1);
    next.focus();
    await expect(deck.shadowRoot!.activeElement).toBe(next);
    await expect([previous, next].map((button) => button.getAttribute('aria-disabled'))).toEqual(['false', 'false']);
  },
};

/** At the last slide "Nächste Folie" stays focusable but says it is unavailable (`aria-disabled`), dashed and muted. */
export const LastSlide: Story = {
  name: 'At the last slide (next unavailable)',
  // The key figures with their sources: a taller slide, and the buttons below it are the point.
  parameters: inFrameOnDocsPage('1000px'),
  beforeEach: restoreAddress,
  render: (args) => renderDeck(args, talkSlides({ idPrefix: 'letzte' })),
  play: async ({ canvasElement }) => {
    const { previous, next } = await deckAtSlide(canvasElement, -1);
    await expect([previous, next].map((button) => button.getAttribute('aria-disabled'))).toEqual(['false', 'true']);
  },
};

const longHeading =
  'Digitalisierung in der Landeshauptstadt bedeutet für Bürger*innen, Unternehmen und die Verwaltungsmitarbeiter*innen gleichermaßen …';

/** Long headings and long words: the slide's heading wraps and breaks, the controls stay below the slide. */
export const LongText: Story = {
  name: 'Long text',
  args: { label: 'Von der Strategie zum Handeln: Digitale Souveränität für eine zukunftsfähige Verwaltung der Landeshauptstadt' },
  render: (args) =>
    renderDeck(
      args,
      html`<mdk-slide id="lang-kennzahlen" heading=${longHeading}>
          <mdk-statement
            text="Digitale Souveränität braucht Strategie, gemeinsames Handeln und Mut – und Verwaltungsdigitalisierungsprojekte, die über Legislaturperioden hinweg getragen werden."
          ></mdk-statement>
        </mdk-slide>
        <mdk-slide id="lang-zweite" heading="Donaudampfschifffahrtsgesellschaftskapitänsmützenaufbewahrungsverordnung">
          <mdk-quote-cloud .terms=${sovereigntyTerms}></mdk-quote-cloud>
        </mdk-slide>`,
    ),
};

/** At 320 px: the buttons wrap, the slide's content reflows, nothing scrolls sideways. */
export const Narrow: Story = {
  name: 'At 320 px',
  globals: narrowViewport,
  render: (args) => html`<div style="width: 288px">${renderDeck(args, talkSlides({ idPrefix: 'schmal' }))}</div>`,
  play: expectReflowAt320,
};

/** The deck's buttons under the pointer: the link-hover colour (and an underline). */
export const Hovered: Story = { ...hoverStory('mdk-deck', 'button'), name: 'Hovered (buttons under the pointer)' };

/** A mode the deck does not know: it shows the overview, which works without JavaScript too, and a development build says so. */
export const UnknownMode: Story = {
  name: 'Unknown mode (the overview)',
  argTypes: { mode: { control: 'text' } },
  args: { mode: 'diashow' },
  render: (args) => renderDeck(args, talkSlides({ idPrefix: 'unbekannt' })),
};

/** The keyboard help in English: its title, the keys and the close button follow the page's language. */
export const HelpOpenEnglish: Story = {
  ...HelpOpen,
  name: 'Keyboard help open (English)',
  parameters: { lang: 'en', ...inFrameOnDocsPage(deckFrameHeight) },
  args: { label: 'From strategy to action' },
  render: (args) => renderDeck(args, talkSlides({ lang: 'en', idPrefix: 'help' })),
};

/** A slide without a heading: presenting, it is announced by its number alone ("Folie 2 von 2"). */
export const SlideWithoutHeading: Story = {
  name: 'A slide without a heading',
  parameters: inFrameOnDocsPage(deckFrameHeight),
  beforeEach: restoreAddress,
  render: (args) =>
    renderDeck(
      args,
      html`<mdk-slide id="ohne-titel-eins" heading=${headings.de.message}><mdk-statement text=${keyMessage}></mdk-statement></mdk-slide>
        <mdk-slide id="ohne-titel-zwei"><mdk-quote-cloud .terms=${sovereigntyTerms.slice(0, 4)}></mdk-quote-cloud></mdk-slide>`,
    ),
  play: async ({ canvasElement }) => {
    await deckAtSlide(canvasElement, 1);
  },
};
