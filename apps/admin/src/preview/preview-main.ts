import type { StrategyDocument } from '@muenchen-digital/content';
import { render } from 'lit';
import { renderStrategyDeck } from '../render/strategy-deck.js';
import { renderStrategyPage } from '../render/strategy-page.js';
import { applyTheme } from '../theme.js';
import '../styles/strategy-page.css';
import './preview.css';

/**
 * The preview frame: a page of its own (its own landmarks, ids, language and theme), exactly as the
 * published site shows the strategy. The editor calls `mdkPreview.show()` after every change.
 */
export interface PreviewApi {
  show(document: StrategyDocument): void;
  /** Shows the deck one slide at a time and gives it the keyboard (`?view=deck` only). */
  present(): void;
  /** Back to the overview of every slide. */
  stopPresenting(): void;
}

/** The preview page's name when the document's title is blank, in the document's language. */
const untitled = { de: 'Vorschau', en: 'Preview' } as const satisfies Record<StrategyDocument['language'], string>;

const root = document.getElementById('preview-root') as HTMLElement;
const view = new URLSearchParams(location.search).get('view') === 'deck' ? 'deck' : 'page';
let deckMode: 'overview' | 'present' = 'overview';
let shown: StrategyDocument | undefined;

const api: PreviewApi = {
  show(strategy) {
    applyTheme(strategy.organisation.theme);
    document.documentElement.lang = strategy.language;
    // The frame's page is in the document's language, its name too while the title is blank.
    document.title = strategy.hero.title.trim() || untitled[strategy.language];
    shown = strategy;
    render(view === 'deck' ? renderStrategyDeck(strategy, deckMode) : renderStrategyPage(strategy), root);
  },
  present() {
    if (view !== 'deck' || !shown) return;
    deckMode = 'present';
    api.show(shown);
    // The deck takes the keys while focus is inside it: start on the current slide's heading. At once,
    // while the deck's own update is pending: it sees focus there and announces "Präsentationsmodus.
    // Folie 1 von 13" without the heading, which a screen reader has just read for the focus.
    const deck = document.querySelector('mdk-deck');
    deck?.slides[deck.currentIndex]?.focus();
  },
  stopPresenting() {
    // Ended already (by the deck's own button or Esc in here, before the editor asks): nothing to redraw.
    if (view !== 'deck' || !shown || deckMode === 'overview') return;
    deckMode = 'overview';
    api.show(shown);
  },
};

declare global {
  interface Window {
    mdkPreview?: PreviewApi;
  }
}

/**
 * Presenting ended in here: the editor hears it, leaves full screen and takes focus back to its
 * "Präsentieren" (it listens for `mdk-presenting-end` on this window).
 */
function endPresenting() {
  if (deckMode !== 'present') return;
  api.stopPresenting();
  window.dispatchEvent(new Event('mdk-presenting-end'));
}

// The deck's own "Alle Folien zeigen" ends presenting.
document.addEventListener('mdk-mode-change', () => {
  if (document.querySelector('mdk-deck')?.mode === 'overview') endPresenting();
});

/**
 * In full screen the presentation is all there is: Tab from the deck's last button ("Nächste Folie")
 * comes round to its first (the mode button), Shift+Tab the other way, and in the open keyboard help
 * Tab goes round its buttons. Otherwise focus would leave the frame for the page hidden behind it, or
 * for the browser's own controls, and be seen nowhere.
 */
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Tab' || deckMode !== 'present' || !parent.document.fullscreenElement) return;
  const controls = document.querySelector('mdk-deck')?.shadowRoot;
  // The deck's keyboard help, open: Tab stays on its buttons (a modal dialog leaves that to the browser).
  const help = controls?.querySelector<HTMLDialogElement>('dialog[open]');
  if (help) {
    const buttons = [...help.querySelectorAll<HTMLElement>('button')];
    const at = buttons.indexOf(controls!.activeElement as HTMLElement);
    event.preventDefault();
    buttons[(at + (event.shiftKey ? buttons.length - 1 : 1)) % buttons.length]?.focus();
    return;
  }
  const first = controls?.querySelector<HTMLElement>('[part~="mode-button"]');
  const last = controls?.querySelector<HTMLElement>('[part~="next-button"]');
  const [from, to] = event.shiftKey ? [first, last] : [last, first];
  if (!from || !to || controls?.activeElement !== from) return;
  event.preventDefault();
  to.focus();
});

// In full screen, Esc is the browser's: it leaves full screen, which ends presenting. Where the
// browser refused full screen, Esc in the deck ends it too — unless it closes the deck's own dialog.
document.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape' || event.defaultPrevented || deckMode !== 'present' || parent.document.fullscreenElement) return;
  if (event.composedPath().some((target) => target instanceof HTMLDialogElement)) return;
  endPresenting();
});

window.mdkPreview = api;
window.dispatchEvent(new Event('mdk-preview-ready'));
