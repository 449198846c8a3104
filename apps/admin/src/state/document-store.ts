import { validateDocument, type Language, type Problem, type StrategyDocument } from '@muenchen-digital/content';
import { isQuotaError, StaleWriteError, type DocumentDatabase } from '../storage/database.js';
import { setIn, updateIn, type Path } from './paths.js';

/** Where saving stands, for the autosave status. */
export type SaveState =
  | { kind: 'saved'; at: number }
  | { kind: 'saving' }
  | { kind: 'failed'; reason: 'quota' | 'stale' | 'other' };

interface HistoryEntry {
  document: StrategyDocument;
  /** Edits with the same key in quick succession (typing in one field) make one undo step. */
  coalesceKey: string | undefined;
  at: number;
}

const coalesceWindowMs = 1500;
const maxUndoSteps = 200;
/** A change the tab could not write yet, kept across a reload (IndexedDB writes are asynchronous). */
const unsavedChangeKey = 'muenchen-digital-admin/unsaved-change';

/**
 * The working document and everything that happens to it: edits (each written to IndexedDB as it
 * happens), undo and redo, validation, and whether this tab may write at all. Fires `change` after
 * every change and `save` whenever the save state changes.
 */
export class DocumentStore extends EventTarget {
  #document: StrategyDocument;
  #revision: number;
  #undo: HistoryEntry[] = [];
  #redo: StrategyDocument[] = [];
  #lastEdit: HistoryEntry | undefined;
  #problems: Problem[] = [];
  #language: Language = 'de';
  #editable = false;
  #save: SaveState;
  #writing = false;
  #pendingWrite = false;

