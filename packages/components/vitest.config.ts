import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { minifyTemplates } from './template-minifier.js';
import { emulateMedia, printToPdf, readAccessibilityTree } from './test/browser-commands.js';
import { chromiumArgs, chromiumExecutable } from '../../tooling/chromium.js';
import { storyThemeRuns } from './test/story-theme-runs.js';

/** A fresh browser configuration per project: Vitest refuses one object shared between projects. */
function chromium(options: { forcedColors?: boolean } = {}) {
  return {
    enabled: true,
    headless: true,
    provider: playwright({
      launchOptions: { executablePath: chromiumExecutable, args: chromiumArgs },
      contextOptions: options.forcedColors ? { forcedColors: 'active' as const } : {},
    }),
    instances: [{ browser: 'chromium' as const }],
    viewport: { width: 1280, height: 800 },
    commands: { readAccessibilityTree, emulateMedia, printToPdf },
    screenshotFailures: false,
  };
}

/** Tests that read files in Node: the package's contract (exports, sideEffects, tokens, built output). */
const packageTests: TestProjectInlineConfiguration = {
  extends: true,
  test: {
    name: 'package',
    include: ['test/**/*.node.test.ts'],
    environment: 'node',
  },
};

const unitTests: TestProjectInlineConfiguration = {
  extends: true,
  test: {
    name: 'unit',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    exclude: ['test/**/*.node.test.ts'],
    setupFiles: ['test/setup-unit.ts'],
    browser: chromium(),
  },
};

/**
 * Every story once per city theme × mode, and once per city theme under forced colours: Storybook's a11y addon runs
 * axe after each story and fails the test on a violation. The define constants tell
 * `.storybook/preview.ts` which theme and mode to start with.
 */
const storyTests: TestProjectInlineConfiguration[] = storyThemeRuns.map((run, index) => ({
  extends: true,
  plugins: [storybookTest({ configDir: '.storybook' })],
  define: {
    __MDK_STORY_THEME__: JSON.stringify(run.theme),
    __MDK_STORY_MODE__: JSON.stringify(run.mode),
  },
  test: {
    name: `stories ${run.name}`,
    browser: chromium({ forcedColors: run.forcedColors }),
    // One page for all story files of a run: each file's own page cost 0.7 s to load preview, axe and
    // the theme again, 24 times per run. Each story still renders alone in a cleared root, with axe.
    isolate: false,
    // After the unit tests, one theme × mode run after the other (see the note on projects below).
    sequence: { groupOrder: index + 1 },
  },
}));

export default defineConfig({
  define: { __MDK_DEV__: 'true' },
  // test/in-vue.test.ts compiles Vue templates in the browser: Vue's browser build with its compiler.
  resolve: { alias: [{ find: /^vue$/, replacement: 'vue/dist/vue.esm-browser.js' }] },
  // The same template minifier as the library build: tests see the markup that ships.
  plugins: [minifyTemplates()],
  test: {
    reporters: ['default', './test/story-sweep-reporter.ts', '../../tooling/closing-line-reporter.ts'],
    // Two cores: one browser test file at a time keeps runs deterministic. That holds within a project
    // only: projects without a group order all run at once, eight Chromiums on two cores, which made
    // a test that takes 0.4 s alone time out after 15 s. So each browser project has a group of its own.
    fileParallelism: false,
    maxWorkers: 1,
    projects: [packageTests, unitTests, ...storyTests],
  },
});
