import { validateDocument, type Language, type Problem, type StrategyDocument } from '@muenchen-digital/content';
import { isQuotaError, StaleWriteError, type DocumentDatabase } from '../storage/database.js';
import { inCurrentFormat } from '../storage/stored-format.js';
import { fieldKeyOf, followDocument, keepDrafts, loadDrafts, newDraft, withDrafts, type FieldDraft } from './field-drafts.js';
import { setIn, updateIn, type Path } from './paths.js';
import { installationName } from '../storage/installation.js';

/** Where saving stands, for the autosave status. */
export type SaveState =
  | { kind: 'saved'; at: number }
  /** Nothing stored yet, on purpose: a stand-in first document is written only once it is changed (see #standsIn). */
  | { kind: 'not-yet-saved' }
  | { kind: 'saving' }
  | { kind: 'failed'; reason: 'quota' | 'stale' | 'other' };

/**
 * What an undo or redo step changed, for saying so: the value or list at `path`, and the caller's
 * `description` where it has one ("Import von „strategie.json“", "Verschieben von „Titel“"). Empty
 * when the store knows neither.
 */
export interface StepSubject {
  path?: Path;
  description?: string;
  /** A list item moved from one position to another: focus on it follows it when the step is undone or redone. */
  moved?: { from: number; to: number };
}

interface HistoryEntry {
  document: StrategyDocument;
  /**
   * The drafts the document had: a step that brings an item back (undoing its removal, redoing its
   * addition) brings its drafts back too, or a new key figure's empty value would come back as 0.
   */
  drafts: readonly Draft[];
  /** Edits with the same key in quick succession (typing in one field) make one undo step. */
  coalesceKey: string | undefined;
  at: number;
  subject: StepSubject;
}

type Draft = ReturnType<typeof newDraft>;

const coalesceWindowMs = 1500;
const maxUndoSteps = 200;
/**
 * A change the tab could not write yet, kept across a reload (IndexedDB writes are asynchronous).
 * Only the tab that edits applies it: a read-only tab could show it but never save it, and would take
 * it away from the tab that can.
 */
const unsavedChangeKey = installationName('unsaved-change');

/** What a page keeps in localStorage when it goes away with an edit not yet in IndexedDB. */
interface KeptEdit {
  /** The stored revision the edit was made on. */
  basedOn: number;
  /** Whether a write (of an earlier state, as revision `basedOn + 1`) was running at the time. */
  writing: boolean;
  document: StrategyDocument;
}

/**
 * The working document and everything that happens to it: edits (each written to IndexedDB as it
 * happens), undo and redo, validation, and whether this tab may write at all. Fires `change` after
 * every change and `save` whenever the save state changes.
 */
