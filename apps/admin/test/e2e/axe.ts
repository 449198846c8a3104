import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import type { Frame, Page } from 'playwright-core';

/** axe-core, injected into a page or frame and run against the WCAG 2.2 A and AA rules. */
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let axeSource: string | undefined;

export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Each violation as one readable line: rule, impact, and the elements it found. */
export async function axeViolations(target: Page | Frame): Promise<string[]> {
  axeSource ??= await readFile(axePath, 'utf8');
  // Evaluated over the DevTools protocol, not added as a <script>: the app's CSP asks for Trusted
  // Types, and the test must not loosen the policy it checks the app under.
  if (!(await target.evaluate(() => 'axe' in window))) await target.evaluate(`${axeSource};void 0`);
  return target.evaluate(async (tags) => {
    type Violation = { id: string; impact?: string; nodes: { target: string[]; failureSummary?: string }[] };
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Violation[] }> } }).axe;
    // Each frame is tested on its own (the preview has its own document, language and landmarks).
    const result = await axe.run(document, { runOnly: { type: 'tag', values: tags }, iframes: false, resultTypes: ['violations'] });
    return result.violations.map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes
          .slice(0, 5)
          .map((node) => `${node.target.join(' ')} — ${node.failureSummary?.split('\n').slice(1, 2).join('')}`)
          .join('; ')}`,
    );
  }, wcagTags);
}
