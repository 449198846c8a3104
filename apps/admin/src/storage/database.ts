import type { StrategyDocument } from '@muenchen-digital/content';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/**
 * The app's IndexedDB, through idb (promises and typed stores over the raw API, kept by the author
 * of the IndexedDB spec's promise proposals). One working document, and its named versions.
 */
export interface StoredDocument {
  document: StrategyDocument;
  /** Counts every write. A write names the revision it builds on, and is refused if another tab wrote since. */
  revision: number;
  savedAt: number;
}

export interface NamedVersion {
  id?: number;
  name: string;
  savedAt: number;
  document: StrategyDocument;
}

interface AdminDatabase extends DBSchema {
  documents: { key: string; value: StoredDocument };
  versions: { key: number; value: NamedVersion; indexes: { savedAt: number } };
}

export const databaseName = 'muenchen-digital-admin';
const workingDocumentKey = 'current';

/** Another tab wrote the document after this one last read it: this tab's write is refused. */
export class StaleWriteError extends Error {
  constructor(readonly expectedRevision: number, readonly storedRevision: number) {
    super(`The document was changed in another tab (revision ${storedRevision}, this tab knew ${expectedRevision}).`);
    this.name = 'StaleWriteError';
  }
}

/** The browser refused to store more (its quota for this site is used up). */
export function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

export class DocumentDatabase {
  private constructor(private readonly database: IDBPDatabase<AdminDatabase>) {}

  static async open(name = databaseName): Promise<DocumentDatabase> {
    const database = await openDB<AdminDatabase>(name, 1, {
      upgrade(db) {
        db.createObjectStore('documents');
        db.createObjectStore('versions', { keyPath: 'id', autoIncrement: true }).createIndex('savedAt', 'savedAt');
      },
    });
    return new DocumentDatabase(database);
  }

  close(): void {
    this.database.close();
  }

  async readWorkingDocument(): Promise<StoredDocument | undefined> {
    return this.database.get('documents', workingDocumentKey);
  }

  /**
   * Writes the working document as revision `basedOn + 1`, in one transaction with the check that
   * the stored revision is still `basedOn` (none stored counts as 0). Rejects with StaleWriteError
   * otherwise, and with the browser's QuotaExceededError when storage is full.
   */
  async writeWorkingDocument(document: StrategyDocument, basedOn: number): Promise<StoredDocument> {
    const transaction = this.database.transaction('documents', 'readwrite');
    const stored = await transaction.store.get(workingDocumentKey);
    const storedRevision = stored?.revision ?? 0;
    if (storedRevision !== basedOn) {
      transaction.abort();
      await transaction.done.catch(() => undefined);
      throw new StaleWriteError(basedOn, storedRevision);
    }
    const record: StoredDocument = { document, revision: basedOn + 1, savedAt: Date.now() };
    await transaction.store.put(record, workingDocumentKey);
    await transaction.done;
    return record;
  }

  async saveVersion(name: string, document: StrategyDocument): Promise<NamedVersion> {
    const version: NamedVersion = { name, savedAt: Date.now(), document };
    const id = await this.database.add('versions', version);
    return { ...version, id };
  }

  /** Newest first. */
  async listVersions(): Promise<NamedVersion[]> {
    return (await this.database.getAllFromIndex('versions', 'savedAt')).reverse();
  }

  async deleteVersion(id: number): Promise<void> {
    await this.database.delete('versions', id);
  }
}
