import { defineConfig } from 'vitest/config';

// Token tests are pure computations on the built values, and a look at the packed tarball
// (test/): Node is enough, no browser needed.
export default defineConfig({
  test: {
    name: 'tokens',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', '../../tooling/closing-line-reporter.ts'],
  },
});
