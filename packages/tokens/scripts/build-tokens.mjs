// Builds the tokens package: one CSS file per city theme (all modes, @font-face at document level),
// the resolved values as JSON, and a typed module the TypeScript exports read.
//
// Style Dictionary resolves references and applies the CSS transforms; this script only decides
// which token files make up a theme × mode and wraps each mode's block in its selector.
import { access, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import StyleDictionary from 'style-dictionary';
import { fallbackFaceCss, withFallbackFamilies } from './fallback-faces.mjs';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const tokensDir = join(packageRoot, 'tokens');
const distDir = join(packageRoot, 'dist');
const generatedDir = join(packageRoot, 'src', 'generated');
const require = createRequire(import.meta.url);

const modes = ['light', 'dark', 'high-contrast'];

const cityNames = (await readdir(join(tokensDir, 'themes'), { withFileTypes: true }))
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

// A folder's name is the theme's name in code, in documents and in its file's name (`<name>.css`).
for (const city of cityNames) {
  if (!/^[a-z][a-z0-9-]*$/.test(city)) {
    throw new Error(
      `tokens/themes/${city}/: a theme folder's name is the theme's name in code and in file names (<name>.css). ` +
        'Use lower-case letters, digits and hyphens, starting with a letter, e.g. "bad-toelz".',
    );
  }
}

/**
 * Style Dictionary for one city in one mode: shared scales, the city's brand, the mode's colours. Not
 * initialised yet: `init()` rejects with the errors of the files, where the caller can name them.
 */
function dictionaryFor(city, mode, verbosity) {
  const config = {
    source: [
      join(tokensDir, 'palette.json'),
      join(tokensDir, 'base.json'),
      join(tokensDir, 'themes', city, 'brand.json'),
      join(tokensDir, 'themes', city, `${mode}.json`),
    ],
    log: { verbosity, warnings: 'error' },
    platforms: {
      css: {
        transformGroup: 'css',
        prefix: 'mdk',
        files: [
          {
            destination: 'unused.css',
            format: 'css/variables',
            // Components read semantic tokens only; the palette stays out of the page.
            filter: (token) => token.path[0] !== 'palette',
            options: { selector: '__SELECTOR__', outputReferences: false, showFileHeader: false },
          },
        ],
      },
    },
  };
  return new StyleDictionary(config, { init: false });
}

/** The CSS output of one theme × mode, and the dictionary that made it. */
async function formatMode(city, mode, verbosity) {
  const dictionary = dictionaryFor(city, mode, verbosity);
  await dictionary.init();
  const [{ output }] = await dictionary.formatPlatform('css');
  return { dictionary, output };
}

/**
 * Formats one theme × mode. Quiet when it works; when it fails, once more verbosely, because only
 * then does Style Dictionary name what is wrong ("color.text.default tries to reference
 * palette.x.blue, which is not defined") instead of counting it. The error names the theme and mode.
 */
async function formatModeOrExplain(city, mode) {
  try {
    return await formatMode(city, mode, 'silent');
  } catch (error) {
    // The same error again, now with its details (a run that passes this time says nothing more).
    const detailed = await formatMode(city, mode, 'verbose').then(
      () => error,
      (verbose) => verbose,
    );
    const message = String(detailed?.message ?? detailed).trim();
    throw new Error(`tokens/themes/${city}/ (${mode} mode): ${message}\n${adviceFor(message, city)}`.trim(), { cause: error });
  }
}

/** What a city most likely did, for Style Dictionary's two errors a theme's files can cause. */
function adviceFor(message, city) {
  if (/could not be found|not defined/.test(message)) {
    return `A value points at a token that does not exist: add it (a city's own colours go under palette.${city} in tokens/palette.json), or correct the reference.`;
  }
  if (/[Cc]ollision/.test(message)) {
    return "A token is set twice: a theme's files set only what tokens/base.json does not (colours in light.json, dark.json and high-contrast.json; fonts and radii in brand.json).";
  }
  return '';
}

/** The custom-property declarations of one theme × mode, and the resolved values by token path. */
async function buildMode(city, mode) {
  const { dictionary, output } = await formatModeOrExplain(city, mode);
  const declarations = output
    .replace(/^[\s\S]*?__SELECTOR__ \{\n/, '')
    .replace(/\n\}\s*$/, '')
    .trimEnd();
  const tokens = await dictionary.getPlatformTokens('css');
  const values = {};
  for (const token of tokens.allTokens) {
    if (token.path[0] === 'palette') continue;
    values[token.path.join('.')] = token.$value ?? token.value;
  }
  return { declarations, values };
}

function block(selector, declarations) {
  return `${selector} {\n${declarations}\n}`;
}

function indent(text) {
  return text.replace(/^/gm, '  ');
}

/**
 * The theme contract (README, "Using a component in a page"): light by default; dark and high contrast by media query unless a
 * page forces a mode; any mode forced by `data-mdk-mode` on an ancestor.
 */
function themeCss(city, byMode) {
  // The font families in the page's custom properties name each family's fallback face after it.
  for (const mode of modes) {
    byMode[mode].declarations = byMode[mode].declarations
      .split('\n')
      .map((line) => withFallbackFamilies(line, byMode.familiesWithFallback))
      .join('\n');
  }
  const light = byMode.light.declarations;
  // Dark and high-contrast blocks repeat every colour (a forced mode inside another mode must not
  // inherit any of that mode's colours) and, of the rest, only what differs from light.
  const lightLines = new Set(light.split('\n'));
  const onlyChanged = (declarations) =>
    declarations
      .split('\n')
      .filter((line) => line.trimStart().startsWith('--mdk-color-') || !lightLines.has(line))
      .join('\n');
  const dark = onlyChanged(byMode.dark.declarations);
  const highContrast = onlyChanged(byMode['high-contrast'].declarations);
  // Each mode block carries its own color-scheme, so the one that wins sets both colours and scheme.
  const withScheme = (declarations, scheme) => `${declarations}\n  color-scheme: ${scheme};`;
  return [
    `/* @muenchen-digital/tokens — theme "${city}". Generated by scripts/build-tokens.mjs from tokens/; do not edit. */`,
    byMode.fontFaces,
    block(':root,\n[data-mdk-mode="light"]', withScheme(light, 'light')),
    // On screen only: paper is white, and a page printed or saved as PDF from a dark screen would be a dark sheet.
    `@media screen and (prefers-color-scheme: dark) {\n${indent(block(':root:not([data-mdk-mode])', withScheme(dark, 'dark')))}\n}`,
    // After the dark block: a user who asks for dark and more contrast gets high contrast.
    `@media (prefers-contrast: more) {\n${indent(block(':root:not([data-mdk-mode])', withScheme(highContrast, 'light')))}\n}`,
    block('[data-mdk-mode="dark"]', withScheme(dark, 'dark')),
    block('[data-mdk-mode="high-contrast"]', withScheme(highContrast, 'light')),
    '',
  ].join('\n\n');
}

async function readBrand(city) {
  return JSON.parse(await readFile(join(tokensDir, 'themes', city, 'brand.json'), 'utf8'));
}

/**
 * The name people choose the theme by ("Musterstadt"), from its brand.json: tools list the themes
 * this package builds, so a new city appears in them without a change to their code.
 */
function themeLabel(city, brand) {
  const label = brand.$extensions?.['org.muenchen-digital.theme']?.label;
  if (typeof label !== 'string' || label.trim() === '') {
    throw new Error(
      `tokens/themes/${city}/brand.json: $extensions["org.muenchen-digital.theme"].label is missing. ` +
        'Give the theme the name people choose it by, e.g. "label": "Musterstadt".',
    );
  }
  return label.trim();
}

/**
 * The folder of a font package a theme names, or an error that says which file names it and how to
 * install it (Node's own "Cannot find module" names neither).
 */
function fontPackageFolder(city, pkg) {
  try {
    return dirname(require.resolve(`${pkg}/package.json`));
  } catch {
    throw new Error(
      `tokens/themes/${city}/brand.json names the font package "${pkg}", which is not installed. ` +
        `Add it to the tokens package: pnpm --filter @muenchen-digital/tokens add -D ${pkg}`,
    );
  }
}

/** A face's stylesheet in its package, or an error that names the faces the package has. */
async function faceCss(city, pkg, pkgDir, face) {
  try {
    return await readFile(join(pkgDir, `${face}.css`), 'utf8');
  } catch {
    const known = (await readdir(pkgDir)).filter((file) => /^latin-\d{3}(-italic)?\.css$/.test(file)).map((file) => file.slice(0, -'.css'.length)).sort();
    throw new Error(
      `tokens/themes/${city}/brand.json names the face "${face}" of ${pkg}, which it does not have. ` +
        `Its latin faces: ${known.join(', ') || 'none'}.`,
    );
  }
}

/**
 * Every file copied into dist/fonts/ so far, by its name there, with where it came from and what it
 * holds: all themes share the folder, and a second file under a name already taken (two cities' fonts
 * of one family name, a city's licence under a font package's) would silently replace the first.
 */
const copiedFonts = new Map();

/** Copies `source` to dist/fonts/`name`, or fails, naming `where`, when a different file took that name. */
async function copyFontFile(source, name, where) {
  const bytes = await readFile(source);
  const earlier = copiedFonts.get(name);
  if (earlier && !earlier.bytes.equals(bytes)) {
    throw new Error(
      `${where}: its file would be copied as fonts/${name}, which a different file (${earlier.where}) already is. ` +
        "Give the font family another name, or each face its own weight or style.",
    );
  }
  copiedFonts.set(name, { bytes, where });
  await writeFile(join(distDir, 'fonts', name), bytes);
}

/** "Münchner Grotesk" → "muenchner-grotesk": a family's name in file names, ASCII only. */
function fileNameOf(family) {
  return family
    .trim()
    .toLowerCase()
    .replace(/[äöü]/g, (umlaut) => `${umlaut.normalize('NFD')[0]}e`)
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * A face from a font file in the theme's own folder — a city's licensed font that no package holds:
 * `{ "file": "fonts/stadt-sans-regular.woff2", "family": "Stadt Sans", "weight": 400, "style":
 * "normal", "licence": "fonts/LICENSE.txt" }`. Copied as `<family>-<weight>-<style>.woff2` beside its
 * licence `<family>-LICENSE.txt` (the family's name in lower-case ASCII, hyphenated): the names by
 * which the admin app's published sites find a font's licence, as for the packages' fonts. Returns
 * its rule and the face as copied.
 */
async function localFaceCss(city, face) {
  const where = `tokens/themes/${city}/brand.json`;
  const { file, family, weight, style, licence } = face;
  // A name of no letter or digit (blank included) would give files no name.
  if (typeof family !== 'string' || /['"\\\n\r]/.test(family) || fileNameOf(family) === '') {
    throw new Error(
      `${where}: the face with "file": ${JSON.stringify(file)} needs its "family", the name the theme's font tokens use, e.g. "Stadt Sans": ` +
        'with at least one letter or digit, and without quotation marks or backslashes.',
    );
  }
  if (typeof file !== 'string' || !file.endsWith('.woff2')) {
    throw new Error(`${where}: the face of "${family}" needs "file", a .woff2 file in the theme's folder, e.g. "fonts/stadt-sans-regular.woff2". Convert other formats to woff2 first.`);
  }
  if (typeof licence !== 'string' || licence.trim() === '') {
    throw new Error(`${where}: the face of "${family}" needs "licence", the licence file in the theme's folder, e.g. "fonts/LICENSE.txt": it goes with the font wherever the font is copied.`);
  }
  // Both written out: a face that left them to a default would take the regular face's place.
  if (!(Number.isInteger(weight) && weight >= 100 && weight <= 900) || !['normal', 'italic'].includes(style)) {
    throw new Error(`${where}: the face of "${family}" needs "weight" 100 to 900 (400 regular, 700 bold) and "style" "normal" or "italic", both given.`);
  }
  const themeDir = join(tokensDir, 'themes', city);
  /** A file of the theme's own folder: a path that leads out of it is refused, as a missing file is. */
  const inThemeFolder = async (path) => {
    const source = resolve(themeDir, path);
    if (!source.startsWith(themeDir + sep)) throw new Error(`${where} names the file "${path}", which is outside tokens/themes/${city}/.`);
    try {
      await access(source);
    } catch (error) {
      throw new Error(`${where} names the file "${path}", which is not in tokens/themes/${city}/.`, { cause: error });
    }
    return source;
  };
  const name = fileNameOf(family);
  const fontFile = `${name}-${weight}-${style}.woff2`;
  await copyFontFile(await inThemeFolder(file), fontFile, `${where} (${family}, ${weight} ${style})`);
  await copyFontFile(await inThemeFolder(licence), `${name}-LICENSE.txt`, `${where} (licence of ${family})`);
  const rule = [
    '@font-face {',
    `  font-family: '${family.trim()}';`,
    `  font-style: ${style};`,
    '  font-display: swap;',
    `  font-weight: ${weight};`,
    `  src: url(./fonts/${fontFile}) format('woff2');`,
    '}',
  ].join('\n');
  return { rule, face: { family: family.trim(), weight, style, file: join(distDir, 'fonts', fontFile) } };
}

/**
 * Copies the woff2 files a theme needs and returns its @font-face rules, pointing at the copies, with
 * a fallback face for each family (see fallback-faces.mjs), and the families that have one.
 */
async function fontFaceCss(city, brand) {
  // The city's brand.json names its faces, so a new city needs no change here.
  const faces = brand.$extensions?.['org.muenchen-digital.fonts']?.faces ?? [];
  const rules = [];
  // The faces declared, with their copies in dist/fonts: each family's fallback is measured on one of them.
  const declared = [];
  for (const face of faces) {
    if ('file' in face) {
      const { rule, face: copied } = await localFaceCss(city, face);
      rules.push(rule);
      declared.push(copied);
      continue;
    }
    const { package: pkg, face: faceName } = face;
    const pkgDir = fontPackageFolder(city, pkg);
    const css = await faceCss(city, pkg, pkgDir, faceName);
    const woff2Files = [...css.matchAll(/url\(\.\/files\/([^)]+\.woff2)\)/g)].map((match) => match[1]);
    for (const file of woff2Files) {
      await copyFontFile(join(pkgDir, 'files', file), file, `tokens/themes/${city}/brand.json (${pkg})`);
    }
    const family = /font-family:\s*['"]?([^'";]+)/.exec(css)?.[1]?.trim();
    const weight = Number(/font-weight:\s*(\d+)/.exec(css)?.[1]);
    const style = /font-style:\s*(\w+)/.exec(css)?.[1];
    // Measured on the Latin file where a face has several subsets: the widths of the text people read.
    const measuredFile = woff2Files.find((file) => file.includes('-latin-')) ?? woff2Files[0];
    if (family && measuredFile) declared.push({ family, weight, style, file: join(distDir, 'fonts', measuredFile) });
    // The package's name without its scope: @fontsource/open-sans's files are named open-sans-….
    const licenceName = `${pkg.split('/').at(-1)}-LICENSE.txt`;
    await copyFontFile(join(pkgDir, 'LICENSE'), licenceName, `tokens/themes/${city}/brand.json (licence of ${pkg})`);
    // woff2 is enough for every browser the kit supports; the woff fallback only adds bytes.
    rules.push(
      css
        .replace(/url\(\.\/files\/([^)]+\.woff2)\) format\('woff2'\)/g, "url(./fonts/$1) format('woff2')")
        .replace(/, url\(\.\/files\/[^)]+\.woff\) format\('woff'\)/g, '')
        .trim(),
    );
  }
  // Per family, the face most text is set in: upright before italic, then the weight nearest to regular.
  const distance = (face) => (face.style === 'normal' ? 0 : 1000) + Math.abs(face.weight - 400);
  const regularFaces = new Map();
  for (const face of declared) {
    const chosen = regularFaces.get(face.family);
    if (!chosen || distance(face) < distance(chosen)) regularFaces.set(face.family, face);
  }
  for (const face of regularFaces.values()) rules.push(await fallbackFaceCss(face.family, face.file));
  return { css: rules.join('\n\n'), familiesWithFallback: new Set(regularFaces.keys()) };
}

await rm(distDir, { recursive: true, force: true });
await mkdir(join(distDir, 'fonts'), { recursive: true });
await mkdir(generatedDir, { recursive: true });

const allValues = {};
const labels = {};
for (const city of cityNames) {
  const brand = await readBrand(city);
  labels[city] = themeLabel(city, brand);
  const fonts = await fontFaceCss(city, brand);
  const byMode = { fontFaces: fonts.css, familiesWithFallback: fonts.familiesWithFallback };
  allValues[city] = {};
  for (const mode of modes) {
    byMode[mode] = await buildMode(city, mode);
    allValues[city][mode] = byMode[mode].values;
  }
  await writeFile(join(distDir, `${city}.css`), themeCss(city, byMode));
}

await writeFile(join(distDir, 'tokens.json'), `${JSON.stringify(allValues, null, 2)}\n`);
await writeFile(
  join(generatedDir, 'token-values.ts'),
  [
    '// Generated by scripts/build-tokens.mjs from tokens/; do not edit.',
    "import type { ThemeMode } from '../themes.js';",
    '',
    '/** The city themes this package builds: one folder each under tokens/themes/. */',
    `export const themeNames = ${JSON.stringify(cityNames)} as const;`,
    'export type ThemeName = (typeof themeNames)[number];',
    '',
    '/** The name people choose each theme by, from its brand.json: "München", "Musterstadt". */',
    `export const themeLabels: Record<ThemeName, string> = ${JSON.stringify(labels)};`,
    '',
    '/** Resolved token values by theme, mode and token path (`color.text.default`). */',
    'export type TokenValues = Record<ThemeName, Record<ThemeMode, Record<string, string | number>>>;',
    '',
    `export const tokenValues: TokenValues = ${JSON.stringify(allValues, null, 2)};`,
    '',
  ].join('\n'),
);
console.log(`tokens: built ${cityNames.join(', ')} × ${modes.join(', ')}`);
