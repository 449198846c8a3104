// A city's installation starts from its own document: start-document.json beside index.html, a file
// exported from the app. Each test serves a copy of the built app with (or without) such a file,
// from a plain static server, as a city would host it.
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createExampleDocument, exportDocument } from '@muenchen-digital/content';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import { distFolder, focusedId, newContext, openApp, previewFrame, serveFolder, storedDocument, useOwnInstallations } from './harness.js';

const { env, cleanups } = useOwnInstallations();

/** The built app, with `start-document.json` holding `content` when it is given, on its own server. */
async function installation(content?: string): Promise<string> {
  return (await installationIn(content)).url;
}

/** The same, with the folder it is served from, for a test that replaces the file later. */
async function installationIn(content?: string): Promise<{ url: string; folder: string }> {
  const folder = await mkdtemp(join(tmpdir(), 'mdk-admin-installation-'));
  await cp(distFolder, folder, { recursive: true });
  // Without `content`, no file: also when the build holds one (a fork's, from apps/admin/public/).
  if (content === undefined) await rm(join(folder, 'start-document.json'), { force: true });
  else await writeFile(join(folder, 'start-document.json'), content);
  const server = await serveFolder(folder);
  cleanups.push(() => server.close(), () => rm(folder, { recursive: true, force: true }));
  return { url: server.url, folder };
}

/** Beispielstadt's strategy: the example under another city and theme. */
function beispielstadtDocument() {
  const strategy = createExampleDocument();
  strategy.organisation.city = 'Stadt Beispielstadt';
  strategy.organisation.department = 'Stabsstelle Digitales';
  strategy.organisation.theme = 'musterstadt';
  strategy.hero.title = 'Beispielstadt digital';
  return strategy;
}

