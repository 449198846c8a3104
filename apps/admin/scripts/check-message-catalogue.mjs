// Fails when a message in the sources has no unit in xliff/en.xlf: someone added a msg() and did not
// run `pnpm localize`. The English UI would then show that message in German, and the catalogue's own
// test (src/localization.test.ts, every unit translated) could not notice, as the unit is missing.
// Extracts the catalogue afresh into a temporary folder with lit-localize itself and compares ids.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const app = resolve(import.meta.dirname, '..');
const config = JSON.parse(readFileSync(join(app, 'lit-localize.json'), 'utf8'));
const scratch = mkdtempSync(join(tmpdir(), 'message-catalogue-'));
/** Each unit as "id source"; throws on a unit this reading would miss (a note before the source, say). */
function ids(xliff) {
  const units = [...xliff.matchAll(/<trans-unit id="([^"]+)">\s*<source>([^]*?)<\/source>/g)].map((match) => `${match[1]} ${match[2]}`);
  const tags = xliff.match(/<trans-unit\b/g)?.length ?? 0;
  if (units.length !== tags) throw new Error(`Read ${units.length} of ${tags} units: a unit has a shape this check does not know.`);
  return new Set(units);
}

/** The units with no (or an empty) `<target>`, as "id source". */
function untranslatedUnits(xliff) {
  return [...xliff.matchAll(/<trans-unit id="([^"]+)">([^]*?)<\/trans-unit>/g)]
    .filter(([, , body]) => !/<target>[^]*?\S[^]*?<\/target>/.test(body))
    .map(([, id, body]) => `${id} ${body.match(/<source>([^]*?)<\/source>/)?.[1] ?? ''}`);
}

try {
  const scratchConfig = join(scratch, 'lit-localize.json');
  // Paths in the config are relative to the config file: point them back at the app.
  writeFileSync(
    scratchConfig,
    JSON.stringify({
      ...config,
      tsConfig: join(app, config.tsConfig),
      inputFiles: config.inputFiles.map((pattern) => join(app, pattern)),
      output: { ...config.output, outputDir: join(scratch, 'locales'), localeCodesModule: join(scratch, 'locale-codes.ts') },
      interchange: { ...config.interchange, xliffDir: scratch },
    }),
  );
  execFileSync(join(app, 'node_modules/.bin/lit-localize'), ['extract', '--config', scratchConfig], { stdio: 'pipe' });
  const inSources = ids(readFileSync(join(scratch, 'en.xlf'), 'utf8'));
  const inCatalogue = ids(readFileSync(join(app, 'xliff/en.xlf'), 'utf8'));
  const missing = [...inSources].filter((unit) => !inCatalogue.has(unit));
  const unused = [...inCatalogue].filter((unit) => !inSources.has(unit));
  // A unit without a target shows its German source in the English UI, silently: lit-localize falls back.
  const untranslated = untranslatedUnits(readFileSync(join(app, 'xliff/en.xlf'), 'utf8'));
  if (missing.length > 0 || unused.length > 0 || untranslated.length > 0) {
    console.error('xliff/en.xlf does not match the messages in src/. Run `pnpm localize` and translate the new units.');
    for (const unit of missing) console.error(`  missing: ${unit}`);
    for (const unit of unused) console.error(`  no longer used: ${unit}`);
    for (const unit of untranslated) console.error(`  no <target>: ${unit}`);
    process.exitCode = 1;
  } else {
    console.log(`xliff/en.xlf holds every message of src/ (${inSources.size}).`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
