import type { StrategyDocument } from '@muenchen-digital/content';
import { render } from 'lit';
import { renderStrategyPage } from '../render/strategy-page.js';
import { applyTheme } from '../theme.js';
import '../styles/strategy-page.css';

/**
 * The preview frame: a page of its own (its own landmarks, ids, language and theme), exactly as the
 * published site shows the strategy. The editor calls `mdkPreview.show()` after every change.
 */
export interface PreviewApi {
  show(document: StrategyDocument): void;
}

const root = document.getElementById('preview-root') as HTMLElement;

const api: PreviewApi = {
  show(strategy) {
    applyTheme(strategy.organisation.theme);
    document.documentElement.lang = strategy.language;
    document.title = strategy.hero.title;
    render(renderStrategyPage(strategy), root);
  },
};

declare global {
  interface Window {
    mdkPreview?: PreviewApi;
  }
}

window.mdkPreview = api;
window.dispatchEvent(new Event('mdk-preview-ready'));
