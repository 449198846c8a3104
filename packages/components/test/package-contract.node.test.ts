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
