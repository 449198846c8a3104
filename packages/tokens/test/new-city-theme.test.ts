// A rehearsal of what the README promises a city that forks the kit: copy a theme folder, change
// its values, build — and the new theme exists everywhere the themes are listed, with no code change.
// It runs the real build script on a copy of the package's sources in a temporary folder.
import { execFile } from 'node:child_process';
import { cp, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findContrastFailures } from '../src/contrast-pairs.js';
import { themeLabels, themeNames, type TokenValues } from '../src/generated/token-values.js';

const run = promisify(execFile);
/**
 * The themes the build finds after the city added its folder: this package's, and Beispielstadt, by
 * folder name. The test's cities start with "test-", a name no city takes: a fork that follows the
 * README and names its own folder "beispielstadt" keeps this test green.
 */
const withBeispielstadt = [...themeNames, 'test-beispielstadt'].sort();
const packageRoot = fileURLToPath(new URL('..', import.meta.url));

/** A copy of the package's token sources, build script and manifest, sharing its installed dependencies. */
async function copyOfPackage(): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'mdk-new-city-'));
  await cp(join(packageRoot, 'package.json'), join(folder, 'package.json'));
  await cp(join(packageRoot, 'scripts'), join(folder, 'scripts'), { recursive: true });
  await cp(join(packageRoot, 'tokens'), join(folder, 'tokens'), { recursive: true });
  await symlink(join(packageRoot, 'node_modules'), join(folder, 'node_modules'), 'dir');
  return folder;
}

/** What a city does: copies Musterstadt's folder under its own name and changes values in it. */
async function addCity(folder: string, city: string, change: { label?: string; accent: string }): Promise<void> {
  const themeDir = join(folder, 'tokens', 'themes', city);
  await cp(join(folder, 'tokens', 'themes', 'musterstadt'), themeDir, { recursive: true });
  const brand = JSON.parse(await readFile(join(themeDir, 'brand.json'), 'utf8'));
  if (change.label === undefined) delete brand.$extensions['org.muenchen-digital.theme'];
  else brand.$extensions['org.muenchen-digital.theme'].label = change.label;
  await writeFile(join(themeDir, 'brand.json'), JSON.stringify(brand));
  const light = JSON.parse(await readFile(join(themeDir, 'light.json'), 'utf8'));
  light.color.accent.default.$value = change.accent;
  await writeFile(join(themeDir, 'light.json'), JSON.stringify(light));
}

async function build(folder: string): Promise<string> {
  const { stdout } = await run(process.execPath, [join(folder, 'scripts', 'build-tokens.mjs')]);
  return stdout;
}

