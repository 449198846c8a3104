import type { Reporter, TestModule } from 'vitest/node';

/**
 * Ends a Vitest run with one plain, uncoloured line — "Vitest: 319 passed, 0 failed, 0 skipped" —
 * that people and CI logs can read without parsing Vitest's coloured summary.
 */
export default class ClosingLineReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[]): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    for (const testModule of testModules) {
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed += 1;
        else if (state === 'failed') counts.failed += 1;
        else counts.skipped += 1;
      }
    }
    console.log(`Vitest: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`);
  }
}
