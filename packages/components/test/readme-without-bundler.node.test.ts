// The README's page "without a bundler" is loaded exactly as written, from a folder laid out the way
// npm installs the packages (flat node_modules), in real Chromium. Its table of which import
// registers which element is checked the same way, one fresh page per import.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumExecutable } from '../../../tooling/chromium.js';
import { serveFolder } from '../../../tooling/serve-folder.js';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const readme = readFileSync(join(packageRoot, 'README.md'), 'utf8');

/** The first fenced block of `language` after `heading`. */
function codeBlockAfter(heading: string, language: string): string {
  const section = readme.slice(readme.indexOf(heading));
  const block = new RegExp('```' + language + '\\n([\\s\\S]*?)```').exec(section);
  if (!readme.includes(heading) || !block) throw new Error(`README.md has no ${language} block after "${heading}"`);
  return block[1]!;
}

/** The rows of the README's table "which import registers which element": entry → tags. */
function registrationTable(): [entry: string, tags: string[]][] {
  const section = readme.slice(readme.indexOf('### Which import registers which element'));
  return [...section.matchAll(/^\| `([\w-]+\.js)` \| (.+) \|$/gm)].map(([, entry, tags]) => [
    entry!,
    [...tags!.matchAll(/`(mdk-[\w-]+)`/g)].map(([, tag]) => tag!),
  ]);
}

/** Where `name` is installed as seen from `folder`, found the way Node looks: up through node_modules. */
function installedFolder(name: string, folder: string): string {
  for (let dir = folder; dir !== dirname(dir); dir = dirname(dir)) {
    const candidate = basename(dir) === 'node_modules' ? join(dir, name) : join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return realpathSync(candidate);
  }
  throw new Error(`${name} is not installed where ${folder} can see it`);
}

/** A site folder with `node_modules` as npm lays it out: each package at the top, no store. */
function npmLayout(): string {
  const site = mkdtempSync(join(tmpdir(), 'mdk-readme-'));
  const lit = installedFolder('lit', packageRoot);
  const packages: Record<string, string> = {
    '@muenchen-digital/components': packageRoot,
    '@muenchen-digital/tokens': installedFolder('@muenchen-digital/tokens', packageRoot),
    lit,
    // Lit's own dependencies, as Lit sees them.
    'lit-html': installedFolder('lit-html', lit),
    'lit-element': installedFolder('lit-element', lit),
    '@lit/reactive-element': installedFolder('@lit/reactive-element', lit),
  };
  for (const [name, folder] of Object.entries(packages)) {
    const link = join(site, 'node_modules', name);
    mkdirSync(dirname(link), { recursive: true });
    symlinkSync(folder, link, 'dir');
  }
  return site;
}

// Unbundled, a page loads Lit and the kit module by module: slow on a busy machine, hence the long timeouts.
describe('README: without a bundler', () => {
  let site: string;
  let server: Awaited<ReturnType<typeof serveFolder>>;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    site = npmLayout();
    writeFileSync(join(site, 'index.html'), codeBlockAfter('### Without a bundler', 'html'));
    writeFileSync(join(site, 'blank.html'), '<!doctype html><title>blank</title>');
    // Cacheable, so the table's pages (one context) load Lit and the kit from the cache after the first.
    server = await serveFolder(site, { 'cache-control': 'max-age=600' });
    browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
    context = await browser.newContext();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    rmSync(site, { recursive: true, force: true });
  });

  it('shows the README page as written: the tile renders and is read in words, with no console error', async () => {
    const page = await browser.newPage();
    const problems: string[] = [];
    page.on('console', (message) => {
      // The browser asks for /favicon.ico on its own; that 404 is not the page's.
      if ((message.type() === 'error' || message.type() === 'warning') && !message.location().url.endsWith('/favicon.ico')) {
        problems.push(`${message.text()} (${message.location().url})`);
      }
    });
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`));
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`);
    });
    await page.goto(server.url);
    await page.waitForFunction(() => customElements.get('mdk-kpi-tile') !== undefined, undefined, { timeout: 20_000 });
    const tile = page.locator('mdk-kpi-tile');
    // Intl puts a no-break space before the per cent sign.
    await expect.poll(() => tile.locator('[part=value]').textContent(), { timeout: 10_000 }).toMatch(/^>70\s%$/);
    const snapshot = await tile.ariaSnapshot();
    expect(snapshot).toContain('mehr als 70 Prozent wollen digitale Behördendienste nutzen');
    // The theme applied: the number in the München accent colour, not the browser's default black.
    const valueColour = await tile.locator('[part=value]').evaluate((element) => getComputedStyle(element).color);
    expect(valueColour).not.toBe('rgb(0, 0, 0)');
    expect(problems).toEqual([]);
    await page.close();
  }, 30_000);

  it('registers with each import exactly the elements the README table lists', async () => {
    const table = registrationTable();
    const entries = Object.keys(JSON.parse(readFileSync(join(packageRoot, 'package.json'), 'utf8')).exports as Record<string, unknown>)
      .filter((subpath) => /^\.\/[\w-]+\.js$/.test(subpath))
      .map((subpath) => subpath.slice(2));
    expect(table.map(([entry]) => entry).sort()).toEqual(entries.sort());
    // The registry cannot list its elements, so each page is asked about every tag the table names.
    const allTags = [...new Set(table.flatMap(([, tags]) => tags))];
    const importMap = /<script type="importmap">([\s\S]*?)<\/script>/.exec(codeBlockAfter('### Without a bundler', 'html'))![1]!;
    for (const [entry, tags] of table) {
      const page = await context.newPage();
      await page.goto(`${server.url}blank.html`);
      // A blank page with the README's import map and only this import.
      await page.setContent(
        `<script type="importmap">${importMap}</script><script type="module">import '@muenchen-digital/components/${entry}'; window.imported = true;</script>`,
      );
      await page.waitForFunction(() => (window as { imported?: boolean }).imported === true, undefined, { timeout: 20_000 });
      const registered = await page.evaluate((candidates) => candidates.filter((tag) => customElements.get(tag) !== undefined), allTags);
      expect(registered.sort(), entry).toEqual([...tags].sort());
      await page.close();
    }
  }, 120_000);
});
