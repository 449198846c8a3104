import { readFile } from 'node:fs/promises';
import { createExampleDocument, currentSchemaVersion } from '@muenchen-digital/content';
import { describe, expect, it } from 'vitest';
import formatOneDocument from '../../../../packages/content/test/fixtures/strategy-document-v1.json';
import { axeViolations } from './axe.js';
import { newContext, openApp, openFreshApp, storedDocument, useBrowser, writeStored } from './harness.js';

/**
 * What the browser holds may come from another version of the app: an earlier one (an older format,
 * brought up to date as an import is) or, after a newer installation was opened in the same browser,
 * a newer one (a format this app cannot read: it does not start on it, and never writes over it).
 */
const env = useBrowser();
const newerFormat = currentSchemaVersion + 1;
const newerDocument = { ...createExampleDocument(), schemaVersion: newerFormat, hero: { ...createExampleDocument().hero, title: 'Aus der Zukunft' } };

describe('a working document stored by another version of the app', () => {
  it('opens when an earlier version stored it (format 1), brought up to date, and is saved so', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const { revision } = (await storedDocument(page))!;
    await writeStored(page, 'documents', { document: formatOneDocument, revision, savedAt: Date.now() }, 'current');
    await page.reload();
    await openApp(page, env.url);

    expect(await page.locator('#field-organisation-city').inputValue()).toBe(formatOneDocument.brand.city);
    expect(await page.locator('#field-hero-title').inputValue()).toBe(formatOneDocument.hero.title);
    await page.locator('#field-hero-title').fill('Nach dem Update');
    await expect.poll(async () => (await storedDocument(page))?.document.hero.title).toBe('Nach dem Update');
    const stored = (await storedDocument(page))!.document;
    expect(stored.schemaVersion).toBe(currentSchemaVersion);
    expect(stored).not.toHaveProperty('brand');
    await context.close();
  });

  it('when a newer version stored it: the app does not start, says why, offers it as a file, and leaves it as it is', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const { revision } = (await storedDocument(page))!;
    const record = { document: newerDocument, revision, savedAt: Date.now() };
    await writeStored(page, 'documents', record, 'current');
    await page.reload();

    const main = page.locator('main.admin-start-failure');
    await main.waitFor();
    expect(await main.locator('h1').textContent()).toBe('Die Anwendung kann nicht starten');
    const text = (await main.textContent())?.replace(/\s+/g, ' ') ?? '';
    expect(text).toContain(`stammt aus einer neueren Version der Anwendung (Format ${newerFormat}). Diese Version liest Dokumente bis Format ${currentSchemaVersion}.`);
    expect(text).toContain('Es bleibt unverändert im Browser.');
    expect(await axeViolations(page)).toEqual([]);

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Gespeichertes Dokument herunterladen' }).click()]);
    expect(JSON.parse(await readFile(await download.path(), 'utf8'))).toEqual(newerDocument);
    expect(await storedDocument(page)).toEqual(record);
    await context.close();
  });
});

describe('a named version stored by another version of the app', () => {
  it('is restored up to date when an earlier version stored it; one a newer version stored is refused with the reason', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    await writeStored(page, 'versions', { name: 'Format eins', savedAt: Date.now() - 2000, document: formatOneDocument });
    await writeStored(page, 'versions', { name: 'Aus der Zukunft', savedAt: Date.now() - 1000, document: newerDocument });
    const titleBefore = await page.locator('#field-hero-title').inputValue();

    await page.locator('#versions').click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '„Aus der Zukunft“ wiederherstellen' }).click();
    const message = page.locator('#admin-message');
    await expect.poll(() => message.getByRole('heading').textContent()).toBe('Version „Aus der Zukunft“ nicht wiederhergestellt');
    expect(await message.textContent()).toContain(`Diese Version stammt aus einer neueren Ausgabe der Anwendung (Format ${newerFormat}). Das geöffnete Dokument ist unverändert.`);
    expect(await page.locator('#field-hero-title').inputValue()).toBe(titleBefore);

    await page.locator('#versions').click();
    await dialog.getByRole('button', { name: '„Format eins“ wiederherstellen' }).click();
    await expect.poll(() => page.locator('#field-organisation-city').inputValue()).toBe(formatOneDocument.brand.city);
    await expect.poll(async () => (await storedDocument(page))?.document.organisation?.city).toBe(formatOneDocument.brand.city);
    expect((await storedDocument(page))!.document.schemaVersion).toBe(currentSchemaVersion);
    await context.close();
  });
});

