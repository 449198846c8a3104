import type { Preview } from '@storybook/web-components-vite';
import { html } from 'lit';
import { setCustomElementsManifest } from '@storybook/web-components-vite';
import { themeLabels, themeNames, type ThemeMode, type ThemeName } from '@muenchen-digital/tokens';
// Every theme the tokens package builds, as text (tooling/theme-stylesheets.js, added in main.ts).
import themeCss from 'virtual:mdk-theme-stylesheets?inline';
import customElements from '../custom-elements.json';
import { viewportOptions } from '../src/examples/story-viewports.js';
import { argTypesExtractor } from './arg-types.js';
import { bulletlessListsWithoutRole } from '../test/bulletless-lists.js';
import { axeRunOptions } from '../test/axe-config.js';
import { findUndeclaredColourPairs } from '../test/rendered-colour-pairs.js';

setCustomElementsManifest(customElements);

// The test projects (vitest.config.ts) start every story in one theme and mode; the UI starts in München light.
declare const __MDK_STORY_THEME__: ThemeName | undefined;
declare const __MDK_STORY_MODE__: ThemeMode | undefined;
const initialTheme: ThemeName = typeof __MDK_STORY_THEME__ === 'string' ? __MDK_STORY_THEME__ : 'muenchen';
const initialMode: ThemeMode = typeof __MDK_STORY_MODE__ === 'string' ? __MDK_STORY_MODE__ : 'light';

/** Links the theme at document level, as a page does: `@font-face` does not work inside shadow roots. */
function applyTheme(theme: ThemeName, mode: ThemeMode, lang: string): void {
  let style = document.getElementById('mdk-theme');
  if (style === null) {
    style = document.createElement('style');
    style.id = 'mdk-theme';
    document.head.append(style);
  }
  if (style.dataset.theme !== theme) {
    style.textContent = themeCss[theme];
    style.dataset.theme = theme;
  }
  document.documentElement.dataset.mdkMode = mode;
  document.documentElement.lang = lang;
  document.body.style.background = 'var(--mdk-color-surface-default)';
  document.body.style.color = 'var(--mdk-color-text-default)';
}

const preview: Preview = {
  initialGlobals: { theme: initialTheme, mode: initialMode, lang: 'de' },
  globalTypes: {
    theme: {
      description: 'City theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: themeNames.map((value) => ({ value, title: themeLabels[value] })),
        dynamicTitle: true,
      },
    },
    mode: {
      description: 'Colour mode',
      toolbar: {
        title: 'Mode',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'high-contrast', title: 'High contrast' },
        ],
        dynamicTitle: true,
      },
    },
    lang: {
      description: 'Language',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'de', title: 'Deutsch' },
          { value: 'en', title: 'English' },
        ],
        dynamicTitle: true,
      },
    },
  },
  decorators: [
    (story, context) => {
      const { theme, mode } = context.globals as { theme: ThemeName; mode: ThemeMode };
      // A story may fix its language (the de/en stories); otherwise the toolbar decides.
      applyTheme(theme, mode, context.globals.lang as string);
      // Per story, not per document: a docs page shows German and English stories side by side, and
      // each story's footnotes pair up within the story (a citation scope).
      const lang = (context.parameters.lang as string | undefined) ?? (context.globals.lang as string);
      return html`<div lang=${lang} data-mdk-citation-scope>${story()}</div>`;
    },
  ],
  parameters: {
    layout: 'padded',
    // The introduction first, then from the ground up: tokens, the key figures, the rest, the examples.
    options: { storySort: { order: ['Introduction', 'Foundations', 'Key figures', 'Strategy', 'Channels', 'Brand', 'Components', 'Examples'] } },
    controls: { expanded: true },
    // Attributes under their own names, with controls; parts, slots, CSS properties and events
    // namespaced and documented without one (Storybook's own extraction lets a part named like an
    // attribute replace it).
    docs: { extractArgTypes: argTypesExtractor(customElements) },
    // The toolbar's viewports, with the 320 px one the "At 320 px" stories start in (globals.viewport).
    viewport: { options: viewportOptions },
    a11y: {
      // A violation fails the story's test (and so `pnpm test`), in every theme × mode project.
      test: 'error',
      options: axeRunOptions,
    },
  },
  // The story tests render into a canvas without an id, and storybook-addon-pseudo-states (the hover
  // stories) finds the story's root by Storybook's own id: the canvas takes it before the story renders.
  beforeEach: ({ canvasElement, viewMode }) => {
    if (viewMode === 'story' && !document.getElementById('storybook-root')) canvasElement.id = 'storybook-root';
  },
  afterEach: async ({ canvasElement, globals }) => {
    // Safari drops the list role of a list without bullets: every such list says role="list" itself.
    const bulletless = bulletlessListsWithoutRole(canvasElement);
    if (bulletless.length > 0) throw new Error(`Lists without bullets and without role="list":\n  ${bulletless.join('\n  ')}`);
    if (matchMedia('(forced-colors: active)').matches) return; // system colours, not tokens
    const problems = findUndeclaredColourPairs(canvasElement, globals.theme as ThemeName, globals.mode as ThemeMode);
    if (problems.length > 0) {
      throw new Error(
        `Colour pairs outside the tokens contrast table:\n${problems
          .map((p) => `  <${p.element}> "${p.text}": ${p.foreground} on ${p.background} — ${p.problem}`)
          .join('\n')}`,
      );
    }
  },
  tags: ['autodocs'],
};

export default preview;
