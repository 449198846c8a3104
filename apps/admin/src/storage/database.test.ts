import { createExampleDocument } from '@muenchen-digital/content';
import { afterEach, describe, expect, it } from 'vitest';
import { DocumentDatabase, StaleWriteError } from './database.js';

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
});