describe('a working document a newer version of the app saves while this tab is open', () => {
  it('is not taken over by a read-only tab, which says why; the editing tab keeps editing', async () => {
    const context = await newContext(env.browser);
    const editing = await context.newPage();
    await openApp(editing, env.url);
    const reading = await context.newPage();
    await openApp(reading, env.url);
    await expect.poll(() => reading.locator('#lease-title').textContent()).toBe('Nur lesen');

    // What a newer version's tab would write, and the note it would send to the others.
    const { revision } = (await storedDocument(editing))!;
    await writeStored(editing, 'documents', { document: newerDocument, revision: revision + 1, savedAt: Date.now() }, 'current');
    await editing.evaluate(() => new BroadcastChannel('muenchen-digital-admin').postMessage({ type: 'saved' }));
    const message = reading.locator('#admin-message');
    await expect.poll(() => message.getByRole('heading').textContent()).toBe('Gespeichertes Dokument nicht lesbar');
    expect(await message.textContent()).toContain(`mit einer neueren Version der Anwendung gespeichert (Format ${newerFormat}). Dieser Tab kann es nicht lesen`);

    // "Hier bearbeiten" does not take the document from the tab that edits.
    await reading.locator('#dismiss-message').click();
    await reading.locator('#take-over').click();
    await expect.poll(() => message.getByRole('heading').textContent()).toBe('Gespeichertes Dokument nicht lesbar');
    expect(await reading.locator('#field-hero-title').isDisabled()).toBe(true);
    expect(await editing.locator('#field-hero-title').isDisabled()).toBe(false);
    expect((await storedDocument(editing))!.document).toEqual(newerDocument);
    await context.close();
  });
});

describe('a document stored in a theme this installation no longer builds (its folder renamed or removed)', () => {
  const inGoneTheme = () => {
    const document = createExampleDocument();
    (document.organisation as { theme: string }).theme = 'beispielstadt';
    document.hero.title = 'Im alten Erscheinungsbild';
    return document;
  };

  it('opens in the example’s theme and says so; what is stored stays as it was until the first change', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const { revision } = (await storedDocument(page))!;
    const record = { document: inGoneTheme(), revision, savedAt: Date.now() };
    await writeStored(page, 'documents', record, 'current');
    await page.reload();
    await openApp(page, env.url);

    const message = page.locator('#admin-message');
    expect((await message.textContent())?.replace(/\s+/g, ' ')).toContain(
      'Das Erscheinungsbild „beispielstadt“ gibt es in dieser Installation nicht mehr. Das Dokument wird deshalb in „München“ gezeigt. Gespeichert ist es noch im alten Erscheinungsbild, bis Sie etwas ändern.',
    );
    expect(await page.locator('#field-hero-title').inputValue()).toBe('Im alten Erscheinungsbild');
    expect(await page.locator('#field-organisation-theme').inputValue()).toBe('muenchen');
    expect(await page.locator('link[data-mdk-theme]').getAttribute('href')).toMatch(/muenchen/);
    expect(await axeViolations(page)).toEqual([]);
    expect(await storedDocument(page)).toEqual(record);

    await page.locator('#field-hero-title').fill('Nach der ersten Änderung');
    await expect.poll(async () => (await storedDocument(page))?.document.hero.title).toBe('Nach der ersten Änderung');
    expect((await storedDocument(page))!.document.organisation.theme).toBe('muenchen');
    // The message keeps up: what it said of the stored document is no longer so.
    await expect.poll(async () => (await message.textContent())?.replace(/\s+/g, ' ')).toContain('Gespeichert ist es jetzt in „München“.');
    expect(await message.textContent()).not.toContain('noch im alten Erscheinungsbild');
    await context.close();
  });

  it('a named version in it is restored in the open document’s theme, and the message says which it had', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    await page.locator('#field-organisation-theme').selectOption('musterstadt');
    await writeStored(page, 'versions', { name: 'Vor der Umbenennung', savedAt: Date.now(), document: inGoneTheme() });

    await page.locator('#versions').click();
    await page.getByRole('dialog').getByRole('button', { name: '„Vor der Umbenennung“ wiederherstellen' }).click();
    await expect.poll(() => page.locator('#field-hero-title').inputValue()).toBe('Im alten Erscheinungsbild');
    expect(await page.locator('#field-organisation-theme').inputValue()).toBe('musterstadt');
    expect((await page.locator('#admin-message').textContent())?.replace(/\s+/g, ' ')).toContain(
      'Das Erscheinungsbild „beispielstadt“ gibt es in dieser Installation nicht; das Dokument hat jetzt „Musterstadt“.',
    );
    await context.close();
  });
});
