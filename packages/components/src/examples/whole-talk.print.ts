// Renders the whole talk as a deck into an empty page: the page the PDF test prints.
import { render } from 'lit';
import { renderTalkDeck } from './whole-talk.js';

render(renderTalkDeck('present'), document.body);
