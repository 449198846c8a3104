import { createExampleDocument, currentSchemaVersion, type StrategyDocument } from '@muenchen-digital/content';
import { afterEach, describe, expect, it } from 'vitest';
// The content package's format-1 file: what an early version of the app stored.
import formatOneDocument from '../../../../packages/content/test/fixtures/strategy-document-v1.json';
import { exampleTheme } from '../offered-themes.js';
import { DocumentDatabase, StaleWriteError } from './database.js';
import { UnreadableStoredDocument } from './stored-format.js';

/**
 * The database in real Chromium IndexedDB. Two DocumentDatabase objects on one database name stand
 * for two tabs: each write names the revision it builds on, and a write on top of an older one is refused.
 */
const opened: DocumentDatabase[] = [];
const uniqueName = () => `admin-database-test-${crypto.randomUUID()}`;
async function open(name: string) {
  const database = await DocumentDatabase.open(name);
  opened.push(database);
  return database;
}

afterEach(() => {
  for (const database of opened.splice(0)) database.close();
});

describe('DocumentDatabase', () => {
  it('reads back what it wrote, with the revision counted up', async () => {
    const database = await open(uniqueName());
    expect(await database.readWorkingDocument()).toBeUndefined();

    const document = createExampleDocument();
    const first = await database.writeWorkingDocument(document, 0);
    const second = await database.writeWorkingDocument({ ...document, keyMessage: 'Zweite Fassung' }, first.revision);

    expect(first.revision).toBe(1);
    expect(second.revision).toBe(2);
    const stored = await database.readWorkingDocument();
    expect(stored?.revision).toBe(2);
    expect(stored?.document.keyMessage).toBe('Zweite Fassung');
  });

  it('refuses a write based on an older revision (another tab wrote since) and keeps the stored document', async () => {
    const name = uniqueName();
    const firstTab = await open(name);
    const secondTab = await open(name);
    const document = createExampleDocument();
    const base = await firstTab.writeWorkingDocument(document, 0);

    // Both tabs know revision 1; the second writes first.
    await secondTab.writeWorkingDocument({ ...document, keyMessage: 'Aus dem zweiten Tab' }, base.revision);
    const staleWrite = firstTab.writeWorkingDocument({ ...document, keyMessage: 'Aus dem ersten Tab' }, base.revision);

    await expect(staleWrite).rejects.toBeInstanceOf(StaleWriteError);
    await expect(staleWrite).rejects.toMatchObject({ expectedRevision: 1, storedRevision: 2 });
    const stored = await firstTab.readWorkingDocument();
    expect(stored?.revision).toBe(2);
    expect(stored?.document.keyMessage).toBe('Aus dem zweiten Tab');
  });

  it('refuses a first write when another tab has stored a document already', async () => {
    const name = uniqueName();
    const firstTab = await open(name);
    const secondTab = await open(name);
    await firstTab.writeWorkingDocument(createExampleDocument(), 0);
    await expect(secondTab.writeWorkingDocument(createExampleDocument(), 0)).rejects.toBeInstanceOf(StaleWriteError);
  });

  it('writes a document based on a revision that is no longer stored (the site data was cleared): no other tab wrote', async () => {
    const database = await open(uniqueName());
    const written = await database.writeWorkingDocument(createExampleDocument(), 5);
    expect(written.revision).toBe(6);
    expect((await database.readWorkingDocument())?.revision).toBe(6);
  });

  it('keeps named versions, newest first, and deletes them', async () => {
    const database = await open(uniqueName());
    const document = createExampleDocument();
    const older = await database.saveVersion('Vor der Sitzung', document);
    await new Promise((resolve) => setTimeout(resolve, 5));
    await database.saveVersion('Nach der Sitzung', { ...document, keyMessage: 'Neu' });

    expect((await database.listVersions()).map((version) => version.name)).toEqual(['Nach der Sitzung', 'Vor der Sitzung']);
    await database.deleteVersion(older.id!);
    expect((await database.listVersions()).map((version) => version.name)).toEqual(['Nach der Sitzung']);
  });

  it('brings a document an earlier version of the app stored up to the current format', async () => {
    const database = await open(uniqueName());
    await database.writeWorkingDocument(formatOneDocument as unknown as StrategyDocument, 0);

    const stored = await database.readWorkingDocument();
    expect(stored?.revision).toBe(1);
    expect(stored?.document.schemaVersion).toBe(currentSchemaVersion);
    // Format 1's `brand` is format 2's `organisation`, its flat figures are grouped.
    expect(stored?.document.organisation.city).toBe(formatOneDocument.brand.city);
    expect(stored?.document.keyFigures.groups.flatMap((group) => group.figures)).toHaveLength(formatOneDocument.keyFigures.figures.length);
    expect(stored?.document).not.toHaveProperty('brand');
  });

  it('refuses a document a newer version of the app stored, naming its format, and leaves it as it is', async () => {
    const name = uniqueName();
    const newer = { ...createExampleDocument(), schemaVersion: currentSchemaVersion + 1, somethingNew: ['kept'] };
    await (await open(name)).writeWorkingDocument(newer as unknown as StrategyDocument, 0);

    const database = await open(name);
    const refusal = await database.readWorkingDocument().catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(UnreadableStoredDocument);
    expect(refusal).toMatchObject({ version: currentSchemaVersion + 1, document: newer });
    expect((refusal as Error).message).toBe(
      `The document stored in this browser is in format ${currentSchemaVersion + 1}; this app reads up to format ${currentSchemaVersion}.`,
    );
    // Without a version it cannot be read either, and says so.
    await database.writeWorkingDocument({ hero: {} } as unknown as StrategyDocument, 1);
    await expect(database.readWorkingDocument()).rejects.toMatchObject({ name: 'UnreadableStoredDocument', version: undefined });
  });

  it.each([
    ['nothing', null],
    ['a format version alone', { schemaVersion: currentSchemaVersion }],
    ['a list where the hero belongs', { ...createExampleDocument(), hero: [] }],
  ])('refuses a damaged document (%s) as unreadable, and leaves it as it is', async (_, damaged) => {
    const name = uniqueName();
    await (await open(name)).writeWorkingDocument(damaged as unknown as StrategyDocument, 0);
    const database = await open(name);
    const refusal = await database.readWorkingDocument().catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(UnreadableStoredDocument);
    expect(refusal).toMatchObject({ version: undefined, document: damaged });
    expect((refusal as Error).message).toBe('The document stored in this browser is damaged or has no format version this app knows.');
  });

  describe('a document stored in a theme this installation no longer builds (its folder renamed or removed)', () => {
    const inGoneTheme = () => {
      const document = createExampleDocument();
      (document.organisation as { theme: string }).theme = 'beispielstadt';
      return document;
    };

    it('is read in the example’s theme, naming the theme it had, and stays stored as it was', async () => {
      const name = uniqueName();
      await (await open(name)).writeWorkingDocument(inGoneTheme(), 0);
      const stored = await (await open(name)).readWorkingDocument();
      expect(stored?.goneTheme).toBe('beispielstadt');
      expect(stored?.document.organisation.theme).toBe(exampleTheme());
      expect(stored?.document.hero).toEqual(createExampleDocument().hero);
      // Read twice, the same: nothing was written over.
      expect((await (await open(name)).readWorkingDocument())?.goneTheme).toBe('beispielstadt');
    });

    it('stays unreadable when anything else breaks its shape too', async () => {
      const name = uniqueName();
      const damaged = { ...inGoneTheme(), hero: [] };
      await (await open(name)).writeWorkingDocument(damaged as unknown as StrategyDocument, 0);
      const refusal = await (await open(name)).readWorkingDocument().catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(UnreadableStoredDocument);
      expect(refusal).toMatchObject({ document: damaged });
    });

    it('a document in a theme built here names no gone theme', async () => {
      const name = uniqueName();
      await (await open(name)).writeWorkingDocument(createExampleDocument(), 0);
      expect(await (await open(name)).readWorkingDocument()).not.toHaveProperty('goneTheme');
    });
  });
});
