// Benchmark: how long a page takes to show many key-figure tiles, as a ratio to a bare Lit element
// that renders the same visible text, measured in the same run. Machines are noisy, so absolute
// times are printed for orientation only; the ratio is the figure to compare between runs. It says
// what the tile's own work costs over what any Lit element costs: formatting in the page's
// language, the spoken phrase, the footnote link, the styles.
//
//   pnpm --filter @muenchen-digital/components bench     (after `pnpm build`)
//
// Each sample: put `count` elements into the page at once, wait for every one to finish its first
// update, and force style and layout (reading the page's height); then take them out and let a frame
// pass, so that one variant's clean-up does not land in the other's time. Waiting for the next frame
// instead would add up to a frame's wait to both, which hides the difference for a dozen tiles.
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { withBenchmarkPage } from '../../../tooling/benchmark-page.js';

const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const tile = join(packageRoot, 'dist/kpi-tile.js');
const theme = fileURLToPath(import.meta.resolve('@muenchen-digital/tokens/muenchen.css'));
const themeFonts = join(theme, '../fonts');
if (!existsSync(tile)) throw new Error('Build the package first: pnpm build');

const samples = Number(process.env.BENCH_SAMPLES ?? 15);
const counts = [12, 500];

// The baseline: a Lit element with a shadow root that shows a figure and its label, and nothing else.
const page = `
  import { LitElement, html } from 'lit';
  import ${JSON.stringify(tile)};
  class BareTile extends LitElement {
    static properties = { value: {}, label: {} };
    render() {
      return html\`<div><span>\${this.value}</span> <span>\${this.label}</span></div>\`;
    }
  }
  customElements.define('bench-bare-tile', BareTile);
`;

const folder = await mkdtemp(join(tmpdir(), 'mdk-bench-'));
await build({
  stdin: { contents: page, resolveDir: packageRoot, loader: 'js' },
  bundle: true,
  format: 'esm',
  minify: true,
  outfile: join(folder, 'bench.js'),
  logLevel: 'error',
});
// The theme with its fonts beside it, as a page serves them: the tiles render in their own type.
await cp(theme, join(folder, 'muenchen.css'));
await cp(themeFonts, join(folder, 'fonts'), { recursive: true });
await writeFile(
  join(folder, 'index.html'),
  '<!doctype html><html lang="de"><head><meta charset="utf-8"><link rel="stylesheet" href="muenchen.css"><script type="module" src="bench.js"></script></head><body><main id="stage"></main></body></html>',
);

/** Median milliseconds to show `count` tiles, of the kit and of the baseline, taken in turns. */
async function measure(browserPage, count) {
  return browserPage.evaluate(
    async ({ count, samples }) => {
      const stage = document.getElementById('stage');
      const kit = (index) =>
        `<mdk-kpi-tile value="${1000 + index * 37}" qualifier="more-than" label="Online-Anträge je Monat" source="${(index % 4) + 1}" as-of="2025"></mdk-kpi-tile>`;
      const bare = (index) => `<bench-bare-tile value="&gt;${1000 + index * 37}" label="Online-Anträge je Monat"></bench-bare-tile>`;
      const time = async (markup) => {
        const start = performance.now();
        stage.innerHTML = Array.from({ length: count }, (_, index) => markup(index)).join('');
        await Promise.all([...stage.children].map((element) => element.updateComplete));
        void stage.offsetHeight;
        const elapsed = performance.now() - start;
        stage.replaceChildren();
        await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
        return elapsed;
      };
      // A first round of each unmeasured: the code is compiled, and the fonts the tiles use are loaded.
      await time(kit);
      await time(bare);
      const kitTimes = [];
      const bareTimes = [];
      for (let index = 0; index < samples; index += 1) {
        // Alternate, so drift in the machine's speed touches both alike.
        kitTimes.push(await time(kit));
        bareTimes.push(await time(bare));
      }
      const median = (values) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];
      return { kit: median(kitTimes), bare: median(bareTimes) };
    },
    { count, samples },
  );
}

try {
  await withBenchmarkPage(chromium, folder, '', async (browserPage) => {
    await browserPage.waitForFunction(() => customElements.get('mdk-kpi-tile') && customElements.get('bench-bare-tile'));
    await browserPage.evaluate(() => document.fonts.ready);
    console.log(`First render of <mdk-kpi-tile> against a bare Lit element, median of ${samples} samples each:`);
    for (const count of counts) {
      const { kit, bare } = await measure(browserPage, count);
      console.log(`  ${count} tiles: kit ${kit.toFixed(2)} ms, bare Lit element ${bare.toFixed(2)} ms, ratio ${(kit / bare).toFixed(2)}`);
    }
  });
} finally {
  await rm(folder, { recursive: true, force: true });
}
