// The package as a front-end developer installs it: every element exported, documented, measured,
// registered where bundlers keep it; only defined tokens used; no warning code in production.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { themeNames } from '@muenchen-digital/tokens';
import { findUndefinedTokens, tokensDefinedIn } from './token-usage.js';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = (path: string) => readFileSync(join(packageRoot, path), 'utf8');
const packageJson = JSON.parse(read('package.json')) as {
  exports: Record<string, unknown>;
  sideEffects: string[];
  customElements: string;
  license: string;
};

function filesUnder(folder: string): string[] {
  return readdirSync(join(packageRoot, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(packageRoot, join(entry.parentPath, entry.name)));
}

interface ManifestElement {
  tagName?: string;
  name: string;
  description?: string;
  attributes?: unknown[];
  cssProperties?: { name: string }[];
  cssParts?: unknown[];
  events?: { name: string; type?: { text: string } }[];
}
const manifest = JSON.parse(read(packageJson.customElements)) as {
  modules: { path: string; declarations?: (ManifestElement & { customElement?: boolean })[] }[];
};
const elements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((declaration) => declaration.customElement).map((element) => ({ ...element, path: module.path })),
);

/** The modules that register an element: they must survive every bundler's tree-shaking. */
const registeringModules = filesUnder('src').filter(
  (path) => path.endsWith('.ts') && !path.includes('.test.') && /^defineElement\(/m.test(read(path)),
);

/** `sideEffects` as webpack, Rollup and Vite read it: a pattern without a slash matches a basename anywhere. */
function declaredWithSideEffects(path: string): boolean {
  return packageJson.sideEffects.some((pattern) => {
    const glob = pattern.includes('/') ? pattern.replace(/^\.\//, '') : `**/${pattern}`;
    const source = glob
      .replace(/\./g, '\\.')
      .replace(/\*\*\//g, '\0')
      .replace(/\*/g, '[^/]*')
      .replace(/\0/g, '(?:.*/)?');
    return new RegExp(`^${source}$`).test(path);
  });
}

/** What a docs page lacks of its Accessibility section (mapped to WCAG 2.2), or undefined. */
function accessibilitySectionProblem(page: string): string | undefined {
  const section = /^## Accessibility\b([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(page)?.[1];
  if (section === undefined) return 'no "## Accessibility" section';
  if (!/\b[1-4]\.\d{1,2}\.\d{1,2}\b/.test(section)) return 'the Accessibility section names no WCAG success criterion (such as 1.3.1)';
  return undefined;
}

/**
 * The events a class dispatches that its manifest entry does not list: the analyzer infers none from
 * `const event = new X(…); this.dispatchEvent(event)`, so an event without `@fires` is missing from
 * the manifest and from what is generated from it (the Vue types, the editors' data, the React
 * package's drift test). Event classes (`new MdkXEvent(`)
 * are matched by type, `new CustomEvent('name'` and `new Event('name'` by name.
 */
function undeclaredEvents(source: string, declared: { name: string; type?: { text: string } }[]): string[] {
  if (!source.includes('dispatchEvent(')) return [];
  const classes = [...source.matchAll(/new (\w+Event)\(/g)].map((match) => match[1]!).filter((name) => name !== 'CustomEvent' && name !== 'Event');
  const names = [...source.matchAll(/new (?:Custom)?Event\(\s*'([\w-]+)'/g)].map((match) => match[1]!);
  const missingClasses = classes.filter((name) => !declared.some((event) => event.type?.text === name));
  const missingNames = names.filter((name) => !declared.some((event) => event.name === name));
  return [...new Set([...missingClasses, ...missingNames])];
}

/**
 * The stories in a story file whose state is keyboard focus that their play function sets
 * (`focusStory(…)` or a `.focus(…)` of their own) and that the docs page would show anyway — without
 * focus, since stories shown inline there do not play — for lack of `tags: ['!autodocs']`.
 */
function focusStoriesOnDocsPage(storyFile: string): string[] {
  return storyFile
    .split(/^(?=export const |const |function |\/\*\*)/m)
    .filter((statement) => statement.startsWith('export const ') && /focusStory\(|\.focus\(/.test(statement))
    .filter((statement) => !/tags: \[[^\]]*'!autodocs'/.test(statement))
    .map((statement) => /^export const (\w+)/.exec(statement)![1]!);
}

describe('the package contract', () => {
  it('points custom-elements.json at files the package ships', () => {
    for (const element of elements) {
      expect(element.path).toMatch(/^dist\/.*\.js$/);
      expect(existsSync(join(packageRoot, element.path)), element.path).toBe(true);
    }
  });

  it('finds the registering modules and the elements in custom-elements.json', () => {
    const registered = registeringModules.flatMap((path) => [...read(path).matchAll(/^defineElement\('([\w-]+)'/gm)].map((match) => match[1]));
    expect(registered.length).toBeGreaterThanOrEqual(16);
    expect(elements.map((element) => element.tagName).sort()).toEqual(registered.sort());
  });

  it.each(elements)('<$tagName> is documented in custom-elements.json', (element) => {
    expect(element.description, 'description').toBeTruthy();
    expect(element.cssProperties?.length, 'CSS properties').toBeGreaterThan(0);
    expect(element.cssParts?.length, 'CSS parts').toBeGreaterThan(0);
    expect(element.attributes?.length, 'attributes').toBeGreaterThan(0);
  });

  it.each(elements)('<$tagName> has a subpath export, a story, a test, a docs page and a size budget', (element) => {
    const folder = dirname(element.path).replace(/^dist\//, 'src/');
    const family = basename(folder);
    expect(packageJson.exports[`./${family}.js`], 'export').toBeDefined();
    expect(existsSync(join(packageRoot, folder, `${family}.stories.ts`)), 'stories').toBe(true);
    expect(existsSync(join(packageRoot, folder, `${family}.test.ts`)), 'tests').toBe(true);
    expect(existsSync(join(packageRoot, folder, `${family}.mdx`)), 'docs page').toBe(true);
    const budgets = JSON.parse(read('size-budgets.json')) as { path: string }[];
    expect(budgets.map((budget) => budget.path)).toContain(`dist/${family}.js`);
  });

  it.each(elements)('<$tagName>’s export has its types, development build and production build', (element) => {
    const family = basename(dirname(element.path));
    const entry = packageJson.exports[`./${family}.js`] as Record<string, string>;
    expect(entry).toEqual({
      types: `./dist/${family}.d.ts`,
      development: `./dist/development/${family}.js`,
      default: `./dist/${family}.js`,
    });
    // In this order: a resolver takes the first condition it knows, so `default` first would hide the others.
    expect(Object.keys(entry)).toEqual(['types', 'development', 'default']);
  });

  it.each(elements)('<$tagName>’s docs page has an Accessibility section that names WCAG 2.2 success criteria', (element) => {
    const folder = dirname(element.path).replace(/^dist\//, 'src/');
    expect(accessibilitySectionProblem(read(join(folder, `${basename(folder)}.mdx`)))).toBeUndefined();
  });

  it('the docs-page check bites: a page without the section, or one that maps nothing to a criterion, is reported', () => {
    expect(accessibilitySectionProblem('# Tile\n\n## Usage\n\nText.')).toBe('no "## Accessibility" section');
    expect(accessibilitySectionProblem('## Accessibility\n\nIt is accessible.\n\n## Usage')).toBe('the Accessibility section names no WCAG success criterion (such as 1.3.1)');
    expect(accessibilitySectionProblem('## Accessibility\n\n| behaviour | WCAG 2.2 |\n| Read as one phrase | 1.3.1 |')).toBeUndefined();
  });

  it.each(elements)('<$tagName> declares with @fires every event its class dispatches', (element) => {
    const source = read(element.path.replace(/^dist\//, 'src/').replace(/\.js$/, '.ts'));
    expect(undeclaredEvents(source, element.events ?? [])).toEqual([]);
  });

  it('the @fires check bites: an event class or a CustomEvent the manifest lacks is reported', () => {
    const source = "this.dispatchEvent(new MdkOpenEvent(1)); this.dispatchEvent(new CustomEvent('mdk-close', { bubbles: true }));";
    expect(undeclaredEvents(source, [])).toEqual(['MdkOpenEvent', 'mdk-close']);
    expect(undeclaredEvents(source, [{ name: 'mdk-open', type: { text: 'MdkOpenEvent' } }, { name: 'mdk-close' }])).toEqual([]);
  });

  const storyFiles = filesUnder('src').filter((path) => path.endsWith('.stories.ts'));
  it('finds the stories whose state is keyboard focus', () => {
    const focused = storyFiles.flatMap((path) => focusStoriesOnDocsPage(read(path).replaceAll("'!autodocs'", "'autodocs'")));
    expect(focused.length).toBeGreaterThanOrEqual(11);
  });

  it.each(storyFiles)('%s keeps its focus stories off the docs page, which would show them without focus', (path) => {
    expect(focusStoriesOnDocsPage(read(path))).toEqual([]);
  });

  it.each(registeringModules)('%s is kept by bundlers: sideEffects lists it, in src and in dist', (path) => {
    expect(declaredWithSideEffects(path)).toBe(true);
    expect(declaredWithSideEffects(path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js'))).toBe(true);
    expect(declaredWithSideEffects(path.replace(/^src\//, 'dist/development/').replace(/\.ts$/, '.js'))).toBe(true);
  });

  it('every subpath entry that registers elements is kept by bundlers too', () => {
    const entries = Object.keys(packageJson.exports).flatMap((subpath) => /^\.\/([\w-]+)\.js$/.exec(subpath)?.[1] ?? []);
    expect(entries.length).toBeGreaterThanOrEqual(14);
    for (const entry of ['index', ...entries]) {
      expect(declaredWithSideEffects(`dist/${entry}.js`), entry).toBe(true);
    }
  });

  it('the vendor files (third-party code bundled in, like the icons) are side-effect free', () => {
    // A basename pattern such as "index.js" would also match dist/vendor/simple-icons/index.js.
    const vendorFiles = filesUnder('dist').filter((path) => /^dist\/(?:development\/)?vendor\/.*\.js$/.test(path));
    expect(vendorFiles.length).toBeGreaterThan(0);
    for (const path of vendorFiles) {
      expect(declaredWithSideEffects(path), path).toBe(false);
    }
  });

  it('the sideEffects check bites: a module outside the list is reported', () => {
    expect(declaredWithSideEffects('dist/kpi-tile/format-figure.js')).toBe(false);
  });

  it('is licensed EUPL-1.2, with the licence text shipped', () => {
    expect(packageJson.license).toBe('EUPL-1.2');
    expect(read('LICENSE')).toContain('EUROPEAN UNION PUBLIC LICENCE v. 1.2');
  });
});

describe('development warnings', () => {
  const productionFiles = filesUnder('dist').filter((path) => path.endsWith('.js') && !path.startsWith('dist/development/'));
  const developmentFiles = filesUnder('dist/development').filter((path) => path.endsWith('.js'));

  it('are in the development build', () => {
    expect(developmentFiles.some((path) => read(path).includes('is not a finite number'))).toBe(true);
  });

  it('are not in the production build: no warning texts, no warnOnce, no console.warn at all', () => {
    expect(productionFiles.length).toBeGreaterThan(5);
    for (const path of productionFiles) {
      const code = read(path);
      expect(code, path).not.toMatch(/warnOnce|console\.warn|is not a finite number|is not one of|not allowed; the source|defined twice/);
    }
  });
});

describe('tokens: components use only what every theme defines', () => {
  const tokensDist = join(dirname(fileURLToPath(import.meta.resolve('@muenchen-digital/tokens'))));
  const themes = themeNames.map((theme) => ({
    theme,
    defined: tokensDefinedIn(readFileSync(join(tokensDist, `${theme}.css`), 'utf8')),
  }));
  const styleFiles = filesUnder('src').filter((path) => path.endsWith('.styles.ts'));
  const documentedKnobs = new Set(elements.flatMap((element) => (element.cssProperties ?? []).map((property) => property.name)));

  it.each(themes.flatMap(({ theme, defined }) => styleFiles.map((file) => ({ theme, defined, file }))))(
    '$file in $theme',
    ({ defined, file }) => {
      expect(findUndefinedTokens(read(file), defined, documentedKnobs)).toEqual([]);
    },
  );

  it('the token check bites: an undefined token, or an undocumented knob, is reported', () => {
    const { defined } = themes[0]!;
    const css = 'a { color: var(--mdk-color-text-defualt); gap: var(--mdk-kpi-tile-secret-gap, 1rem); }';
    expect(findUndefinedTokens(css, defined, documentedKnobs)).toEqual(['--mdk-color-text-defualt', '--mdk-kpi-tile-secret-gap']);
  });
});

describe('tree-shaking: a page that imports one element gets only that element', () => {
  it('bundling kpi-tile.js leaves out the group and the source list', async () => {
    const { build } = await import('esbuild');
    const result = await build({
      entryPoints: [join(packageRoot, 'dist/kpi-tile.js')],
      bundle: true,
      write: false,
      format: 'esm',
      external: ['lit', 'lit/*'],
    });
    const code = result.outputFiles[0]!.text;
    expect(code).toContain('"mdk-kpi-tile"');
    expect(code).not.toContain('"mdk-kpi-group"');
    expect(code).not.toContain('"mdk-source-list"');
  });
});