export class DocumentStore extends EventTarget {
  #document: StrategyDocument;
  #revision: number;
  #undo: HistoryEntry[] = [];
  /** `returned`: the drafts the undo brought back, which its redo takes away again unless retyped since. */
  #redo: { document: StrategyDocument; drafts: readonly Draft[]; subject: StepSubject; returned: readonly Draft[] }[] = [];
  #lastEdit: HistoryEntry | undefined;
  #problems: Problem[] = [];
  /** Fields whose text is not a value yet (`field-drafts.ts`): shown by the form, counted as problems. */
  #drafts: Draft[] = [];
  /** Set when undo or redo brought drafts back: the kept copy is written even if their count is the same. */
  #draftsReturned = false;
  #language: Language = 'de';
  #editable = false;
  /**
   * The document only stands in (the example, where the installation's start document could not be
   * loaded): it is written only once it is changed, so that until then every start tries the start
   * document again. See `open`'s `firstDocumentStandsIn`.
   */
  #standsIn = false;
  /** The theme the stored document named when it was opened, where this installation no longer builds it (see `inCurrentFormat`). */
  #goneTheme: string | undefined;
  /** Whether what is stored still names that theme: until this tab or another writes the document. */
  #goneThemeStored = false;
  #save: SaveState;
  /** The write under way, if any: it settles once that write has finished, one way or the other. */
  #writeUnderWay: Promise<void> | undefined;
  #pendingWrite = false;
  /** The document holds the change another page kept on leaving; the kept copy goes once it is written. */
  #holdsUnsavedChange = false;

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
   * Opens the working document, read-only: the stored one, or — in a browser that holds none yet —
   * the one `firstDocument` gives (the installation's start document, or the example). An edit a
   * reload interrupted is put back when this tab starts editing or takes over.
   */
  static async open(
    database: DocumentDatabase,
    firstDocument: () => StrategyDocument | Promise<StrategyDocument>,
    { firstDocumentStandsIn = () => false }: { firstDocumentStandsIn?: () => boolean } = {},
  ): Promise<DocumentStore> {
    const stored = await database.readWorkingDocument();
    if (stored) {
      const store = new DocumentStore(database, stored.document, stored.revision, stored.savedAt);
      store.#goneTheme = stored.goneTheme;
      store.#goneThemeStored = stored.goneTheme !== undefined;
      return store;
    }
    const store = new DocumentStore(database, await firstDocument(), 0, Date.now());
    // Asked once the first document is there: whether it is the one to keep is known only then.
    store.#standsIn = firstDocumentStandsIn();
    return store;
  }

  get document(): StrategyDocument {
    return this.#document;
  }
  /**
   * The theme the stored document named when it was opened, where this installation no longer builds
   * it: the document is shown in the example's, and stored so with its next write.
   */
  get goneTheme(): string | undefined {
    return this.#goneTheme;
  }
  /** Whether the stored document still names `goneTheme`: no tab has written it since. */
  get goneThemeStillStored(): boolean {
    return this.#goneThemeStored;
  }
  /** The document's problems, a field's draft that is not a value yet included: what publishing waits for. */
  get problems(): readonly Problem[] {
    return this.#problems;
  }
  get drafts(): readonly FieldDraft[] {
    return this.#drafts;
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

  /** The text a field shows while it is not a value yet, if it holds one. */
  draftAt(path: Path): string | undefined {
    const key = JSON.stringify(path);
    return this.#drafts.find((draft) => JSON.stringify(draft.path) === key)?.text;
  }

  /**
   * Keeps `text` as the field's draft: the document keeps its value, the form shows the text, and the
   * field counts as a problem until the draft ends — by `dropDraft` (the text reads as a value now,
   * which the form then `set`s), or when the document's value in the field changes.
   */
  setDraft(path: Path, text: string, { unfilled = false }: { unfilled?: boolean } = {}): void {
    if (!this.#editable) return;
    const key = JSON.stringify(path);
    // A field never filled stays so while its text is no number yet.
    const stillUnfilled = unfilled || this.#drafts.some((draft) => JSON.stringify(draft.path) === key && draft.unfilled);
    this.#drafts = [...this.#drafts.filter((draft) => JSON.stringify(draft.path) !== key), newDraft(this.#document, path, text, stillUnfilled)];
    this.#draftsChanged();
  }

  /** Ends the field's draft, if it has one. */
  dropDraft(path: Path): void {
    const key = JSON.stringify(path);
    const kept = this.#drafts.filter((draft) => JSON.stringify(draft.path) !== key);
    if (kept.length === this.#drafts.length) return;
    this.#drafts = kept;
    this.#draftsChanged();
  }

  #draftsChanged(): void {
    this.#validate();
    if (this.#editable) keepDrafts(this.#drafts);
    // Typing into a stand-in is changing it: it is kept from now on, the draft beside the value before it.
    if (this.#editable && this.#save.kind === 'not-yet-saved') void this.#write();
    this.#emit('change');
  }

  /**
   * Becomes the editing tab: puts back an edit a reload interrupted and writes it, or writes the
   * first document if none is stored yet — unless it only stands in (see #standsIn).
   */
  async startEditing(): Promise<void> {
    this.#editable = true;
    const recovered = this.#recoverUnsavedChange();
    // What the last editing tab had typed and not yet as a value: shown and counted again.
    this.#drafts = loadDrafts(this.#document);
    if (this.#drafts.length > 0) this.#validate();
    await this.#writeFirstOrRecovered(recovered);
    this.#emit('change');
  }

  /**
   * Writes what a tab that starts editing holds: an edit it recovered, or a first document that is to
   * be kept — a stand-in too once a field holds a draft, which is a change (see #draftsChanged).
   */
  async #writeFirstOrRecovered(recovered: boolean): Promise<void> {
    const firstToKeep = this.#revision === 0 && (!this.#standsIn || this.#drafts.length > 0);
    if (recovered || firstToKeep) await this.#write();
    else if (this.#revision === 0) this.#setSave({ kind: 'not-yet-saved' });
  }

  /** Another tab edits now: this one stops writing. */
  stopEditing(): void {
    this.#editable = false;
    this.#emit('change');
  }

  /**
   * Takes over from another tab: reads what that tab saved last (with an edit it kept on leaving put
   * back), and claims it with a write of its own, so any write the other tab still has in flight is
   * refused as stale.
   */
  async takeOver(): Promise<void> {
    const stored = await this.database.readWorkingDocument();
    if (stored) {
      this.#document = stored.document;
      this.#revision = stored.revision;
      this.#goneThemeStored = stored.goneTheme !== undefined;
    }
    const recovered = this.#recoverUnsavedChange();
    this.#drafts = loadDrafts(this.#document);
    this.#undo = [];
    this.#redo = [];
    this.#validate();
    this.#editable = true;
    // Something stored: claimed with a write of this tab's own. Nothing stored: as a first start.
    if (stored) await this.#write();
    else await this.#writeFirstOrRecovered(recovered);
    this.#emit('change');
  }

  /** Shows what the editing tab saved, while this tab is read-only. */
  async reloadFromStorage(): Promise<void> {
    if (this.#editable) return;
    const stored = await this.database.readWorkingDocument();
    if (!stored || stored.revision === this.#revision) return;
    this.#document = stored.document;
    this.#revision = stored.revision;
    this.#goneThemeStored = stored.goneTheme !== undefined;
    this.#validate();
    this.#emit('change');
  }

  /** Sets one value; typing in one field makes one undo step. */
  set(path: Path, value: unknown): void {
    this.#commit(setIn(this.#document, path, value), path.join('.'), { path: [...path] });
  }

  /**
   * Replaces the value at `path` with what `update` makes of it: adding, removing, moving list items.
   * `about` says more of the step, for undo and redo (see `StepSubject`).
   */
  change(path: Path, update: (old: unknown) => unknown, about: Omit<StepSubject, 'path'> = {}): void {
    this.#commit(updateIn(this.#document, path, update), undefined, { ...about, path: [...path] });
  }

  /**
   * Replaces the whole document (an import, a restored version) as one undoable step; `description`
   * names it for what undo and redo say ("Import von „strategie.json“").
   */
  replace(document: StrategyDocument, description?: string): void {
    this.#commit(document, undefined, description === undefined ? {} : { description });
  }

  /** Undoes the last step; says what it changed, or undefined when there was nothing to undo. */
  undo(): StepSubject | undefined {
    // A read-only tab keeps its history untouched (popping first would lose a step).
    if (!this.#editable) return undefined;
    const entry = this.#undo.pop();
    if (entry === undefined) return undefined;
    const redoEntry = { document: this.#document, drafts: this.#drafts, subject: entry.subject, returned: [] as readonly Draft[] };
    this.#redo.push(redoEntry);
    this.#lastEdit = undefined;
    redoEntry.returned = this.#bringBackDrafts(entry.drafts);
    this.#apply(entry.document);
    return entry.subject;
  }

  /** Redoes the last undone step; says what it changed, or undefined when there was nothing to redo. */
  redo(): StepSubject | undefined {
    if (!this.#editable) return undefined;
    const next = this.#redo.pop();
    if (next === undefined) return undefined;
    this.#undo.push({ document: this.#document, drafts: this.#drafts, coalesceKey: undefined, at: 0, subject: next.subject });
    this.#lastEdit = undefined;
    // The step had ended them ("70 %" read as 70 when "Prozent" was chosen): they end again, unless
    // their text was changed since. (A draft whose value the step changes would end by itself; one
    // whose value it keeps would not.)
    const returned = new Set(next.returned.map((draft) => `${fieldKeyOf(draft)}\n${draft.text}`));
    const kept = this.#drafts.filter((draft) => !returned.has(`${fieldKeyOf(draft)}\n${draft.text}`));
    if (kept.length !== this.#drafts.length) {
      this.#drafts = kept;
      this.#draftsReturned = true;
    }
    this.#bringBackDrafts(next.drafts);
    this.#apply(next.document);
    return next.subject;
  }

  /**
   * Adds the drafts a history step had to the current ones, where their field has none now; applying
   * the step's document then keeps those whose field is there with the value they began on. The
   * current drafts come first: text typed since the step stays.
   */
  #bringBackDrafts(drafts: readonly Draft[]): readonly Draft[] {
    const places = new Set(this.#drafts.map(fieldKeyOf));
    const returning = drafts.filter((draft) => !places.has(fieldKeyOf(draft)));
    if (returning.length === 0) return returning;
    this.#drafts = [...this.#drafts, ...returning];
    this.#draftsReturned = true;
    return returning;
  }

  #commit(next: StrategyDocument, coalesceKey: string | undefined, subject: StepSubject): void {
    if (!this.#editable || next === this.#document) return;
    const now = Date.now();
    const last = this.#lastEdit;
    const continuesTyping = coalesceKey !== undefined && last?.coalesceKey === coalesceKey && now - last.at < coalesceWindowMs;
    if (continuesTyping) {
      last.at = now;
    } else {
      const entry = { document: this.#document, drafts: this.#drafts, coalesceKey, at: now, subject };
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
    // A draft whose field the document changed (undo, an import) or whose item is gone ends here.
    const drafts = followDocument(this.#drafts, this.#document);
    if ((drafts.length !== this.#drafts.length || this.#draftsReturned) && this.#editable) keepDrafts(drafts);
    this.#draftsReturned = false;
    this.#drafts = drafts;
    const result = validateDocument(this.#document, this.#language);
    this.#problems = withDrafts(result.ok ? [] : result.problems, this.#drafts, this.#document, this.#language);
  }

  /** Writes the current document; while a write runs, the next waits and then writes the latest. */
  async #write(): Promise<void> {
    if (this.#writeUnderWay) {
      this.#pendingWrite = true;
      return;
    }
    this.#writeUnderWay = this.#writeOnce();
    try {
      await this.#writeUnderWay;
    } finally {
      this.#writeUnderWay = undefined;
    }
    if (this.#pendingWrite && this.#save.kind !== 'failed') await this.#write();
  }

  /** One write of the current document; never rejects: a failure becomes the save state. */
  async #writeOnce(): Promise<void> {
    this.#pendingWrite = false;
    // After a failure, each edit tries again, quietly: the failure stays shown until a write succeeds.
    // Switching to "saving" would take the alert away and bring it back, read out again, with every key.
    if (this.#save.kind !== 'failed') this.#setSave({ kind: 'saving' });
    try {
      const written = await this.database.writeWorkingDocument(this.#document, this.#revision);
      this.#revision = written.revision;
      this.#standsIn = false;
      this.#goneThemeStored = false;
      // Cleared only once nothing newer waits: the page may have kept a newer change while this was written.
      if (this.#holdsUnsavedChange && !this.#pendingWrite) this.#clearUnsavedChange();
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
    }
  }

  /**
   * Tries the failed write again (after the user freed space, say); resolves to whether it is saved
   * now. A write that typing started may be running: its outcome is waited for first, and the write
   * is tried again only if that one failed too.
   */
  async retrySave(): Promise<boolean> {
    while (this.#writeUnderWay) await this.#writeUnderWay;
    if (this.#editable && this.#save.kind === 'failed') await this.#write();
    return this.#save.kind === 'saved';
  }

  #stashUnsavedChange(): void {
    // Nothing to keep when everything is written, or when nothing was changed yet (a stand-in not stored on purpose).
    const upToDate = this.#save.kind === 'saved' || this.#save.kind === 'not-yet-saved';
    if (!this.#editable || (upToDate && !this.#pendingWrite)) return;
    try {
      // `writing`: a write of an earlier state may still land after the page is gone, as revision
      // basedOn + 1; the kept edit is newer than that write and still counts on top of it.
      const kept: KeptEdit = { basedOn: this.#revision, writing: this.#writeUnderWay !== undefined, document: this.#document };
      localStorage.setItem(unsavedChangeKey, JSON.stringify(kept));
    } catch {
      // Storage full or unavailable: nothing more can be done while the page goes away.
    }
  }

  /**
   * Puts back the change a page kept on leaving, if it was made on top of the stored document; says
   * whether it did. Called only by the tab that edits, which then writes it; the kept copy stays
   * until that write succeeds, so a failed write or a crash on the way loses nothing.
   */
  #recoverUnsavedChange(): boolean {
    let stashed: string | null;
    try {
      stashed = localStorage.getItem(unsavedChangeKey);
    } catch {
      // localStorage refused (site data blocked for it alone): nothing was kept there either.
      return false;
    }
    if (stashed === null) return false;
    try {
      const { basedOn, writing, document } = JSON.parse(stashed) as KeptEdit;
      // Only an edit made on top of what is stored, or on top of the write that was running when the
      // page left; anything else is older than the stored document.
      // (It may fail validation — a field emptied while typing — as the stored one may: both are drafts.)
      const onTopOfStored = basedOn === this.#revision || (writing === true && basedOn + 1 === this.#revision);
      if (onTopOfStored) {
        // Kept by an earlier version of the app, it is brought up to date as the stored one is; in a
        // newer format, it is left for a version that can read it, never deleted here. A damaged one
        // is dropped below: written over the stored document, it would stop every later start.
        const format = inCurrentFormat(document);
        if (!format.ok && format.version !== undefined) return false;
        if (format.ok) {
          this.#document = format.document;
          this.#holdsUnsavedChange = true;
          this.#validate();
          return true;
        }
      }
    } catch {
      // A damaged stash is dropped below; the stored document stands.
    }
    this.#clearUnsavedChange();
    return false;
  }

  #clearUnsavedChange(): void {
    this.#holdsUnsavedChange = false;
    try {
      localStorage.removeItem(unsavedChangeKey);
    } catch {
      // Storage unavailable: the kept change is then outdated by the write and dropped on the next load.
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
