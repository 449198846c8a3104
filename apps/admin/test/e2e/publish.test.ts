import { createHash } from 'node:crypto';
import { readdir, readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { themeNames } from '@muenchen-digital/tokens';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import { distFolder, exportedJson, importFile, lastAnnounced, newContext, openApp, publishAnyway, serveFolder, unzipToFolder, useBrowser } from './harness.js';

const env = useBrowser();
const folders: string[] = [];

afterAll(async () => {
  await Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true })));
});

/** Publishes, past the question (see `publishAnyway`), and returns the downloaded zip's file name and folder. */
async function publish(page: Page): Promise<{ fileName: string; folder: string }> {
  const downloaded = page.waitForEvent('download');
  await publishAnyway(page);
  const download = await downloaded;
  const folder = await unzipToFolder(new Uint8Array(await readFile(await download.path())));
  folders.push(folder);
  return { fileName: download.suggestedFilename(), folder };
}

describe('publishing', () => {
  let site: { fileName: string; folder: string };
  let server: Awaited<ReturnType<typeof serveFolder>>;

  beforeAll(async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await openApp(page, env.url);
    site = await publish(page);
    await context.close();
    server = await serveFolder(site.folder);
  });
  afterAll(async () => {
    await server?.close();
  });

  it('downloads strategie-website-YYYY-MM-DD.zip with index.html, the theme, its fonts and no script', async () => {
    expect(site.fileName).toMatch(/^strategie-website-\d{4}-\d{2}-\d{2}\.zip$/);
    const html = await readFile(join(site.folder, 'index.html'), 'utf8');
    expect(html).toMatch(/^<!doctype html>\n<html lang="de">/);
    expect(html).toContain('<title>Von der Strategie zum Handeln');
    expect(html).toMatch(/<meta name="description" content="[^"]+"/);
    expect(html).toMatch(/<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'none'; style-src 'self' 'sha256-/);
    expect(html).not.toMatch(/<script|\son[a-z]+=|javascript:/i);
    expect(html).toContain('<template shadowrootmode="open"');
    // Stylesheets named by their content (site-<hash>.css): a browser's cached copy never meets a newer page.
    const stylesheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((match) => match[1]!);
    expect(stylesheets).toEqual([expect.stringMatching(/^assets\/muenchen-[0-9a-f]{10}\.css$/), expect.stringMatching(/^assets\/site-[0-9a-f]{10}\.css$/)]);
    for (const stylesheet of stylesheets) {
      const hash = createHash('sha256').update(await readFile(join(site.folder, stylesheet))).digest('hex');
      expect(stylesheet, 'named by the first 10 hex digits of its SHA-256').toContain(`-${hash.slice(0, 10)}.css`);
    }
    const theme = await readFile(join(site.folder, stylesheets[0]!), 'utf8');
    const fonts = [...theme.matchAll(/url\("(fonts\/[^"]+\.woff2)"\)/g)].map((match) => match[1]!);
    expect(fonts.length).toBeGreaterThanOrEqual(4);
    for (const font of fonts) expect((await readFile(resolve(site.folder, 'assets', font))).byteLength, font).toBeGreaterThan(1000);
    // The SIL Open Font License travels with the fonts: one licence file per family (München: two).
    for (const family of ['open-sans', 'roboto-condensed']) {
      expect(await readFile(resolve(site.folder, 'assets/fonts', `${family}-LICENSE.txt`), 'utf8')).toContain('SIL Open Font License');
    }
    // Notes for whoever puts the site online: the site works only as it was built.
    const notes = await readFile(join(site.folder, 'LIESMICH.txt'), 'utf8');
    expect(notes).toContain('index.html und den Ordner assets');
    // Published past the question about the example's placeholder addresses: the notes name them first, for whoever uploads.
    expect(notes.startsWith('Vorher prüfen: Diese Links und E-Mail-Adressen führen noch auf Beispieladressen')).toBe(true);
    expect(notes).toContain('- Link zum Impressum\n');
    expect(notes).toContain('- Kanal 1 (muenchen.digital [website]), Link\n');
    expect(notes).toContain('Ändern Sie index.html nicht');
    // What a web administrator must know that a static site usually does not ask (an audit hosted it nine ways).
    expect(notes).toContain('Diese Datei (LIESMICH.txt) gehört nicht dazu');
    expect(notes).toContain('ohne Schrägstrich (…/strategie) auf die mit Schrägstrich weiterleitet');
    // The media types of the files this site has, and only those: its icon's (.svg) among them, no logo's.
    expect(notes).toContain('.html als „text/html“, .css als „text/css“, .woff2 als „font/woff2“, .txt als „text/plain“, .svg als „image/svg+xml“. Skripte gibt es keine.');
    expect(notes).toContain('„Cache-Control: no-cache“');
    // No logo file in this site, so the notes name none among the fingerprinted files.
    expect(notes).toContain('Stylesheets und Schriften tragen eine Prüfsumme ihres Inhalts im Namen');
    // Each font keeps its own licence (a fork's font may not be under the SIL OFL): the notes name none.
    expect(notes).toContain('Die Schriften in assets/fonts stehen jeweils unter der Lizenz, deren Text daneben liegt');
    expect(notes).not.toContain('SIL Open Font License');
    // The app's icon — the file a city replaces in its fork — is the site's icon too.
    expect(html).toContain('<link rel="icon" href="assets/favicon.svg" type="image/svg+xml" />');
    expect(await readFile(join(site.folder, 'assets/favicon.svg'))).toEqual(await readFile(join(distFolder, 'favicon.svg')));
  });

  it('shows the whole page with JavaScript switched off: hero, brand header, key figures from their shadow roots', async () => {
    const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await expect.poll(() => page.getByRole('heading', { level: 1, name: 'Von der Strategie zum Handeln' }).isVisible()).toBe(true);
    await expect.poll(() => page.locator('mdk-brand-header').getByText('Landeshauptstadt München').first().isVisible()).toBe(true);
    // The tile's figure lives in its declarative shadow root: no script put it there.
    const tile = page.locator('mdk-kpi-tile').first();
    await expect.poll(() => tile.locator('[part~="value"]').innerText()).toContain('Mio.');
    await expect.poll(() => page.locator('mdk-kpi-tile').count()).toBe(12);
    // Styled from the inline styles the policy allows: the tile is a card with its accent border.
    const border = await tile.locator('[part~="base"]').evaluate((base) => getComputedStyle(base).borderBottomWidth).catch(() => undefined);
    if (border !== undefined) expect(border).toBe('5px');
    // It prints.
    const pdf = await page.pdf({ format: 'A4', printBackground: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBeGreaterThanOrEqual(1);
    console.log(`published page: ${pages} pages as an A4 PDF`);
    await context.close();
  });

  it('prints key figures three to a row on A4, with a page rule Chromium reads that numbers the pages', async () => {
    // A4's width less the page's margins (210 mm − 2 × 12 mm), in CSS pixels: the width the print lays out in.
    const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: Math.round((186 / 25.4) * 96), height: 1000 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.emulateMedia({ media: 'print' });
    const tops = await page.locator('mdk-kpi-group').first().locator('mdk-kpi-tile').evaluateAll((tiles) => tiles.map((tile) => Math.round(tile.getBoundingClientRect().top)));
    expect(tops.slice(0, 3).every((top) => top === tops[0])).toBe(true);
    expect(tops[3]).toBeGreaterThan(tops[0]!);
    // "2 / 9" at the foot of each page, as Chromium parsed the page's rule (one it could not read it drops).
    const pageFooters = await page.evaluate(() =>
      [...document.styleSheets].flatMap((sheet) =>
        [...sheet.cssRules]
          .filter((rule): rule is CSSPageRule => rule instanceof CSSPageRule)
          .flatMap((rule) => [...rule.cssRules].map((margin) => `${(margin as CSSRule & { name: string }).name}: ${(margin as CSSStyleRule).style.content}`)),
      ),
    );
    expect(pageFooters).toEqual(['bottom-right: counter(page) " / " counter(pages)']);
    await context.close();
  });

  it('passes axe-core (WCAG 2.2 AA) with zero violations', async () => {
    // axe needs script: a second context on the same folder, with JavaScript and without the page's policy.
    const context = await env.browser.newContext({ bypassCSP: true, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(server.url);
    await page.addScriptTag({ path: resolve(import.meta.dirname, '../../node_modules/axe-core/axe.min.js') });
    const results = await page.evaluate(() =>
      (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      }),
    );
    expect(results.violations.map((violation) => `${violation.id}: ${JSON.stringify(violation.nodes.map((node) => node.target))}`)).toEqual([]);
    await context.close();
  });
});

describe('publishing in every theme the tokens package builds', () => {
  // A city's own theme (its fonts, their licences) is published as München's is: no theme is special.
  it.each(themeNames)('%s: its stylesheet, every font it names, and each font family\'s licence beside them', async (theme) => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await openApp(page, env.url);
    await page.locator('#field-organisation-theme').selectOption(theme);
    const { folder } = await publish(page);
    await context.close();

    const html = await readFile(join(folder, 'index.html'), 'utf8');
    const stylesheet = new RegExp(`href="(assets/${theme}-[0-9a-f]{10}\\.css)"`).exec(html)?.[1];
    expect(stylesheet).toBeDefined();
    const css = await readFile(join(folder, stylesheet!), 'utf8');
    const fonts = [...css.matchAll(/url\("fonts\/([^"]+\.woff2)"\)/g)].map((match) => match[1]!);
    // One woff2 per self-hosted @font-face (a theme on system fonts alone has none): every face's file
    // is found. The others are fallback faces, the reader's own Arial: nothing to fetch.
    const faces = css.match(/@font-face\s*{[^}]*}/g) ?? [];
    const selfHosted = faces.filter((face) => face.includes('url('));
    expect(fonts).toHaveLength(selfHosted.length);
    for (const face of faces.filter((face) => !face.includes('url('))) expect(face).toMatch(/src:\s*local\(/);
    const licences = (await readdir(join(folder, 'assets', 'fonts'))).filter((file) => file.endsWith('-LICENSE.txt'));
    for (const font of fonts) {
      expect((await readFile(join(folder, 'assets', 'fonts', font))).byteLength, font).toBeGreaterThan(1000);
      expect(licences.some((licence) => font.startsWith(licence.slice(0, -'LICENSE.txt'.length))), `${font} has its licence`).toBe(true);
    }
  });
});

describe("publishing a logo at an address of the app's own", () => {
  it('embeds it: the site lives elsewhere, and opened from a folder it would look on the disk', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await openApp(page, env.url);
    // As a fork's start document or an import may name it: a file beside the app.
    const strategy = JSON.parse(await exportedJson(page)) as { organisation: Record<string, unknown> };
    strategy.organisation.logo = { src: 'favicon.svg', alt: 'Stadtlogo' };
    await importFile(page, 'mit-logo.json', JSON.stringify(strategy));
    await expect.poll(() => page.locator('#admin-message').innerText()).toContain('importiert');

    const { folder } = await publish(page);
    const html = await readFile(join(folder, 'index.html'), 'utf8');
    const icon = await readFile(resolve(distFolder, 'favicon.svg'));
    expect(html).toContain(`src="data:image/svg+xml;base64,${icon.toString('base64')}"`);
    expect(html).not.toContain('src="favicon.svg"');
    await context.close();
  });
});

describe('publishing an uploaded logo', () => {
  // A 1 × 1 px PNG.
  const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');

  it('puts a raster logo in a file named by its content, which the page shows; an SVG logo stays in the page', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await openApp(page, env.url);
    await page.locator('#field-organisation-logo-file').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
    await page.locator('.admin-logo-preview').waitFor();

    const { folder } = await publish(page);
    const html = await readFile(join(folder, 'index.html'), 'utf8');
    const path = `assets/logo-${createHash('sha256').update(png).digest('hex').slice(0, 10)}.png`;
    expect(await readFile(join(folder, path))).toEqual(png);
    // Not in the page twice: a logo of a megabyte held back everything below the header.
    expect(html).not.toContain('data:image/png');
    expect(html).toContain(`src="${path}"`);
    const notes = await readFile(join(folder, 'LIESMICH.txt'), 'utf8');
    expect(notes).toContain('.png als „image/png“');
    expect(notes).toContain('Stylesheets, Schriften und das Logo (assets/logo-…) tragen eine Prüfsumme');

    // Shown by the published page under its own policy (img-src 'self'), with no violation reported.
    const server = await serveFolder(folder);
    try {
      const visitor = await context.newPage();
      const violations: string[] = [];
      visitor.on('console', (message) => {
        if (message.type() === 'error') violations.push(message.text());
      });
      await visitor.goto(server.url);
      const logo = visitor.locator('mdk-brand-header img');
      await expect.poll(() => logo.evaluate((image: HTMLImageElement) => image.complete && image.naturalWidth)).toBe(1);
      expect(violations).toEqual([]);
    } finally {
      await server.close();
    }

    // An SVG logo is never a file of the site: opened by its address, a script in it would run on the city's site.
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>');
    await page.locator('#field-organisation-logo-file').setInputFiles({ name: 'logo.svg', mimeType: 'image/svg+xml', buffer: svg });
    await expect.poll(() => page.locator('.admin-logo-preview').getAttribute('src')).toContain('data:image/svg+xml');
    const second = await publish(page);
    expect(await readFile(join(second.folder, 'index.html'), 'utf8')).toContain(`src="data:image/svg+xml;base64,${svg.toString('base64')}"`);
    expect((await readdir(join(second.folder, 'assets'))).filter((file) => file.startsWith('logo'))).toEqual([]);
    await context.close();
  });
});

describe('publishing asks first', () => {
  it('names key figures without a source; Abbrechen and Esc cancel and return focus, Trotzdem veröffentlichen downloads', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await openApp(page, env.url);
    const label = await page.locator('#field-keyFigures-groups-0-figures-0-label').inputValue();
    await page.locator('#field-keyFigures-groups-0-figures-0-sourceId').selectOption('');

    const button = page.getByRole('button', { name: 'Veröffentlichen' });
    const dialog = page.getByRole('dialog', { name: 'Vor dem Veröffentlichen prüfen' });
    await button.click();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await expect.poll(() => dialog.getByRole('region', { name: 'Kennzahlen ohne Quelle' }).getByRole('listitem').allInnerTexts()).toEqual([expect.stringContaining(label)]);
    // Focus starts on the safe choice.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('publish-cancel');
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('publish');

    await button.click();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('publish');

    const { folder } = await publish(page);
    expect(await readFile(join(folder, 'index.html'), 'utf8')).toContain('<mdk-kpi-tile');
    await context.close();
  });

  it('names blank legal links, by the form’s labels, beside key figures without a source', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await openApp(page, env.url);
    await page.locator('#field-organisation-imprintHref').fill('');
    await page.locator('#field-organisation-accessibilityHref').fill('');
    const dialog = page.getByRole('dialog', { name: 'Vor dem Veröffentlichen prüfen' });
    await page.getByRole('button', { name: 'Veröffentlichen' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const legal = dialog.getByRole('region', { name: 'Rechtliche Angaben ohne Link' });
    expect(await legal.getByRole('listitem').allInnerTexts()).toEqual(['Link zum Impressum', 'Link zur Erklärung zur Barrierefreiheit']);
    expect(await legal.innerText()).toContain('unter „Organisation und Marke“');
    // Every figure has its source: that part is not there.
    expect(await dialog.getByRole('region', { name: 'Kennzahlen ohne Quelle' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);

    const { folder } = await publish(page);
    expect(await readFile(join(folder, 'index.html'), 'utf8')).toContain('<mdk-brand-footer');
    await context.close();
  });

  it('names addresses still on example.org by their places in the form, and asks no more once they are replaced', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await openApp(page, env.url);
    const dialog = page.getByRole('dialog', { name: 'Vor dem Veröffentlichen prüfen' });
    await page.getByRole('button', { name: 'Veröffentlichen' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(true);
    const placeholders = dialog.getByRole('region', { name: 'Beispieladressen' });
    expect(await placeholders.getByRole('listitem').allInnerTexts()).toEqual([
      'Link zum Impressum',
      'Link zur Datenschutzerklärung',
      'Link zur Erklärung zur Barrierefreiheit',
      'Kanal 1 (muenchen.digital [website]), Link',
      'Kanal 2 (München Digital [linkedin]), Link',
      'Kanal 3 (muenchen.digital [instagram]), Link',
      'Kanal 4 (muenchendigital [youtube]), Link',
      'E-Mail-Adresse',
    ]);
    expect(await axeViolations(page)).toEqual([]);
    await dialog.getByRole('button', { name: 'Abbrechen' }).click();

    // The city's own addresses: published without a question.
    const own = {
      'organisation-imprintHref': 'https://www.muenchen.de/impressum',
      'organisation-privacyHref': 'https://www.muenchen.de/datenschutz',
      'organisation-accessibilityHref': 'https://www.muenchen.de/barrierefreiheit',
      'channels-items-0-href': 'https://muenchen.digital/',
      'channels-items-1-href': 'https://www.linkedin.com/company/muenchen-digital',
      'channels-items-2-href': 'https://www.instagram.com/muenchen.digital',
      'channels-items-3-href': 'https://www.youtube.com/@muenchendigital',
      'contact-email': 'digital@muenchen.de',
    };
    for (const [field, address] of Object.entries(own)) await page.locator(`#field-${field}`).fill(address);
    const downloaded = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Veröffentlichen' }).click();
    const folder = await unzipToFolder(new Uint8Array(await readFile(await (await downloaded).path())));
    folders.push(folder);
    expect(await dialog.isVisible()).toBe(false);
    expect(await readFile(join(folder, 'LIESMICH.txt'), 'utf8')).not.toContain('Beispieladressen');
    await context.close();
  });

  it('checks again after "Trotzdem veröffentlichen": a document another tab gave problems meanwhile is not published', async () => {
    const context = await newContext(env.browser);
    const editing = await context.newPage();
    await openApp(editing, env.url);
    await editing.locator('#field-keyFigures-groups-0-figures-0-sourceId').selectOption('');
    const readOnly = await context.newPage();
    await openApp(readOnly, env.url);
    let downloads = 0;
    readOnly.on('download', () => (downloads += 1));
    const dialog = readOnly.getByRole('dialog', { name: 'Vor dem Veröffentlichen prüfen' });
    await readOnly.getByRole('button', { name: 'Veröffentlichen' }).click();
    await expect.poll(() => dialog.isVisible()).toBe(true);

    // While the dialog is open, the editing tab empties a required field, and the read-only tab follows.
    await editing.locator('#field-hero-title').fill('');
    await expect.poll(() => readOnly.locator('#field-hero-title').inputValue()).toBe('');
    await dialog.getByRole('button', { name: 'Trotzdem veröffentlichen' }).click();
    await expect.poll(() => readOnly.locator('#admin-message').getByRole('heading').innerText()).toMatch(/^Veröffentlichen: Bitte zuerst/);
    // Not even begun: building the site would say so at once, and the button would be busy.
    expect(await readOnly.locator('#publish-status').textContent()).toBe('');
    expect(await readOnly.locator('#publish').getAttribute('aria-disabled')).toBe('false');
    expect(downloads).toBe(0);
    await context.close();
  });

  it('refuses a document with problems and lists them', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await openApp(page, env.url);
    await page.locator('#field-hero-title').fill('');
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await page.getByRole('button', { name: 'Veröffentlichen' }).click();
    const message = page.locator('#admin-message');
    await expect.poll(() => message.getByRole('heading').innerText()).toMatch(/^Veröffentlichen: Bitte zuerst \d+ Angaben? korrigieren/);
    await expect.poll(() => message.getByRole('listitem').count()).toBeGreaterThanOrEqual(1);
    // The summary takes focus, and its link leads to the field.
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('admin-message');
    await message.getByRole('link', { name: 'Titel: Bitte ausfüllen.' }).first().click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('field-hero-title');
    await page.waitForTimeout(500);
    expect(downloads).toBe(0);
    await context.close();
  });

  it.each([
    // The theme's stylesheet refused on the way: the fetch fails at once.
    { what: 'a file of the site cannot be fetched', pattern: '**/assets/muenchen-*.css', slow: false },
    // The hidden preview's script never comes: without a time limit, publishing would wait for good.
    { what: 'the preview page never gets ready', pattern: '**/assets/preview-*.js', slow: true },
  ])('says so above the form, with focus there, when $what; then publishes once it can', async ({ pattern, slow }) => {
    const context = await newContext(env.browser);
    // The page's own clock, which the test runs on past the time limit instead of waiting it out.
    if (slow) await context.clock.install();
    const page = await context.newPage();
    await openApp(page, env.url);
    await page.route(pattern, (route) => route.abort());
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    const button = page.locator('#publish');
    await publishAnyway(page);
    // While it waits (a failure that comes at once is over before it could be read), the button says what is going on.
    if (slow) expect(await button.innerText()).toBe('Website wird erstellt …');

    const message = page.locator('#admin-message');
    await expect
      .poll(async () => {
        if (slow) await page.clock.fastForward(5_000);
        return message.getByRole('heading', { name: 'Website nicht erstellt' }).count();
      }, { timeout: 10_000 })
      .toBe(1);
    expect(await message.innerText()).toContain('Laden Sie die Seite neu und veröffentlichen Sie erneut.');
    // Which part, for whoever looks after the app: the file's address, or the preview page.
    expect(await message.innerText()).toMatch(slow ? /Technische Angabe: The preview page's script did not answer within \d+ s/ : /Technische Angabe: \/assets\/muenchen-[\w-]+\.css: no answer/);
    expect(await message.isVisible()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('admin-message');
    expect(await button.innerText()).toBe('Veröffentlichen');
    expect(await button.getAttribute('aria-disabled')).toBe('false');
    expect(downloads).toBe(0);

    // The connection back: the same button publishes.
    await page.unroute(pattern);
    const { folder } = await publish(page);
    expect(await readFile(join(folder, 'index.html'), 'utf8')).toContain('<mdk-kpi-tile');
    await context.close();
  });

  it('says that the site was downloaded and is not online yet, without taking focus from someone who went on typing', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await openApp(page, env.url);
    // Publishing waits for the theme's stylesheet until the test lets it through.
    let letThrough = () => {};
    const held = new Promise<void>((resolve) => (letThrough = resolve));
    await page.route('**/assets/muenchen-*.css', async (route) => {
      await held;
      await route.continue();
    });
    await publishAnyway(page);
    await page.locator('#field-hero-subtitle').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' und mehr');
    const download = page.waitForEvent('download');
    letThrough();
    await download;

    const message = page.locator('#admin-message');
    await expect.poll(() => message.innerText()).toContain('Die Website wurde als ZIP-Datei heruntergeladen. Sie ist noch nicht online');
    expect(await message.isVisible()).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.id), 'focus stays in the field typed in').toBe('field-hero-subtitle');
    await expect.poll(() => lastAnnounced(page)).toContain('Die Website wurde als ZIP-Datei heruntergeladen.');
    await page.keyboard.type('!');
    await expect.poll(() => page.locator('#field-hero-subtitle').inputValue()).toMatch(/ und mehr!$/);
    await context.close();
  });

  it('refuses a font that a filter in the network answered with a page of its own, and names the file', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await openApp(page, env.url);
    // A proxy's block page, with status 200, in place of every font.
    await page.route('**/*.woff2', (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<html><body>Zugriff gesperrt</body></html>' }));
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await publishAnyway(page);

    const message = page.locator('#admin-message');
    await expect.poll(() => message.getByRole('heading', { name: 'Website nicht erstellt' }).count()).toBe(1);
    expect(await message.innerText()).toMatch(/ein Filter im Netz die Datei sperrt\. .* Technische Angabe: \/assets\/[\w-]+\.woff2: not a font \(42 bytes\)/);
    expect(downloads).toBe(0);
    await context.close();
  });

  it('says what went wrong, for whoever looks after the app, when the fault is not the connection (a theme font without a licence)', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await openApp(page, env.url);
    // A fork's theme with a font family the tokens package ships no licence for.
    await page.route('**/assets/muenchen-*.css', async (route) => {
      const response = await route.fetch();
      const css = `${await response.text()}\n@font-face{font-family:Unbekannt;src:url("./unbekannt-latin-400-normal.woff2")}`;
      await route.fulfill({ response, body: css });
    });
    await page.route('**/assets/unbekannt-latin-400-normal.woff2', (route) => route.fulfill({ body: Buffer.from('wOF2'), contentType: 'font/woff2' }));
    let downloads = 0;
    page.on('download', () => (downloads += 1));
    await publishAnyway(page);

    const message = page.locator('#admin-message');
    await expect.poll(() => message.getByRole('heading').innerText(), { timeout: 30_000 }).toBe('Website nicht erstellt');
    const text = await message.innerText();
    expect(text).toContain('Beim Erstellen der Website ist ein Fehler aufgetreten: No licence for the font family unbekannt.');
    expect(text).toContain('Geben Sie diese Meldung an die Stelle weiter, die die Anwendung betreut.');
    // Not the advice for a broken connection, which would not help here.
    expect(text).not.toContain('Laden Sie die Seite neu');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('admin-message');
    expect(downloads).toBe(0);
    await context.close();
  });
});
