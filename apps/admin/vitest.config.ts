import { themeNames } from '@muenchen-digital/tokens';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { chromiumArgs, chromiumExecutable } from '../../tooling/chromium.js';
import { themeStylesheets } from '../../tooling/theme-stylesheets.js';
import { offeredThemes } from './offered-themes-plugin.js';

/**
 * Two kinds of tests: units (the store, storage, parsing) in real Chromium with real IndexedDB, and
 * end-to-end tests that drive the built app in Chromium with playwright-core from Node.
 */
export default defineConfig({
  // As in vite.config.ts, which Vitest does not read when this file exists.
  plugins: [themeStylesheets(themeNames), offeredThemes()],
  test: {
    reporters: ['default', '../../tooling/closing-line-reporter.ts'],
    // Two cores: one browser test file at a time.
    fileParallelism: false,
    maxWorkers: 1,
    projects: [
      {
        extends: true,
        test: {
          name: 'admin unit',
          include: ['src/**/*.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            provider: playwright({ launchOptions: { executablePath: chromiumExecutable, args: chromiumArgs } }),
            instances: [{ browser: 'chromium' }],
            screenshotFailures: false,
          },
        },
      },
      {
        extends: true,
        test: {
          name: 'admin e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          // Node only, and every file starts its own browser and server: the files can share one
          // module graph (playwright-core, the harness, axe's source) instead of loading it 33 times.
          isolate: false,
          globalSetup: ['test/e2e/all-themes-build.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          // After the unit tests: projects without a group order run at once, two Chromiums on two cores.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
