import type { Reporter, SerializedError, TestModule } from 'vitest/node';

/**
 * Ends a Vitest run with one plain, uncoloured line — "Vitest: 319 passed, 0 failed, 0 skipped" —
 * that people and CI logs can read without parsing Vitest's coloured summary. A test file that
 * fails before any test runs (an import error) and an unhandled error count as failures too, so the
 * line never says "0 failed" of a run that failed.
 */
export default class ClosingLineReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[], unhandledErrors: readonly SerializedError[]): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    let brokenFiles = 0;
    for (const testModule of testModules) {
      if (testModule.state() === 'failed' && [...testModule.children.allTests()].every((test) => test.result().state !== 'failed')) {
        brokenFiles += 1;
      }
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed += 1;
        else if (state === 'failed') counts.failed += 1;
        else counts.skipped += 1;
      }
    }
    const extra = [
      brokenFiles > 0 ? `${brokenFiles} test file${brokenFiles === 1 ? '' : 's'} failed to run` : '',
      unhandledErrors.length > 0 ? `${unhandledErrors.length} unhandled error${unhandledErrors.length === 1 ? '' : 's'}` : '',
    ].filter(Boolean);
    console.log(`Vitest: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped${extra.length ? `; ${extra.join(', ')}` : ''}`);
  }
}