describe('a city adds its theme by copying a folder', () => {
  let folder: string;
  let output: string;

  beforeAll(async () => {
    folder = await copyOfPackage();
    // A dark green that reads well on white; the rest is Musterstadt's.
    await addCity(folder, 'test-beispielstadt', { label: 'Test-Beispielstadt', accent: '#1b5e20' });
    output = await build(folder);
  }, 120_000);

  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('builds the new theme with the others', () => {
    expect(output).toContain(`built ${withBeispielstadt.join(', ')} ×`);
  });

  it('writes its CSS file, with its own colour and its fonts', async () => {
    const css = await readFile(join(folder, 'dist', 'test-beispielstadt.css'), 'utf8');
    expect(css).toContain('theme "test-beispielstadt"');
    expect(css).toMatch(/--mdk-color-accent-default: #1b5e20;/);
    expect(css).toContain('@font-face');
  });

  it('can be imported by its name, like the others: `@muenchen-digital/tokens/test-beispielstadt.css`', () => {
    // The package resolving its own name, as a consumer's bundler does through the exports map.
    const resolve = createRequire(join(folder, 'index.js')).resolve;
    expect(resolve('@muenchen-digital/tokens/test-beispielstadt.css')).toBe(join(folder, 'dist', 'test-beispielstadt.css'));
    expect(resolve('@muenchen-digital/tokens/muenchen.css')).toBe(join(folder, 'dist', 'muenchen.css'));
  });

  it('lists it, by the name from its brand.json, where tools read the themes', async () => {
    const generated = await import(join(folder, 'src', 'generated', 'token-values.ts'));
    expect(generated.themeNames).toEqual(withBeispielstadt);
    expect(generated.themeLabels).toEqual({ ...themeLabels, 'test-beispielstadt': 'Test-Beispielstadt' });
  });

  it('measures its colours with the same contrast table: this one passes', async () => {
    const { tokenValues } = (await import(join(folder, 'src', 'generated', 'token-values.ts'))) as { tokenValues: TokenValues };
    expect(Object.keys(tokenValues)).toContain('test-beispielstadt');
    expect(findContrastFailures(tokenValues)).toEqual([]);
  });
});

/** A woff2 file that stands in for a city's licensed font (any real woff2 does): Source Sans 3's regular face. */
const standInFont = join(packageRoot, 'node_modules', '@fontsource', 'source-sans-3', 'files', 'source-sans-3-latin-400-normal.woff2');

/** Adds a city that self-hosts "Stadt Sans" from font files in its own folder: no font package for it. */
async function addCityWithOwnFont(folder: string, city: string, face: Record<string, unknown>): Promise<void> {
  await addCity(folder, city, { label: city, accent: '#1b5e20' });
  const themeDir = join(folder, 'tokens', 'themes', city);
  await mkdir(join(themeDir, 'fonts'));
  await cp(standInFont, join(themeDir, 'fonts', 'StadtSans-Regular.woff2'));
  await writeFile(join(themeDir, 'fonts', 'LICENSE.txt'), 'Stadt Sans: licensed to the City of Stadt for its websites.\n');
  const brand = JSON.parse(await readFile(join(themeDir, 'brand.json'), 'utf8'));
  brand.$extensions['org.muenchen-digital.fonts'].faces = [face];
  brand.font.family.body.$value = ['Stadt Sans', 'Arial', 'sans-serif'];
  brand.font.family.heading.$value = ['Stadt Sans', 'Arial', 'sans-serif'];
  // A description, which the CSS carries as a comment after the value: the fallback still goes in.
  brand.font.family.heading.$description = 'Headings.';
  await writeFile(join(themeDir, 'brand.json'), JSON.stringify(brand));
}

describe('a city whose font is in no package: its files in the theme folder', () => {
  let folder: string;
  const ownFace = { file: 'fonts/StadtSans-Regular.woff2', family: 'Stadt Sans', weight: 400, style: 'normal', licence: 'fonts/LICENSE.txt' };

  beforeAll(async () => {
    folder = await copyOfPackage();
  });

  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('self-hosts them, each beside its licence, under names that say the family', async () => {
    await addCityWithOwnFont(folder, 'test-eigenschrift', ownFace);
    await build(folder);
    const css = await readFile(join(folder, 'dist', 'test-eigenschrift.css'), 'utf8');
    expect(css).toContain(
      "@font-face {\n  font-family: 'Stadt Sans';\n  font-style: normal;\n  font-display: swap;\n  font-weight: 400;\n  src: url(./fonts/stadt-sans-400-normal.woff2) format('woff2');\n}",
    );
    // Its own font gets a fallback face measured on its file, as the package's fonts do.
    expect(css).toMatch(/@font-face {\n {2}font-family: 'Stadt Sans Fallback';\n {2}src: local\('Arial'\)[^}]*size-adjust: [\d.]+%;\n}/);
    expect(css).toContain("--mdk-font-family-body: 'Stadt Sans', 'Stadt Sans Fallback', Arial, sans-serif;");
    expect(css).toContain("--mdk-font-family-heading: 'Stadt Sans', 'Stadt Sans Fallback', Arial, sans-serif; /** Headings. */");
    expect(await readFile(join(folder, 'dist', 'fonts', 'stadt-sans-400-normal.woff2'))).toEqual(await readFile(standInFont));
    expect(await readFile(join(folder, 'dist', 'fonts', 'stadt-sans-LICENSE.txt'), 'utf8')).toContain('licensed to the City of Stadt');
    await rm(join(folder, 'tokens', 'themes', 'test-eigenschrift'), { recursive: true });
  }, 120_000);

  it('refuses a second, different file under a name a file already took: one family name in two cities, two faces of one weight', async () => {
    await addCityWithOwnFont(folder, 'test-erste', ownFace);
    await addCityWithOwnFont(folder, 'test-zweite', ownFace);
    // The second city's "Stadt Sans" is another font (here: another file standing in for one).
    await cp(join(packageRoot, 'node_modules', '@fontsource', 'source-sans-3', 'files', 'source-sans-3-latin-700-normal.woff2'), join(folder, 'tokens', 'themes', 'test-zweite', 'fonts', 'StadtSans-Regular.woff2'));
    await expect(build(folder)).rejects.toThrow(
      /tokens\/themes\/test-zweite\/brand\.json \(Stadt Sans, 400 normal\): its file would be copied as fonts\/stadt-sans-400-normal\.woff2, which a different file \(tokens\/themes\/test-erste\/brand\.json \(Stadt Sans, 400 normal\)\) already is/,
    );
    // The same file in both (a city's two themes sharing a font): no conflict.
    await cp(standInFont, join(folder, 'tokens', 'themes', 'test-zweite', 'fonts', 'StadtSans-Regular.woff2'));
    await build(folder);
    await rm(join(folder, 'tokens', 'themes', 'test-erste'), { recursive: true });
    await rm(join(folder, 'tokens', 'themes', 'test-zweite'), { recursive: true });
  }, 120_000);

  it('names files after the family in plain letters: "Münchner Grotesk" as muenchner-grotesk', async () => {
    await addCityWithOwnFont(folder, 'test-umlaut', { ...ownFace, family: 'Münchner Grotesk' });
    await build(folder);
    const css = await readFile(join(folder, 'dist', 'test-umlaut.css'), 'utf8');
    expect(css).toContain("font-family: 'Münchner Grotesk';");
    expect(css).toContain('src: url(./fonts/muenchner-grotesk-400-normal.woff2)');
    await rm(join(folder, 'tokens', 'themes', 'test-umlaut'), { recursive: true });
  }, 120_000);

  it.each([
    { what: 'a face without its licence', face: { ...ownFace, licence: undefined }, says: /the face of "Stadt Sans" needs "licence"/ },
    { what: 'a font that is not woff2', face: { ...ownFace, file: 'fonts/StadtSans-Regular.ttf' }, says: /needs "file", a \.woff2 file .*Convert other formats to woff2/ },
    { what: 'a file that is not there', face: { ...ownFace, file: 'fonts/StadtSans-Bold.woff2', weight: 700 }, says: /names the file "fonts\/StadtSans-Bold\.woff2", which is not in tokens\/themes\/test-fehlschrift\// },
    { what: 'a face without its family', face: { ...ownFace, family: '' }, says: /needs its "family"/ },
    { what: 'a weight that is no weight', face: { ...ownFace, weight: 'bold' }, says: /needs "weight" 100 to 900/ },
    { what: 'a face that leaves its style to a default', face: { ...ownFace, style: undefined }, says: /"style" "normal" or "italic", both given/ },
    { what: 'a file outside the theme folder', face: { ...ownFace, licence: '../muenchen/brand.json' }, says: /names the file "\.\.\/muenchen\/brand\.json", which is outside tokens\/themes\/test-fehlschrift\// },
    { what: 'a family whose name would break the stylesheet', face: { ...ownFace, family: "Stadt's Sans" }, says: /without quotation marks or backslashes/ },
  ])('refuses $what, naming the file and what to give', async ({ face, says }) => {
    await addCityWithOwnFont(folder, 'test-fehlschrift', face);
    await expect(build(folder)).rejects.toThrow(new RegExp(`tokens/themes/test-fehlschrift/brand\\.json.*${says.source}`, 's'));
    await rm(join(folder, 'tokens', 'themes', 'test-fehlschrift'), { recursive: true });
  }, 120_000);
});

describe("a city on the reader's own fonts", () => {
  let folder: string;

  beforeAll(async () => {
    folder = await copyOfPackage();
  });

  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('builds with no font faces at all, its font tokens naming a generic family', async () => {
    await addCity(folder, 'test-systemschrift', { label: 'Test-Systemschrift', accent: '#1b5e20' });
    const file = join(folder, 'tokens', 'themes', 'test-systemschrift', 'brand.json');
    const brand = JSON.parse(await readFile(file, 'utf8'));
    brand.$extensions['org.muenchen-digital.fonts'].faces = [];
    brand.font.family.body.$value = ['system-ui', 'sans-serif'];
    brand.font.family.heading.$value = ['system-ui', 'sans-serif'];
    await writeFile(file, JSON.stringify(brand));
    await build(folder);
    const css = await readFile(join(folder, 'dist', 'test-systemschrift.css'), 'utf8');
    expect(css).not.toContain('@font-face');
    expect(css).toContain('--mdk-font-family-body: system-ui, sans-serif;');
  }, 120_000);
});

describe('a new theme is checked like the others', () => {
  let folder: string;

  beforeAll(async () => {
    folder = await copyOfPackage();
  });

  afterAll(() => rm(folder, { recursive: true, force: true }));

  it('fails the contrast table when its key-figure colour is too pale on white', async () => {
    await addCity(folder, 'test-blassstadt', { label: 'Test-Blassstadt', accent: '#9ccc65' });
    await build(folder);
    const { tokenValues } = (await import(join(folder, 'src', 'generated', 'token-values.ts'))) as { tokenValues: TokenValues };
    const failures = findContrastFailures(tokenValues);
    expect(failures.length).toBeGreaterThan(0);
    expect(failures.every((failure) => failure.theme === 'test-blassstadt' && failure.mode === 'light')).toBe(true);
    expect(failures.map((failure) => failure.pair.foreground)).toContain('color.accent.default');
  }, 120_000);

  it('refuses to build a theme without a label, naming the file and what to add', async () => {
    await addCity(folder, 'test-ohnename', { accent: '#1b5e20' });
    await expect(build(folder)).rejects.toThrow(/tokens\/themes\/test-ohnename\/brand\.json: .*label is missing.*"label": "Musterstadt"/s);
    await rm(join(folder, 'tokens', 'themes', 'test-ohnename'), { recursive: true });
  }, 120_000);

  /** Adds a city whose brand.json names `face` of `pkg` as its first font face. */
  async function addCityWithFont(city: string, pkg: string, face: string): Promise<void> {
    await addCity(folder, city, { label: city, accent: '#1b5e20' });
    const file = join(folder, 'tokens', 'themes', city, 'brand.json');
    const brand = JSON.parse(await readFile(file, 'utf8'));
    brand.$extensions['org.muenchen-digital.fonts'].faces[0] = { package: pkg, face };
    await writeFile(file, JSON.stringify(brand));
  }

  it('refuses a font package that is not installed, naming the file and the command that installs it', async () => {
    await addCityWithFont('test-ohneschrift', '@fontsource/lora', 'latin-400');
    await expect(build(folder)).rejects.toThrow(
      /tokens\/themes\/test-ohneschrift\/brand\.json names the font package "@fontsource\/lora", which is not installed\. .*pnpm --filter @muenchen-digital\/tokens add -D @fontsource\/lora/s,
    );
    await rm(join(folder, 'tokens', 'themes', 'test-ohneschrift'), { recursive: true });
  }, 120_000);

  it('refuses a face the font package lacks, naming the faces it has', async () => {
    await addCityWithFont('test-falscheschrift', '@fontsource/source-sans-3', 'latin-400-normal');
    await expect(build(folder)).rejects.toThrow(
      /tokens\/themes\/test-falscheschrift\/brand\.json names the face "latin-400-normal" of @fontsource\/source-sans-3, which it does not have\. Its latin faces: .*latin-400, latin-400-italic/s,
    );
    await rm(join(folder, 'tokens', 'themes', 'test-falscheschrift'), { recursive: true });
  }, 120_000);

  it('refuses a colour that points at no palette entry, naming the theme, the token and where a city adds its colours', async () => {
    await addCity(folder, 'test-tippfehler', { label: 'Test-Tippfehler', accent: '{palette.test-tippfehler.gruen}' });
    await expect(build(folder)).rejects.toThrow(
      /tokens\/themes\/test-tippfehler\/ \(light mode\): .*color\.accent\.default\.\$value tries to reference palette\.test-tippfehler\.gruen, which is not defined.*under palette\.test-tippfehler in tokens\/palette\.json/s,
    );
    await rm(join(folder, 'tokens', 'themes', 'test-tippfehler'), { recursive: true });
  }, 120_000);

  it('refuses a token the theme sets again after base.json, naming it and which tokens a theme sets', async () => {
    await addCity(folder, 'test-doppelt', { label: 'Test-Doppelt', accent: '#1b5e20' });
    const file = join(folder, 'tokens', 'themes', 'test-doppelt', 'brand.json');
    const brand = JSON.parse(await readFile(file, 'utf8'));
    brand.font.size = { md: { $type: 'dimension', $value: '1.125rem' } };
    await writeFile(file, JSON.stringify(brand));
    await expect(build(folder)).rejects.toThrow(/tokens\/themes\/test-doppelt\/ \(light mode\): .*Collision detected at: font\.size\.md.*A token is set twice/s);
    await rm(join(folder, 'tokens', 'themes', 'test-doppelt'), { recursive: true });
  }, 120_000);

  it('refuses a folder name that cannot be a theme name, saying which names can', async () => {
    await addCity(folder, 'Bad Tölz', { label: 'Bad Tölz', accent: '#1b5e20' });
    await expect(build(folder)).rejects.toThrow(/tokens\/themes\/Bad Tölz\/: .*lower-case letters, digits and hyphens/s);
    await rm(join(folder, 'tokens', 'themes', 'Bad Tölz'), { recursive: true });
  }, 120_000);
});
