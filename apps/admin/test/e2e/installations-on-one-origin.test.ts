// Two installations of the app under different paths of one web origin (a test copy beside the live
// one): the browser keeps one storage per origin, and each installation keeps its own document and
// editing lease in it. One that shared the origin's database before takes a copy of it on first start.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startDocumentFileName } from '../../src/io/start-document.js';
import { distFolder, newContext, openApp, serveFolder, storedDocument, useOwnInstallations, writeStored } from './harness.js';

const { env, cleanups } = useOwnInstallations();
const title = '#field-hero-title';

/** The app at /live/ and at /test/ of one origin; the root serves a third copy. */
async function threeInstallations() {
  const folder = await mkdtemp(join(tmpdir(), 'mdk-admin-origin-'));
  cleanups.push(() => rm(folder, { recursive: true, force: true }));
  await cp(distFolder, folder, { recursive: true });
  for (const path of ['live', 'test']) await cp(distFolder, join(folder, path), { recursive: true });
  const server = await serveFolder(folder, {}, { hide: [startDocumentFileName, `live/${startDocumentFileName}`, `test/${startDocumentFileName}`] });
  cleanups.push(() => server.close());
  return { root: server.url, live: new URL('live/', server.url).href, test: new URL('test/', server.url).href };
}

describe('installations under different paths of one origin', () => {
  it('keep a document and an editing lease each', { timeout: 120_000 }, async () => {
    const { live, test } = await threeInstallations();
    const context = await newContext(env.browser);
    const livePage = await context.newPage();
    await openApp(livePage, live);
    await livePage.locator(title).fill('Live-Stand');
    await expect.poll(async () => (await livePage.locator('#save-status').textContent()) ?? '').toContain('In diesem Browser gespeichert um');

    const testPage = await context.newPage();
    await openApp(testPage, test);
    // Its own document (the example), and editable: the live tab's lease is not its own.
    expect(await testPage.locator(title).inputValue()).not.toBe('Live-Stand');
    expect(await testPage.locator(title).isDisabled()).toBe(false);
    expect(await testPage.locator('#lease-title').count()).toBe(0);
    await testPage.locator(title).fill('Test-Stand');
    await expect.poll(async () => (await testPage.locator('#save-status').textContent()) ?? '').toContain('In diesem Browser gespeichert um');

    await livePage.reload();
    await openApp(livePage, live);
    expect(await livePage.locator(title).inputValue()).toBe('Live-Stand');
    await context.close();
  });

  it('take a copy of the document the origin shared before, on first start, and keep the shared one as it was', { timeout: 120_000 }, async () => {
    const { root, live } = await threeInstallations();
    const context = await newContext(env.browser);
    const page = await context.newPage();
    // What an earlier version kept for the origin: the database every installation there shared.
    await openApp(page, root);
    const shared = (await storedDocument(page))!;
    const written = { ...shared, document: { ...shared.document, hero: { ...shared.document.hero, title: 'Gemeinsamer Stand' } } };
    await writeStored(page, 'documents', written, 'current');

    await openApp(page, live);
    expect(await page.locator(title).inputValue()).toBe('Gemeinsamer Stand');
    await page.locator(title).fill('Nur live');
    await expect.poll(async () => (await page.locator('#save-status').textContent()) ?? '').toContain('In diesem Browser gespeichert um');

    await openApp(page, root);
    expect(await page.locator(title).inputValue()).toBe('Gemeinsamer Stand');
    await context.close();
  });
});
