import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { StrategyDocument } from '@muenchen-digital/content';
import { describe, expect, it } from 'vitest';
import { axNodeOf } from './accessibility-tree.js';
import { axeViolations } from './axe.js';
import { exportedJson, focusedId, importFile, lastAnnounced, openApp, openAppWithQuota, openFreshApp, previewFrame, storedDocument, useBrowser } from './harness.js';

/**
 * Export and import: a round trip restores the document, and every bad file is refused with a
 * message while the open document stays exactly as it was.
 */
const env = useBrowser();
const title = '#field-hero-title';

describe('export and import', () => {
  it('restores an exported document after a change', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    await page.locator(title).fill('Stand vor dem Export');
    const exported = await exportedJson(page);
    expect(JSON.parse(exported).hero.title).toBe('Stand vor dem Export');

    await page.locator(title).fill('Danach geändert');
    await importFile(page, 'strategie.json', exported);

    await expect.poll(() => page.locator(title).inputValue()).toBe('Stand vor dem Export');
    await expect.poll(() => page.locator('#admin-message').textContent()).toContain('importiert');
    expect(await exportedJson(page)).toBe(exported);
    await expect.poll(async () => (await storedDocument(page))?.document.hero.title).toBe('Stand vor dem Export');
    const preview = await previewFrame(page);
    await expect.poll(() => preview.locator('h1').first().textContent()).toContain('Stand vor dem Export');
    await context.close();
  });

  it('keeps the document an import replaces as a version, which brings it back after a reload', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    await page.locator(title).fill('Aus der Datei');
    const exported = await exportedJson(page);
    await page.locator(title).fill('Nur hier geschrieben');

    await importFile(page, 'strategie.json', exported);
    await expect.poll(() => page.locator(title).inputValue()).toBe('Aus der Datei');
    const message = (await page.locator('#admin-message').textContent()) ?? '';
    expect(message).toMatch(/„strategie\.json“ importiert\. Der vorige Stand ist als Version „Vor dem Import am [^“]+“ gespeichert\./);
    // Undo says what it undoes.
    await page.locator('#undo').click();
    await expect.poll(() => page.locator(title).inputValue()).toBe('Nur hier geschrieben');
    await expect.poll(() => lastAnnounced(page)).toBe('Rückgängig: Import von „strategie.json“.');
    await page.locator('#redo').click();
    await expect.poll(() => page.locator(title).inputValue()).toBe('Aus der Datei');

    // After a reload the in-memory undo is gone; the version is not.
    await openApp(page, env.url);
    expect(await page.locator(title).inputValue()).toBe('Aus der Datei');
    await page.locator('#versions').click();
    const dialog = page.locator('admin-versions-dialog dialog');
    const restore = dialog.getByRole('button', { name: /^„Vor dem Import am .*“ wiederherstellen \(/ });
    await expect.poll(() => restore.count()).toBe(1);
    await restore.click();
    await expect.poll(() => page.locator(title).inputValue()).toBe('Nur hier geschrieben');
    await context.close();
  });

  it('refuses a file that cannot be read once chosen, says so, and leaves the open document as it is', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    await page.locator(title).fill('Vor dem Versuch');
    const exported = await exportedJson(page);
    // As when the file is moved away, or its network drive goes, between choosing and reading it.
    await page.evaluate(() => {
      File.prototype.arrayBuffer = () => Promise.reject(new DOMException('The file could not be read.', 'NotReadableError'));
    });
    await importFile(page, 'weg.json', exported);
    const message = page.locator('#admin-message');
    await expect.poll(() => message.getByRole('heading').textContent()).toBe('„weg.json“ nicht importiert');
    expect(await message.textContent()).toContain('Die Datei ließ sich nicht lesen. Wählen Sie sie erneut. Das geöffnete Dokument ist unverändert.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('admin-message');
    expect(await page.locator(title).inputValue()).toBe('Vor dem Versuch');
    await context.close();
  });

  it('refuses an import when the document it would replace cannot be kept as a version', async () => {
    const { context, page } = await openAppWithQuota(env.browser, env.url);
    const exported = await exportedJson(page);
    await page.locator('#field-organisation-logo-file').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.alloc(900_000, 7) });
    await page.locator(title).fill('Nur im Speicher');

    await importFile(page, 'strategie.json', exported);
    const message = page.locator('#admin-message');
    await expect.poll(() => message.getByRole('heading').textContent()).toBe('„strategie.json“ nicht importiert');
    expect(await message.textContent()).toContain('Das geöffnete Dokument ist unverändert.');
    // What to do next, and shown as an error (the message box takes focus).
    expect(await message.textContent()).toContain('Exportieren Sie das Dokument zur Sicherheit, löschen Sie ältere Versionen unter „Versionen“');
    expect(await message.getAttribute('class')).toContain('admin-message-error');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('admin-message');
    expect(await page.locator(title).inputValue()).toBe('Nur im Speicher');
    expect(JSON.parse(await exportedJson(page)).organisation.logo.src).toMatch(/^data:image\/png;base64,/);
    await context.close();
  });

  it('imports a file of the first format version, migrated, and says so', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    // The content package's own sample of a file written by the format's first version.
    const version1 = await readFile(resolve(import.meta.dirname, '../../../../packages/content/test/fixtures/strategy-document-v1.json'), 'utf8');
    expect(JSON.parse(version1).schemaVersion).toBe(1);
    await page.locator(title).fill('Vor dem Import');
    await importFile(page, 'alt.json', version1);
    await expect.poll(() => page.locator('#admin-message').textContent()).toContain('„alt.json“ importiert (aus Format 1 übernommen).');
    expect(await page.locator(title).inputValue()).toBe(JSON.parse(version1).hero.title);
    await expect.poll(async () => (await storedDocument(page))?.document.schemaVersion).toBe(2);
    expect(await page.locator('#problem-count').count()).toBe(0);
    await context.close();
  });

  /** The exported file with one change made to it, as an editor of the JSON by hand might. */
  const withDocument = (exported: string, change: (document: Omit<StrategyDocument, 'schemaVersion'> & { schemaVersion: number }) => void) => {
    const document = JSON.parse(exported) as Omit<StrategyDocument, 'schemaVersion'> & { schemaVersion: number };
    change(document);
    return JSON.stringify(document);
  };

  const badFiles: { name: string; file: (exported: string) => string | Buffer; message: RegExp }[] = [
    { name: 'not JSON', file: () => 'Das ist kein JSON {', message: /keine JSON-Datei/ },
    {
      name: 'wrong types',
      file: (exported) => withDocument(exported, (document) => (document.keyFigures.groups[0]!.figures[0]!.value = 'viele' as unknown as number)),
      message: /Die Datei enthält einen Fehler/,
    },
    {
      name: 'a javascript: link',
      file: (exported) => withDocument(exported, (document) => (document.channels.items[0]!.href = 'javascript:alert(1)')),
      message: /Die Datei enthält einen Fehler/,
    },
    {
      name: 'a file over 5 MB',
      file: (exported) => Buffer.concat([Buffer.from(exported), Buffer.alloc(5 * 1024 * 1024, ' ')]),
      message: /importiert werden Dateien bis 5 MB/,
    },
    {
      name: 'a future schemaVersion',
      file: (exported) => withDocument(exported, (document) => (document.schemaVersion = 99)),
      message: /neueren Version der Anwendung/,
    },
  ];

  it('lists every problem of a refused file: the first 20 in view, the rest behind a button', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const exported = await exportedJson(page);
    // Two wrong values in each of the example's 12 key figures: more than 20 problems.
    const file = withDocument(exported, (document) => {
      for (const figure of document.keyFigures.groups.flatMap((group) => group.figures)) {
        figure.label = 42 as unknown as string;
        figure.value = 'viele' as unknown as number;
      }
    });
    await importFile(page, 'viele-fehler.json', file);

    const box = page.locator('#admin-message');
    await expect.poll(() => box.textContent()).toContain('Import abgelehnt');
    const problems = await box.evaluate((element) => {
      const items = [...element.querySelectorAll('li')];
      return { total: items.length, inView: items.filter((item) => item.checkVisibility()).length };
    });
    expect(problems.total, 'every problem is in the message').toBeGreaterThan(20);
    expect(problems.inView).toBe(20);
    expect(await box.textContent()).toContain(`Die Datei enthält ${problems.total} Fehler`);

    // What a screen reader meets: a collapsed control that says how many more there are.
    const more = await axNodeOf(page, '#admin-message summary');
    expect(more.name).toBe(`${problems.total - 20} weitere Fehler anzeigen`);
    expect(more.properties.expanded).toBe(false);
    // By keyboard: Tab from the message (which has focus) reaches it, Enter shows the rest.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('admin-message');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('summary');
    await page.keyboard.press('Enter');
    await expect.poll(() => box.evaluate((element) => [...element.querySelectorAll('li')].filter((item) => item.checkVisibility()).length)).toBe(problems.total);
    expect((await axNodeOf(page, '#admin-message summary')).properties.expanded).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it.each(badFiles)('refuses $name and leaves the document unchanged', async ({ file, message }) => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    await page.locator(title).fill('Unverändert bitte');
    const before = await exportedJson(page);
    const storedBefore = await storedDocument(page);

    await importFile(page, 'fremd.json', file(before));

    const box = page.locator('#admin-message');
    await expect.poll(() => box.textContent()).toMatch(message);
    expect(await box.textContent()).toContain('Import abgelehnt');
    expect(await box.textContent()).toContain('Das geöffnete Dokument ist unverändert.');
    // The message takes focus, so a screen reader reads it at once.
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('admin-message');
    expect(await exportedJson(page)).toBe(before);
    expect(await page.locator(title).inputValue()).toBe('Unverändert bitte');
    expect((await storedDocument(page))?.revision).toBe(storedBefore?.revision);
    await context.close();
  });

  it('shows the allowed format and size before a file is chosen, and the button is a tab stop', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    // Listen first: Playwright turns on file-chooser interception when asked, and a key pressed
    // before that has taken effect opens the browser's own (headless: invisible) dialog instead.
    const chooserOpened = page.waitForEvent('filechooser');
    await expect.poll(() => page.locator('#import-hint').isVisible()).toBe(true);
    expect(await page.locator('#import-hint').textContent()).toBe('Eine mit „Exportieren“ gespeicherte Datei, bis 5 MB');
    await page.locator('#undo').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('import-button');
    await page.keyboard.press('Enter');
    expect((await chooserOpened).isMultiple()).toBe(false);
    await context.close();
  });

  it('imports an exported draft as it is, and the message box lists what is still to correct, each a link to its field', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const city = '#field-organisation-city';
    const email = '#field-contact-email';
    await page.locator(city).fill('');
    await page.locator(email).fill('kein-at-zeichen');
    const exported = await exportedJson(page);
    await page.locator(city).fill('Danach geändert');
    await page.locator(email).fill('team@example.org');

    await importFile(page, 'entwurf.json', exported);

    const box = page.locator('#admin-message');
    await expect.poll(() => box.textContent()).toContain('„entwurf.json“ importiert.');
    expect(await box.textContent()).not.toContain('Import abgelehnt');
    // Focused, the box says how many, then what happened; its links lead to each field.
    await expect.poll(() => focusedId(page)).toBe('admin-message');
    const focusedBox = await axNodeOf(page, '#admin-message');
    expect(focusedBox.name).toBe('2 Angaben müssen noch korrigiert werden');
    expect(focusedBox.description).toMatch(/^„entwurf\.json“ importiert\. /);
    expect(await box.getByRole('link').allTextContents()).toEqual(['Stadt: Bitte ausfüllen.', expect.stringMatching(/^E-Mail-Adresse: /)]);
    await box.getByRole('link', { name: 'Stadt: Bitte ausfüllen.' }).click();
    expect(await focusedId(page)).toBe(city.slice(1));
    // Every value as it was exported, the empty one and the malformed one included.
    expect(await page.locator(city).inputValue()).toBe('');
    expect(await page.locator(email).inputValue()).toBe('kein-at-zeichen');
    expect(await exportedJson(page)).toBe(exported);
    await expect.poll(async () => (await storedDocument(page))?.document.contact.email).toBe('kein-at-zeichen');
    // The problems are the form's own: counted, and each at its field.
    expect(await page.locator('#problem-count-text').textContent()).toBe('2 Angaben müssen noch korrigiert werden');
    expect(await page.locator(`${city}-error`).textContent()).toContain('Bitte ausfüllen.');
    expect(await page.locator(`${email}-error`).textContent()).toContain('Bitte eine E-Mail-Adresse wie name@example.org eintragen.');

    // Undone from one of its links, the import's summary goes with it: no stale note, no "all
    // complete" for a fix nobody made, and focus on "Rückgängig", not on the page.
    await box.getByRole('link').first().focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator(city).inputValue()).toBe('Danach geändert');
    await expect.poll(() => box.isVisible()).toBe(false);
    await expect.poll(() => focusedId(page)).toBe('undo');
    await expect.poll(() => lastAnnounced(page)).toBe('Rückgängig: Import von „entwurf.json“.');
    expect(await page.evaluate(() => [...document.querySelectorAll('#announcer > *')].map((message) => message.textContent))).not.toContain(
      'Alle Angaben sind in Ordnung.',
    );
    await context.close();
  });

  it('exports a draft with a mistyped link so that it imports again: the file leaves the link empty, and says which', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const link = '#field-sources-items-0-href';
    await page.locator(link).fill('htps://example.org/statistik');
    await expect.poll(async () => (await storedDocument(page))?.document.sources.items[0]!.href).toBe('htps://example.org/statistik');

    const exported = await exportedJson(page);

    expect(JSON.parse(exported).sources.items[0].href).toBe('');
    const box = page.locator('#admin-message');
    await expect.poll(() => box.textContent()).toContain('1 Adresse ist nicht erlaubt und steht in der Datei leer');
    expect(await box.textContent()).toContain('„htps://example.org/statistik“ (Quellen › Quelle 1 › Link)');
    // The form keeps the draft to put right.
    expect(await page.locator(link).inputValue()).toBe('htps://example.org/statistik');

    await importFile(page, 'entwurf.json', exported);
    await expect.poll(() => box.textContent()).toContain('„entwurf.json“ importiert.');
    expect(await page.locator(link).inputValue()).toBe('');
    await context.close();
  });

  it('shows a message already open in the interface language chosen after it', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const exported = await exportedJson(page);
    await importFile(page, 'strategie.json', exported);
    const box = page.locator('#admin-message');
    await expect.poll(() => box.textContent()).toContain('„strategie.json“ importiert.');

    await page.locator('#ui-language').selectOption('en');
    await expect.poll(() => box.textContent()).toContain('“strategie.json” imported.');
    expect(await box.textContent()).not.toContain('importiert');

    // The list of problems that publishing waits for, named by its action.
    await page.locator('#ui-language').selectOption('de');
    await page.locator('#field-hero-title').fill('');
    await page.locator('#publish').click();
    await expect.poll(() => box.textContent()).toContain('Veröffentlichen: Bitte zuerst 1 Angabe korrigieren');
    await page.locator('#ui-language').selectOption('en');
    await expect.poll(() => box.textContent()).toContain('Publish: please correct 1 entry first');
    await context.close();
  });

  it("takes a document from another city's installation in this one's theme, and says which it named", async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    await page.locator('#field-organisation-theme').selectOption('musterstadt');
    const exported = await exportedJson(page);
    const foreign = withDocument(exported, (document) => {
      (document.organisation as { theme: string }).theme = 'bad-toelz';
      document.hero.title = 'Bad Tölz digital';
    });
    await importFile(page, 'bad-toelz.json', foreign);
    const box = page.locator('#admin-message');
    await expect.poll(() => box.textContent()).toContain('„bad-toelz.json“ importiert');
    expect(await box.textContent()).toContain('Das Erscheinungsbild „bad-toelz“ gibt es in dieser Installation nicht; das Dokument hat jetzt „München“.');
    await expect.poll(() => page.locator(title).inputValue()).toBe('Bad Tölz digital');
    expect(await page.locator('#field-organisation-theme').inputValue()).toBe('muenchen');
    await expect.poll(async () => (await storedDocument(page))?.document.organisation.theme).toBe('muenchen');

    // With another reason to refuse it, the file is refused as before, naming both.
    await importFile(page, 'bad-toelz-2.json', withDocument(foreign, (document) => (document.organisation.imprintHref = 'javascript:alert(1)')));
    await expect.poll(() => box.textContent()).toContain('Import abgelehnt');
    expect(await box.locator('li').count()).toBe(2);
    expect(await page.locator(title).inputValue()).toBe('Bad Tölz digital');
    await context.close();
  });

  it('names where a refused file is wrong in the words of the form, not as a path in the file', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const exported = await exportedJson(page);
    await importFile(page, 'fremd.json', withDocument(exported, (document) => (document.keyFigures.groups[0]!.figures[0]!.value = 'viel' as unknown as number)));
    const box = page.locator('#admin-message');
    await expect.poll(() => box.textContent()).toContain('Import abgelehnt');
    expect(await box.locator('li').allTextContents()).toEqual(['Kennzahlen › Gruppe 1 › Kennzahl 1 › Wert: Hier gehört eine Zahl hin, zum Beispiel 1600000. Gefunden: „viel“.']);
    await context.close();
  });
});
