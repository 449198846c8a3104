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

const root = document.getElementById('preview-root') as HTMLElement;
const view = new URLSearchParams(location.search).get('view') === 'deck' ? 'deck' : 'page';
let deckMode: 'overview' | 'present' = 'overview';
let shown: StrategyDocument | undefined;

const api: PreviewApi = {
  show(strategy) {
    applyTheme(strategy.organisation.theme);
    document.documentElement.lang = strategy.language;
    document.title = strategy.hero.title.trim() || 'Vorschau';
    shown = strategy;
    render(view === 'deck' ? renderStrategyDeck(strategy, deckMode) : renderStrategyPage(strategy), root);
  },
  present() {
    if (view !== 'deck' || !shown) return;
    deckMode = 'present';
    api.show(shown);
    // The deck takes the keys while focus is inside it: start on the current slide.
    requestAnimationFrame(() => document.querySelector<HTMLElement>('mdk-slide:not([inert])')?.focus());
  },
  stopPresenting() {
    if (view !== 'deck' || !shown) return;
    deckMode = 'overview';
    api.show(shown);
  },
};

declare global {
  interface Window {
    mdkPreview?: PreviewApi;
  }
}

// The deck's own "Alle Folien zeigen" ends presenting: leave the full screen the editor opened for it.
document.addEventListener('mdk-mode-change', () => {
  const mode = document.querySelector('mdk-deck')?.mode;
  if (mode === 'overview') {
    deckMode = 'overview';
    if (parent.document.fullscreenElement) void parent.document.exitFullscreen();
  }
});

window.mdkPreview = api;
window.dispatchEvent(new Event('mdk-preview-ready'));
