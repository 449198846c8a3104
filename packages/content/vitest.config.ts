import { defineConfig } from 'vitest/config';

// The content model is plain data and functions: Node is enough, no browser needed.
export default defineConfig({
  test: {
    name: 'content',
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    environment: 'node',
    reporters: ['default', '../../tooling/closing-line-reporter.ts'],
  },
});
