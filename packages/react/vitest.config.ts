import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type TestProjectInlineConfiguration } from 'vitest/config';
import { chromiumArgs, chromiumExecutable } from '../../tooling/chromium.js';

/** The wrappers where React runs them: a React 19 tree in a real Chromium with the kit's elements. */
const browserTests: TestProjectInlineConfiguration = {
  extends: true,
  test: {
    name: 'react',
    include: ['test/**/*.test.tsx', 'test/**/*.test.ts'],
    exclude: ['test/**/*.node.test.{ts,tsx}'],
    browser: {
      enabled: true,
      headless: true,
      provider: playwright({ launchOptions: { executablePath: chromiumExecutable, args: chromiumArgs } }),
      instances: [{ browser: 'chromium' }],
      viewport: { width: 1280, height: 800 },
      screenshotFailures: false,
    },
  },
};

/** In Node: server rendering (what the README promises about SSR) and the packed tarball. */
const serverTests: TestProjectInlineConfiguration = {
  extends: true,
  test: {
    name: 'node',
    include: ['test/**/*.node.test.{ts,tsx}'],
    environment: 'node',
  },
};

export default defineConfig({
  test: {
    reporters: ['default', '../../tooling/closing-line-reporter.ts'],
    // Two cores: one browser test file at a time keeps runs deterministic.
    fileParallelism: false,
    maxWorkers: 1,
    projects: [serverTests, browserTests],
  },
});
