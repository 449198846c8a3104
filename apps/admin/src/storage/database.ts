import type { StrategyDocument } from '@muenchen-digital/content';
import { openDB, type DBSchema, type IDBPDatabase } from 'idb';
import { inCurrentFormat, UnreadableStoredDocument } from './stored-format.js';
import { installationName } from './installation.js';

/**
 * The app's IndexedDB, through idb (promises and typed stores over the raw API, kept by the author
 * of the IndexedDB spec's promise proposals). One working document, and its named versions.
 */
export interface StoredDocument {
  document: StrategyDocument;
  /** Counts every write. A write names the revision it builds on, and is refused if another tab wrote since. */
  revision: number;
  savedAt: number;
  /** The theme the stored document names, where this installation no longer builds it: read in the example's (see `inCurrentFormat`). */
  goneTheme?: string;
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

/** This installation's database (see installation.ts). */
export const databaseName = installationName();
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
  /**
   * Set when the browser closed the connection by itself: the next operation opens it again. (TypeScript's
   * `private`, not `#`: tests wrap the database with Object.create, and `#` fields do not follow prototypes.)
   */
  private closedByBrowser = false;

  /** Set in `open`, and again in `database()` after the browser closed it. */
  private connection!: IDBPDatabase<AdminDatabase>;

  private constructor(private readonly name: string) {}

  static async open(name = databaseName): Promise<DocumentDatabase> {
    const database = new DocumentDatabase(name);
    database.connection = await database.connect();
    return database;
  }

  /** Opens the database, creating its stores on first use (and again after its site data was cleared). */
  private connect(): Promise<IDBPDatabase<AdminDatabase>> {
    return openDB<AdminDatabase>(this.name, 1, {
      upgrade(db) {
        db.createObjectStore('documents');
        db.createObjectStore('versions', { keyPath: 'id', autoIncrement: true }).createIndex('savedAt', 'savedAt');
      },
      terminated: () => {
        this.closedByBrowser = true;
      },
    });
  }

  /**
   * The open connection. The browser closes it by itself when the page's site data is cleared while
   * the page is open (in the browser's settings, say): then it is opened again — the database made
   * anew, empty — so the next save writes the open document back instead of failing until a reload.
   */
  private async database(): Promise<IDBPDatabase<AdminDatabase>> {
    if (this.closedByBrowser) {
      this.connection = await this.connect();
      this.closedByBrowser = false;
    }
    return this.connection;
  }

  close(): void {
    this.connection.close();
  }

  /**
   * The working document in the current format (one an earlier version of the app stored is brought
   * up to date; one in a theme no longer built is read in the example's). Rejects with
   * UnreadableStoredDocument when this app cannot read its format.
   */
  async readWorkingDocument(): Promise<StoredDocument | undefined> {
    const stored = await (await this.database()).get('documents', workingDocumentKey);
    if (stored === undefined) return undefined;
    const format = inCurrentFormat(stored.document);
    if (!format.ok) throw new UnreadableStoredDocument(stored.document, format.version);
    return { ...stored, document: format.document, ...(format.goneTheme !== undefined && { goneTheme: format.goneTheme }) };
  }

  /**
   * Writes the working document as revision `basedOn + 1`, in one transaction with the check that
   * the stored revision is still `basedOn`. Rejects with StaleWriteError when another tab stored a
   * different revision since, and with the browser's QuotaExceededError when storage is full. None
   * stored is no other tab's work — it is the first write, or the site data was cleared — and the
   * document is written.
   */
  async writeWorkingDocument(document: StrategyDocument, basedOn: number): Promise<StoredDocument> {
    const transaction = (await this.database()).transaction('documents', 'readwrite');
    const stored = await transaction.store.get(workingDocumentKey);
    if (stored !== undefined && stored.revision !== basedOn) {
      transaction.abort();
      await transaction.done.catch(() => undefined);
      throw new StaleWriteError(basedOn, stored.revision);
    }
    const record: StoredDocument = { document, revision: basedOn + 1, savedAt: Date.now() };
    await transaction.store.put(record, workingDocumentKey);
    await transaction.done;
    return record;
  }

  async saveVersion(name: string, document: StrategyDocument): Promise<NamedVersion> {
    const version: NamedVersion = { name, savedAt: Date.now(), document };
    const id = await (await this.database()).add('versions', version);
    return { ...version, id };
  }

  /** Newest first. */
  async listVersions(): Promise<NamedVersion[]> {
    return (await (await this.database()).getAllFromIndex('versions', 'savedAt')).reverse();
  }

  async deleteVersion(id: number): Promise<void> {
    await (await this.database()).delete('versions', id);
  }

  /**
   * Copies every record of `source` — working document and versions, as stored — into this database
   * when it holds none yet. Returns whether anything was copied. Copying the same records twice (two
   * tabs opening at once) writes them under the same keys: nothing doubles.
   */
  async copyFrom(source: DocumentDatabase): Promise<boolean> {
    const target = await this.database();
    if ((await target.count('documents')) > 0 || (await target.count('versions')) > 0) return false;
    const from = await source.database();
    const [keys, documents, versions] = await Promise.all([from.getAllKeys('documents'), from.getAll('documents'), from.getAll('versions')]);
    if (documents.length === 0 && versions.length === 0) return false;
    const transaction = target.transaction(['documents', 'versions'], 'readwrite');
    keys.forEach((key, index) => void transaction.objectStore('documents').put(documents[index]!, key));
    for (const version of versions) void transaction.objectStore('versions').put(version);
    await transaction.done;
    return true;
  }
}
