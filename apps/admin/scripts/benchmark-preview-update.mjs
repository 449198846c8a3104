// Benchmark: how long the preview takes to show an edit, as a ratio to a no-op update measured in
// the same run, for the example document and for a generated one with 500 key figures. Machines are
// noisy, so absolute times are printed for orientation only; the ratio is the figure to compare.
//
//   pnpm --filter @muenchen-digital/admin bench     (after `pnpm build`)
//
// Each sample: call the preview's `show(document)`, then wait for the kit elements to finish their
// update and for the next frame (style, layout and paint included). "No-op" shows the same document
// again; "edit" shows one whose first key-figure label changed — the update a keystroke causes.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { createExampleDocument } from '@muenchen-digital/content';
import { withBenchmarkPage } from '../../../tooling/benchmark-page.js';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
if (!existsSync(dist)) throw new Error('Build the app first: pnpm build');

const samples = Number(process.env.BENCH_SAMPLES ?? 60);

/** The example with its key figures repeated until there are `count`, in two groups. */
function documentWithFigures(count) {
  const document = createExampleDocument();
  const figures = document.keyFigures.groups.flatMap((group) => group.figures);
  document.keyFigures.groups = [0, 1].map((groupIndex) => ({
    id: `gruppe-${groupIndex}`,
    heading: `Gruppe ${groupIndex + 1}`,
    figures: Array.from({ length: count / 2 }, (_, index) => ({
      ...figures[index % figures.length],
      id: `kennzahl-${groupIndex}-${index}`,
      value: 1000 + index,
    })),
  }));
  return document;
}

async function measure(page, document) {
  return page.evaluate(
    async ({ document, samples }) => {
      const settle = async () => {
        await Promise.all([...window.document.querySelectorAll('*')].filter((el) => el.localName.startsWith('mdk-')).map((el) => el.updateComplete));
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      };
      const edited = (n) => {
        const copy = structuredClone(document);
        copy.keyFigures.groups[0].figures[0].label = `Bürger*innen ${n}`;
        return copy;
      };
      const time = async (next) => {
        const start = performance.now();
        window.mdkPreview.show(next);
        await settle();
        return performance.now() - start;
      };
      window.mdkPreview.show(document);
      await settle();
      const noOp = [];
      const edit = [];
      for (let index = 0; index < samples; index += 1) {
        // Alternate, so drift in the machine's speed touches both alike.
        const current = edited(index);
        window.mdkPreview.show(current);
        await settle();
        noOp.push(await time(current));
        edit.push(await time(edited(index + 0.5)));
      }
      const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
      return { noOp: median(noOp), edit: median(edit) };
    },
    { document, samples },
  );
}

await withBenchmarkPage(chromium, dist, 'preview.html', async (page) => {
  await page.waitForFunction(() => window.mdkPreview !== undefined);
  const cases = [
    ['example document (12 key figures)', createExampleDocument()],
    ['generated document (500 key figures)', documentWithFigures(500)],
  ];
  console.log(`Preview update after an edit, median of ${samples} samples each:`);
  for (const [name, document] of cases) {
    const { noOp, edit } = await measure(page, document);
    console.log(`  ${name}: edit ${edit.toFixed(2)} ms, no-op ${noOp.toFixed(2)} ms, ratio ${(edit / noOp).toFixed(2)}`);
  }
});