  constructor(
    private readonly database: DocumentDatabase,
    document: StrategyDocument,
    revision: number,
    savedAt: number,
  ) {
    super();
    this.#document = document;
    this.#revision = revision;
    this.#save = { kind: 'saved', at: savedAt };
    this.#validate();
    // A reload or tab switch between an edit and its write: keep the edit for the next load.
    addEventListener('pagehide', () => this.#stashUnsavedChange());
  }

  /**
   * Opens the working document: the stored one, with an edit a reload interrupted put back, or
   * `fallback()` (the example) on first use.
   */
  static async open(database: DocumentDatabase, fallback: () => StrategyDocument): Promise<DocumentStore> {
    const stored = await database.readWorkingDocument();
    const store = stored
      ? new DocumentStore(database, stored.document, stored.revision, stored.savedAt)
      : new DocumentStore(database, fallback(), 0, Date.now());
    store.#recoverUnsavedChange();
    return store;
  }

  get document(): StrategyDocument {
    return this.#document;
  }
  get problems(): readonly Problem[] {
    return this.#problems;
  }
  get saveState(): SaveState {
    return this.#save;
  }
  get editable(): boolean {
    return this.#editable;
  }
  get canUndo(): boolean {
    return this.#editable && this.#undo.length > 0;
  }
  get canRedo(): boolean {
    return this.#editable && this.#redo.length > 0;
  }
  get revision(): number {
    return this.#revision;
  }

  set language(language: Language) {
    this.#language = language;
    this.#validate();
    this.#emit('change');
  }

  /** Becomes the editing tab. Writes the first document if none is stored yet. */
  async startEditing(): Promise<void> {
    this.#editable = true;
    if (this.#revision === 0 || this.#pendingWrite) await this.#write();
    this.#emit('change');
  }

  /** Another tab edits now: this one stops writing. */
  stopEditing(): void {
    this.#editable = false;
    this.#emit('change');
  }

  /**
   * Takes over from another tab: reads what that tab saved last, and claims it with a write of its
   * own, so any write the other tab still has in flight is refused as stale.
   */
  async takeOver(): Promise<void> {
    const stored = await this.database.readWorkingDocument();
    if (stored) {
      this.#document = stored.document;
      this.#revision = stored.revision;
    }
    this.#undo = [];
    this.#redo = [];
    this.#validate();
    this.#editable = true;
    await this.#write();
    this.#emit('change');
  }

  /** Shows what the editing tab saved, while this tab is read-only. */
  async reloadFromStorage(): Promise<void> {
    if (this.#editable) return;
    const stored = await this.database.readWorkingDocument();
    if (!stored || stored.revision === this.#revision) return;
    this.#document = stored.document;
    this.#revision = stored.revision;
    this.#validate();
    this.#emit('change');
  }

  /** Sets one value; typing in one field makes one undo step. */
  set(path: Path, value: unknown): void {
    this.#commit(setIn(this.#document, path, value), path.join('.'));
  }

  /** Replaces the value at `path` with what `update` makes of it: adding, removing, moving list items. */
  change(path: Path, update: (old: unknown) => unknown): void {
    this.#commit(updateIn(this.#document, path, update), undefined);
  }

  /** Replaces the whole document (an import, a restored version) as one undoable step. */
  replace(document: StrategyDocument): void {
    this.#commit(document, undefined);
  }

  undo(): void {
    // A read-only tab keeps its history untouched (popping first would lose a step).
    if (!this.#editable) return;
    const entry = this.#undo.pop();
    if (entry === undefined) return;
    this.#redo.push(this.#document);
    this.#lastEdit = undefined;
    this.#apply(entry.document);
  }

  redo(): void {
    if (!this.#editable) return;
    const next = this.#redo.pop();
    if (next === undefined) return;
    this.#undo.push({ document: this.#document, coalesceKey: undefined, at: 0 });
    this.#lastEdit = undefined;
    this.#apply(next);
  }

  #commit(next: StrategyDocument, coalesceKey: string | undefined): void {
    if (!this.#editable || next === this.#document) return;
    const now = Date.now();
    const last = this.#lastEdit;
    const continuesTyping = coalesceKey !== undefined && last?.coalesceKey === coalesceKey && now - last.at < coalesceWindowMs;
    if (continuesTyping) {
      last.at = now;
    } else {
      const entry = { document: this.#document, coalesceKey, at: now };
      this.#undo.push(entry);
      if (this.#undo.length > maxUndoSteps) this.#undo.shift();
      this.#lastEdit = entry;
    }
    this.#redo = [];
    this.#apply(next);
  }

  #apply(next: StrategyDocument): void {
    this.#document = next;
    this.#validate();
    this.#emit('change');
    void this.#write();
  }

  #validate(): void {
    const result = validateDocument(this.#document, this.#language);
    this.#problems = result.ok ? [] : result.problems;
  }

  /** Writes the current document; while a write runs, the next waits and then writes the latest. */
  async #write(): Promise<void> {
    if (this.#writing) {
      this.#pendingWrite = true;
      return;
    }
    this.#writing = true;
    this.#pendingWrite = false;
    this.#setSave({ kind: 'saving' });
    try {
      const written = await this.database.writeWorkingDocument(this.#document, this.#revision);
      this.#revision = written.revision;
      this.#setSave({ kind: 'saved', at: written.savedAt });
    } catch (error) {
      this.#pendingWrite = false;
      if (error instanceof StaleWriteError) {
        // Another tab has written since: never overwrite its work. This tab stops editing.
        this.#editable = false;
        this.#setSave({ kind: 'failed', reason: 'stale' });
        this.#emit('change');
      } else {
        this.#pendingWrite = true;
        this.#setSave({ kind: 'failed', reason: isQuotaError(error) ? 'quota' : 'other' });
      }
    } finally {
      this.#writing = false;
    }
    if (this.#pendingWrite && this.#save.kind !== 'failed') await this.#write();
  }

  /** Tries the failed write again (after the user freed space, say). */
  async retrySave(): Promise<void> {
    if (this.#editable) await this.#write();
  }

  #stashUnsavedChange(): void {
    if (!this.#editable || (this.#save.kind === 'saved' && !this.#pendingWrite)) return;
    try {
      localStorage.setItem(unsavedChangeKey, JSON.stringify({ basedOn: this.#revision, document: this.#document }));
    } catch {
      // Storage full or unavailable: nothing more can be done while the page goes away.
    }
  }

  #recoverUnsavedChange(): void {
    const stashed = localStorage.getItem(unsavedChangeKey);
    if (stashed === null) return;
    localStorage.removeItem(unsavedChangeKey);
    try {
      const { basedOn, document } = JSON.parse(stashed) as { basedOn: number; document: StrategyDocument };
      // Only an edit made on top of what is stored; anything else is older than the stored document.
      // (It may fail validation — a field emptied while typing — as the stored one may: both are drafts.)
      if (basedOn === this.#revision && typeof document === 'object' && document !== null) {
        this.#document = document;
        this.#pendingWrite = true;
        this.#validate();
      }
    } catch {
      // A damaged stash is dropped; the stored document stands.
    }
  }

  #setSave(state: SaveState): void {
    this.#save = state;
    this.#emit('save');
  }

  #emit(type: 'change' | 'save'): void {
    this.dispatchEvent(new Event(type));
  }
}
