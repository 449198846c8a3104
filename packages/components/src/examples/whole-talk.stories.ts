import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { renderTalkDeck, renderTalkPage } from './whole-talk.js';

/**
 * The whole talk "Von der Strategie zum Handeln" (IT-Referat München, 2025) rebuilt from the kit —
 * every slide that has text, in order, in German: once as a scrolling page inside the brand header and
 * footer, once as a deck (present it with the arrow keys; print it for one slide per page). The brand
 * frame follows the city theme chosen in the toolbar.
 */
const meta = {
  title: 'Examples/Whole talk',
  parameters: { layout: 'fullscreen' },
} satisfies Meta;

export default meta;

export const Page: StoryObj = { name: 'As a page', render: (_args, { globals }) => renderTalkPage(globals.theme) };
export const Deck: StoryObj = { name: 'As a deck', render: (_args, { globals }) => renderTalkDeck('present', globals.theme) };
export const DeckOverview: StoryObj = { name: 'As a deck (overview)', render: (_args, { globals }) => renderTalkDeck('overview', globals.theme) };
