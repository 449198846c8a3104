// Benchmark: how long checking the whole document takes — what the admin app does on every keystroke —
// for the example with a 1 MB embedded logo, as a ratio to the example without one, measured in the
// same run. Machines are noisy: absolute times are for orientation, the ratio is the figure to compare.
//
//   pnpm --filter @muenchen-digital/content bench     (after `pnpm build`)
//
// The logo's text is the same on each check, as it is between keystrokes, so after the first check
// its cost should vanish: a ratio near 1.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = fileURLToPath(new URL('../dist/index.js', import.meta.url));
if (!existsSync(built)) throw new Error('Build the package first: pnpm build');
const { createExampleDocument, validateDocument } = await import(built);

const samples = Number(process.env.BENCH_SAMPLES ?? 200);
const withoutLogo = createExampleDocument();
const withLogo = createExampleDocument();
const logoBytes = Buffer.alloc(1_000_000, 0x5a).toString('base64');
withLogo.organisation.logo = { src: `data:image/png;base64,${logoBytes}`, alt: 'Logo' };

const median = (values) => [...values].sort((a, b) => a - b)[values.length >> 1];
const time = (document) => {
  const start = performance.now();
  const result = validateDocument(document, 'de');
  const elapsed = performance.now() - start;
  if (!result.ok) throw new Error(`The benchmark's document has problems: ${JSON.stringify(result.problems.slice(0, 3))}`);
  return elapsed;
};

const first = time(withLogo);
const plain = [];
const logo = [];
// Alternate, so drift in the machine's speed touches both alike.
for (let index = 0; index < samples; index += 1) {
  plain.push(time(withoutLogo));
  logo.push(time(withLogo));
}
console.log(`first check with the logo: ${first.toFixed(2)} ms`);
console.log(`without logo: ${median(plain).toFixed(3)} ms, with a 1 MB logo: ${median(logo).toFixed(3)} ms (medians of ${samples})`);
console.log(`ratio: ${(median(logo) / median(plain)).toFixed(2)}`);