describe('the installation’s start document', () => {
  it('is what a browser without a document opens, in its theme, with no message', async () => {
    const url = await installation(exportDocument(beispielstadtDocument()));
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await openApp(page, url);

    await expect.poll(() => page.locator('#field-organisation-city').inputValue()).toBe('Stadt Beispielstadt');
    expect(await page.locator('#field-organisation-theme').inputValue()).toBe('musterstadt');
    expect(await page.locator('link[data-mdk-theme]').getAttribute('href')).toMatch(/musterstadt-[\w-]+\.css$/);
    const preview = await previewFrame(page);
    await expect.poll(() => preview.locator('mdk-hero').getAttribute('heading')).toBe('Beispielstadt digital');
    expect(await page.locator('#admin-message').isHidden()).toBe(true);
    await context.close();
  });

  it("dresses the page that says the app cannot start in the installation's theme, not the example's", async () => {
    const url = await installation(exportDocument(beispielstadtDocument()));
    const context = await newContext(env.browser);
    // A browser that blocks site data: the app cannot start, but the start document can still be read.
    await context.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('Access to storage is not allowed', 'SecurityError');
      };
    });
    const page = await context.newPage();
    await page.goto(url);
    await page.locator('main.admin-start-failure').waitFor();
    expect(await page.locator('link[data-mdk-theme]').getAttribute('href')).toMatch(/musterstadt-[\w-]+\.css$/);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('counts only on first use: after that the document stored in the browser is the one that opens', async () => {
    const url = await installation(exportDocument(beispielstadtDocument()));
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await openApp(page, url);
    await page.locator('#field-organisation-city').fill('Stadt Beispielstadt am See');
    await expect.poll(async () => (await storedDocument(page))?.document.organisation.city).toBe('Stadt Beispielstadt am See');

    await page.reload();
    await openApp(page, url);
    await expect.poll(() => page.locator('#field-organisation-city').inputValue()).toBe('Stadt Beispielstadt am See');
    await context.close();
  });

  it('is not needed: without it the app opens the example, with no message', async () => {
    const url = await installation();
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await openApp(page, url);
    await expect.poll(() => page.locator('#field-organisation-city').inputValue()).toBe('Landeshauptstadt München');
    expect(await page.locator('#admin-message').isHidden()).toBe(true);
    await context.close();
  });

  it('when it cannot be read, opens the example and says why, with focus on the message', async () => {
    const url = await installation('{ "schemaVersion": 3, "organisation": ');
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await openApp(page, url);

    await expect.poll(() => page.locator('#field-organisation-city').inputValue()).toBe('Landeshauptstadt München');
    const message = page.locator('#admin-message');
    await expect.poll(() => message.textContent()).toContain('Startdokument nicht geladen');
    const text = (await message.textContent()) ?? '';
    expect(text).toContain('start-document.json');
    expect(text).toContain('Geöffnet ist deshalb das Beispieldokument.');
    expect(text).toContain('keine JSON-Datei');
    await expect.poll(() => focusedId(page)).toBe('admin-message');
    expect(await axeViolations(page)).toEqual([]);
    await page.screenshot({ path: join(tmpdir(), 'mdk-start-document-refused.png') });
    await context.close();
  });

  /** An installation whose start document cannot be read, opened in a fresh browser: the example stands in. */
  async function openWithBrokenStartDocument() {
    const { url, folder } = await installationIn('{ "schemaVersion": 3, "organisation": ');
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await openApp(page, url);
    await expect.poll(() => page.locator('#admin-message').textContent()).toContain('Startdokument nicht geladen');
    return { url, folder, context, page };
  }

  it('that could not be loaded is tried again on each start, until the example standing in is changed', async () => {
    const { url, folder, context, page } = await openWithBrokenStartDocument();
    expect(await page.locator('#admin-message').textContent()).toContain('erst gespeichert, wenn Sie es ändern');
    expect(await page.locator('#save-status').textContent()).toBe('Noch nicht gespeichert: Gespeichert wird ab Ihrer ersten Änderung.');
    expect(await storedDocument(page)).toBeUndefined();

    // The city fixes its file: the next start opens the city's document, not the example of before.
    await writeFile(join(folder, 'start-document.json'), exportDocument(beispielstadtDocument()));
    await page.reload();
    await openApp(page, url);
    await expect.poll(() => page.locator('#field-organisation-city').inputValue()).toBe('Stadt Beispielstadt');
    expect(await page.locator('#admin-message').isHidden()).toBe(true);
    await expect.poll(async () => (await storedDocument(page))?.document.organisation.city).toBe('Stadt Beispielstadt');
    await context.close();
  });

  it('that could not be loaded leaves the example to be kept once it is changed', async () => {
    const { url, folder, context, page } = await openWithBrokenStartDocument();
    await page.locator('#field-organisation-city').fill('Stadt am Beispiel');
    await expect.poll(async () => (await storedDocument(page))?.document.organisation.city).toBe('Stadt am Beispiel');
    await expect.poll(() => page.locator('#save-status').textContent()).toMatch(/^In diesem Browser gespeichert um /);

    // From now on the stored document counts: a start document fixed later is not read.
    await writeFile(join(folder, 'start-document.json'), exportDocument(beispielstadtDocument()));
    await page.reload();
    await openApp(page, url);
    await expect.poll(() => page.locator('#field-organisation-city').inputValue()).toBe('Stadt am Beispiel');
    expect(await page.locator('#admin-message').isHidden()).toBe(true);
    await context.close();
  });

  it('when it holds an unsafe link, is refused as an import would be, naming the place', async () => {
    const strategy = beispielstadtDocument();
    strategy.organisation.imprintHref = 'javascript:alert(1)';
    const url = await installation(exportDocument(strategy));
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await openApp(page, url);

    await expect.poll(() => page.locator('#admin-message').textContent()).toContain('Startdokument nicht geladen');
    const items = await page.locator('#admin-message li').allTextContents();
    expect(items).toHaveLength(1);
    expect(items[0]).toMatch(/^Organisation und Marke › Link zum Impressum: /);
    expect(await page.locator('#field-organisation-city').inputValue()).toBe('Landeshauptstadt München');
    await context.close();
  });
});
