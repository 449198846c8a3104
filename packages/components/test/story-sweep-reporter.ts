import type { Reporter, TestModule } from 'vitest/node';

/**
 * Prints how many story × theme runs the accessibility sweep passed: each story, in every city theme
 * and mode and under forced colours, rendered, checked by axe (WCAG 2.2 A/AA) and by the colour pairs.
 */
export default class StorySweepReporter implements Reporter {
  onTestRunEnd(testModules: readonly TestModule[]): void {
    const runs = new Map<string, { passed: number; failed: number }>();
    for (const testModule of testModules) {
      const project = testModule.project.name;
      if (!project.startsWith('stories ')) continue;
      const counts = runs.get(project) ?? { passed: 0, failed: 0 };
      for (const test of testModule.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed += 1;
        else if (state === 'failed') counts.failed += 1;
      }
      runs.set(project, counts);
    }
    if (runs.size === 0) return;
    const passed = [...runs.values()].reduce((sum, counts) => sum + counts.passed, 0);
    const failed = [...runs.values()].reduce((sum, counts) => sum + counts.failed, 0);
    const perRun = [...runs].map(([project, counts]) => `${project.replace(/^stories | \(chromium\)$/g, '')} ${counts.passed}`).join(', ');
    console.log(
      `\nAccessibility sweep (axe WCAG 2.2 A/AA, colour pairs): ${passed} story × theme runs passed, ${failed} failed` +
        ` — ${runs.size} theme × mode runs: ${perRun}\n`,
    );
  }
}
