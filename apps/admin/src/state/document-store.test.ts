import { createExampleDocument, currentSchemaVersion, type StrategyDocument } from '@muenchen-digital/content';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import formatOneDocument from '../../../../packages/content/test/fixtures/strategy-document-v1.json';
import { exampleTheme } from '../offered-themes.js';
import { DocumentDatabase } from '../storage/database.js';
import { DocumentStore } from './document-store.js';

/**
 * The store against real IndexedDB: undo and redo (typing in one field is one step), what happens
 * when another tab wrote first, to an edit kept when a page goes away before writing it, and when
 * the browser refuses to store more.
 */
const opened: DocumentDatabase[] = [];
const uniqueName = () => `admin-store-test-${crypto.randomUUID()}`;

async function openDatabase(name = uniqueName()) {
  const database = await DocumentDatabase.open(name);
  opened.push(database);
  return database;
}

async function openEditingStore(database: DocumentDatabase) {
  const store = await DocumentStore.open(database, createExampleDocument);
  await store.startEditing();
  return store;
}

/** Waits until every write the store has started or queued has finished, one way or the other. */
async function settled(store: DocumentStore) {
  await vi.waitFor(() => expect(store.saveState.kind).not.toBe('saving'));
}

/** A database whose writes fail as a full disk makes them fail, while `full` is true. */
function withQuota(database: DocumentDatabase) {
  const quota = { full: false };
  const wrapper = Object.create(database) as DocumentDatabase;
  wrapper.writeWorkingDocument = (document: StrategyDocument, basedOn: number) =>
    quota.full
      ? Promise.reject(new DOMException('The quota has been exceeded.', 'QuotaExceededError'))
      : database.writeWorkingDocument(document, basedOn);
  return { database: wrapper, quota };
}

/** A database whose writes can be held back (`hold()`) until `release()`: an edit not yet in IndexedDB. */
function withWritesHeld(database: DocumentDatabase) {
  let heldUntil: Promise<void> | undefined;
  let release = () => {};
  const wrapper = Object.create(database) as DocumentDatabase;
  wrapper.writeWorkingDocument = async (document: StrategyDocument, basedOn: number) => {
    await heldUntil;
    return database.writeWorkingDocument(document, basedOn);
  };
  const hold = () => {
    heldUntil = new Promise((resolve) => (release = resolve));
  };
  return { database: wrapper, hold, release: () => release() };
}

/**
 * The editing tab types, and its page goes away (a reload, a closed tab) before the write of what it
 * typed reached IndexedDB: the tab keeps the edit for the next load. `release` lets the held write go.
 */
async function editAndLeaveBeforeTheWrite(name: string, keyMessage: string) {
  const writes = withWritesHeld(await openDatabase(name));
  const leaving = await openEditingStore(writes.database);
  await settled(leaving);
  writes.hold();
  leaving.set(['keyMessage'], keyMessage);
  dispatchEvent(new PageTransitionEvent('pagehide'));
  return { leaving, release: writes.release };
}

async function storedKeyMessage(name: string) {
  return (await (await openDatabase(name)).readWorkingDocument())?.document.keyMessage;
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  vi.restoreAllMocks();
  for (const database of opened.splice(0)) database.close();
});

describe('DocumentStore undo and redo', () => {
  it('makes typing in one field one undo step, and another field another step', async () => {
    const store = await openEditingStore(await openDatabase());
    const original = store.document.hero.title;

    for (const typed of ['N', 'Ne', 'Neu']) store.set(['hero', 'title'], typed);
    store.set(['hero', 'subtitle'], 'Anders');

    expect(store.document.hero.subtitle).toBe('Anders');
    store.undo();
    expect(store.document.hero.subtitle).not.toBe('Anders');
    expect(store.document.hero.title).toBe('Neu');
    store.undo();
    expect(store.document.hero.title).toBe(original);
    expect(store.canUndo).toBe(false);

    store.redo();
    expect(store.document.hero.title).toBe('Neu');
    store.redo();
    expect(store.document.hero.subtitle).toBe('Anders');
    expect(store.canRedo).toBe(false);
    await settled(store);
  });

  it("brings a new key figure's empty value back with the figure: undoing its removal, redoing its addition", async () => {
    const store = await openEditingStore(await openDatabase());
    const figures = ['keyFigures', 'groups', 0, 'figures'] as const;
    const count = (store.document.keyFigures.groups[0]!.figures).length;
    const value = [...figures, count, 'value'];
    // As the form adds a figure: the item, with its number field an unfilled draft (the document holds 0).
    store.change([...figures], (old) => [...(old as unknown[]), { ...store.document.keyFigures.groups[0]!.figures[0]!, id: 'neu', value: 0 }]);
    store.setDraft(value, '', { unfilled: true });
    const unfilled = () => store.drafts.filter((draft) => draft.unfilled && JSON.stringify(draft.path) === JSON.stringify(value));
    expect(unfilled()).toHaveLength(1);

    store.undo();
    expect(unfilled()).toHaveLength(0);
    store.redo();
    expect(store.document.keyFigures.groups[0]!.figures).toHaveLength(count + 1);
    expect(unfilled(), 'redone, the figure still has no value to publish').toHaveLength(1);
    expect(store.problems.some((problem) => problem.path === `keyFigures.groups[0].figures[${count}].value`)).toBe(true);

    store.change([...figures], (old) => (old as unknown[]).slice(0, -1));
    expect(unfilled()).toHaveLength(0);
    store.undo();
    expect(unfilled(), 'its removal undone, the figure still has no value').toHaveLength(1);
    await settled(store);
  });

  it('keeps one draft per field when undo brings back a draft of a figure moved since', async () => {
    const store = await openEditingStore(await openDatabase());
    const figures = ['keyFigures', 'groups', 0, 'figures'] as const;
    store.setDraft([...figures, 1, 'value'], 'ca. 1,6');
    // The figure moves to the top (one step), and its draft is typed on there.
    store.change([...figures], (old) => {
      const list = [...(old as unknown[])];
      return [list[1], list[0], ...list.slice(2)];
    });
    store.setDraft([...figures, 0, 'value'], 'ca. 1,7');

    store.undo();

    expect(store.drafts.map(({ path, text }) => ({ path, text }))).toEqual([{ path: [...figures, 1, 'value'], text: 'ca. 1,7' }]);
    await settled(store);
  });

  it('says what each undo and redo changed, and nothing when there is nothing to undo or redo', async () => {
    const store = await openEditingStore(await openDatabase());
    expect(store.undo()).toBeUndefined();
    expect(store.redo()).toBeUndefined();

    for (const typed of ['N', 'Ne', 'Neu']) store.set(['hero', 'title'], typed);
    store.change(['sovereignty', 'terms'], (terms) => [...(terms as string[]), 'Offen']);
    store.replace(createExampleDocument(), 'Import von „strategie.json“');
    store.replace(createExampleDocument());

    expect(store.undo()).toEqual({});
    expect(store.undo()).toEqual({ description: 'Import von „strategie.json“' });
    expect(store.undo()).toEqual({ path: ['sovereignty', 'terms'] });
    expect(store.undo()).toEqual({ path: ['hero', 'title'] });
    expect(store.undo()).toBeUndefined();

    expect(store.redo()).toEqual({ path: ['hero', 'title'] });
    expect(store.redo()).toEqual({ path: ['sovereignty', 'terms'] });
    expect(store.redo()).toEqual({ description: 'Import von „strategie.json“' });
    expect(store.redo()).toEqual({});
    expect(store.redo()).toBeUndefined();
    await settled(store);
  });

  it('starts a new step when typing pauses longer than the coalescing window', async () => {
    const store = await openEditingStore(await openDatabase());
    let now = Date.now();
    vi.spyOn(Date, 'now').mockImplementation(() => now);

    store.set(['hero', 'title'], 'Erste');
    now += 5_000;
    store.set(['hero', 'title'], 'Erste Pause');

    store.undo();
    expect(store.document.hero.title).toBe('Erste');
    await settled(store);
  });

  it('ends again on redo a draft that the step had ended while keeping its value ("70 %" with "Prozent" chosen)', async () => {
    const store = await openEditingStore(await openDatabase());
    const figure = ['keyFigures', 'groups', 0, 'figures', 0] as const;
    const value = [...figure, 'value'];
    store.set(value, 70);
    store.setDraft(value, '70 %');
    // As the form does when "Prozent" is chosen: unit and value in one step, the draft ended.
    store.change([...figure], (old) => ({ ...(old as object), unit: 'percent', value: 70 }));
    store.dropDraft(value);
    expect(store.draftAt(value)).toBeUndefined();

    store.undo();
    expect(store.document.keyFigures.groups[0]!.figures[0]!.unit).toBe('none');
    expect(store.draftAt(value)).toBe('70 %');
    store.redo();
    expect(store.document.keyFigures.groups[0]!.figures[0]!.unit).toBe('percent');
    expect(store.draftAt(value)).toBeUndefined();

    // A draft typed again after the undo is the person's own: redo leaves it.
    store.undo();
    store.setDraft(value, '70 %%');
    store.redo();
    expect(store.draftAt(value)).toBe('70 %%');
    await settled(store);
  });

  it('forgets the redo steps after a new edit', async () => {
    const store = await openEditingStore(await openDatabase());
    store.set(['keyMessage'], 'Eins');
    store.undo();
    expect(store.canRedo).toBe(true);
    store.set(['vision', 'heading'], 'Zwei');
    expect(store.canRedo).toBe(false);
    await settled(store);
  });

  it('forgets the oldest steps past 200, never the newest', async () => {
    const store = await openEditingStore(await openDatabase());
    // Two fields in turn: each edit is a step of its own.
    for (let step = 1; step <= 201; step += 1) store.set(step % 2 === 0 ? ['keyMessage'] : ['hero', 'title'], `Schritt ${step}`);
    store.undo();
    expect([store.document.hero.title, store.document.keyMessage]).toEqual(['Schritt 199', 'Schritt 200']);
    let undone = 1;
    while (store.canUndo) {
      store.undo();
      undone += 1;
    }
    expect(undone).toBe(200);
    // Back to the state after the first edit: the step before it is the one forgotten.
    expect(store.document.hero.title).toBe('Schritt 1');
    await settled(store);
  });

  it('writes the last of several edits made while a write was under way', async () => {
    const name = uniqueName();
    const writes = withWritesHeld(await openDatabase(name));
    const store = await openEditingStore(writes.database);
    await settled(store);
    writes.hold();
    store.set(['keyMessage'], 'Eins');
    store.set(['hero', 'title'], 'Zwei');
    store.set(['vision', 'heading'], 'Drei');
    writes.release();
    await settled(store);
    const stored = (await (await openDatabase(name)).readWorkingDocument())?.document;
    expect([stored?.keyMessage, stored?.hero.title, stored?.vision.heading]).toEqual(['Eins', 'Zwei', 'Drei']);
  });

  it('writes the undone state too, so a reload shows it', async () => {
    const name = uniqueName();
    const store = await openEditingStore(await openDatabase(name));
    const original = store.document.keyMessage;
    store.set(['keyMessage'], 'Vorübergehend');
    await settled(store);
    store.undo();
    await settled(store);

    const reread = await (await openDatabase(name)).readWorkingDocument();
    expect(reread?.document.keyMessage).toBe(original);
  });
});

describe('DocumentStore and a first document that only stands in', () => {
  // The example, opened because the installation's start document could not be loaded: stored only
  // once it is changed, so that until then every start tries the start document again.
  const openStandIn = async (name: string) => DocumentStore.open(await openDatabase(name), createExampleDocument, { firstDocumentStandsIn: () => true });
  const storedIn = async (name: string) => (await openDatabase(name)).readWorkingDocument();

  it('writes nothing until the first change, says so, and then saves as always', async () => {
    const name = uniqueName();
    const store = await openStandIn(name);
    await store.startEditing();
    expect(store.saveState).toEqual({ kind: 'not-yet-saved' });
    expect(await storedIn(name)).toBeUndefined();

    store.set(['keyMessage'], 'Die erste Änderung');
    await settled(store);
    expect(store.saveState.kind).toBe('saved');
    expect((await storedIn(name))?.document.keyMessage).toBe('Die erste Änderung');
  });

  it('counts a draft typed into a number field as a change: the document is kept, the value before the draft in it', async () => {
    const name = uniqueName();
    const store = await openStandIn(name);
    await store.startEditing();
    const value = ['keyFigures', 'groups', 0, 'figures', 0, 'value'];
    store.setDraft(value, 'ca. 1,6');
    await settled(store);
    expect(store.saveState.kind).toBe('saved');
    expect((await storedIn(name))?.document.keyFigures.groups[0]?.figures[0]?.value).toBe(createExampleDocument().keyFigures.groups[0]?.figures[0]?.value);
  });

  it('stays unwritten when a read-only tab that also only has the stand-in takes over', async () => {
    const name = uniqueName();
    const editing = await openStandIn(name);
    await editing.startEditing();
    const reading = await openStandIn(name);
    await reading.takeOver();
    expect(reading.editable).toBe(true);
    expect(reading.saveState).toEqual({ kind: 'not-yet-saved' });
    expect(await storedIn(name)).toBeUndefined();
  });

  it('is written at once when it is the document to keep', async () => {
    const name = uniqueName();
    await openEditingStore(await openDatabase(name));
    expect((await storedIn(name))?.revision).toBe(1);
  });
});

describe('DocumentStore and a stored document whose theme is no longer built', () => {
  // A city renamed or removed a theme folder that the stored document names: it opens in the
  // example's theme, and what is stored changes only with the next edit.
  /** A new database holding the example in the theme "beispielstadt", which no tokens build makes; its name. */
  const storedInGoneTheme = async () => {
    const name = uniqueName();
    const inGoneTheme = createExampleDocument();
    (inGoneTheme.organisation as { theme: string }).theme = 'beispielstadt';
    await (await openDatabase(name)).writeWorkingDocument(inGoneTheme, 0);
    return name;
  };

  it('opens it, naming the theme it had, writes nothing until a change, and then stores it in the theme it shows', async () => {
    const name = await storedInGoneTheme();

    const store = await openEditingStore(await openDatabase(name));
    expect(store.goneTheme).toBe('beispielstadt');
    expect(store.goneThemeStillStored).toBe(true);
    expect(store.document.organisation.theme).toBe(exampleTheme());
    expect(store.problems).toEqual([]);
    expect((await (await openDatabase(name)).readWorkingDocument())?.revision).toBe(1);

    store.set(['keyMessage'], 'Nach der Änderung');
    await settled(store);
    expect(store.goneThemeStillStored).toBe(false);
    const stored = await (await openDatabase(name)).readWorkingDocument();
    expect(stored?.document.organisation.theme).toBe(exampleTheme());
    expect(stored).not.toHaveProperty('goneTheme');
  });

  it('says it is no longer stored so once another tab took over (a takeover writes) and a read-only tab reloaded it', async () => {
    const name = await storedInGoneTheme();

    const first = await openEditingStore(await openDatabase(name));
    const second = await DocumentStore.open(await openDatabase(name), createExampleDocument);
    expect(second.goneThemeStillStored).toBe(true);
    await second.takeOver();
    expect(second.goneThemeStillStored).toBe(false);
    expect((await (await openDatabase(name)).readWorkingDocument())?.document.organisation.theme).toBe(exampleTheme());

    first.stopEditing();
    await first.reloadFromStorage();
    expect(first.goneThemeStillStored).toBe(false);
  });
});

describe('DocumentStore with two tabs', () => {
  it('refuses the write of a tab that lost the race, stops it editing, and leaves the stored document alone', async () => {
    const name = uniqueName();
    const firstTab = await openEditingStore(await openDatabase(name));
    await settled(firstTab);
    // The second tab opens the same stored document and (say, without Web Locks) edits too.
    const secondTab = await openEditingStore(await openDatabase(name));
    secondTab.set(['keyMessage'], 'Aus dem zweiten Tab');
    await settled(secondTab);
    expect(secondTab.saveState.kind).toBe('saved');

    firstTab.set(['keyMessage'], 'Aus dem ersten Tab');
    await settled(firstTab);

    expect(firstTab.saveState).toEqual({ kind: 'failed', reason: 'stale' });
    expect(firstTab.editable).toBe(false);
    const stored = await (await openDatabase(name)).readWorkingDocument();
    expect(stored?.document.keyMessage).toBe('Aus dem zweiten Tab');

    // Nothing more the first tab tries gets through.
    firstTab.set(['keyMessage'], 'Noch ein Versuch');
    expect(firstTab.document.keyMessage).toBe('Aus dem ersten Tab');
  });

  it('a read-only tab changes nothing, and takes over with what the other tab saved', async () => {
    const name = uniqueName();
    const editing = await openEditingStore(await openDatabase(name));
    const reading = await DocumentStore.open(await openDatabase(name), createExampleDocument);
    reading.set(['keyMessage'], 'Soll nicht gehen');
    expect(reading.document.keyMessage).not.toBe('Soll nicht gehen');

    editing.set(['keyMessage'], 'Im ersten Tab gespeichert');
    await settled(editing);
    await reading.takeOver();
    expect(reading.document.keyMessage).toBe('Im ersten Tab gespeichert');

    // The first tab's next write is now stale.
    editing.set(['keyMessage'], 'Zu spät');
    await settled(editing);
    expect(editing.saveState).toEqual({ kind: 'failed', reason: 'stale' });
  });
});

describe('DocumentStore and an edit kept when the page went away before writing it', () => {
  it('a read-only tab leaves the kept edit alone, and applies, saves and clears it when it takes over', async () => {
    const name = uniqueName();
    const typed = 'Getippt, noch nicht gespeichert';
    const { leaving, release } = await editAndLeaveBeforeTheWrite(name, typed);
    const stored = await storedKeyMessage(name);
    expect(stored, 'the edit has not reached IndexedDB').not.toBe(typed);

    const reading = await DocumentStore.open(await openDatabase(name), createExampleDocument);
    // It shows what is stored, not an edit it could not save.
    expect(reading.document.keyMessage).toBe(stored);

    await reading.takeOver();
    expect(reading.document.keyMessage).toBe(typed);
    expect(reading.saveState.kind).toBe('saved');
    expect(await storedKeyMessage(name)).toBe(typed);
    expect(localStorage.length, 'the kept edit is cleared once saved').toBe(0);

    // The held write of the page that went away is refused: it builds on an older revision.
    release();
    await settled(leaving);
    expect(leaving.saveState).toEqual({ kind: 'failed', reason: 'stale' });
  });

  it('the next tab that edits gets the kept edit, even after a read-only tab opened in between', async () => {
    const name = uniqueName();
    const typed = 'Vor dem Neuladen getippt';
    const { leaving, release } = await editAndLeaveBeforeTheWrite(name, typed);

    const reading = await DocumentStore.open(await openDatabase(name), createExampleDocument);
    const reloaded = await openEditingStore(await openDatabase(name));
    expect(reading.document.keyMessage).not.toBe(typed);
    expect(reloaded.document.keyMessage).toBe(typed);
    expect(reloaded.saveState.kind).toBe('saved');
    expect(await storedKeyMessage(name)).toBe(typed);
    expect(localStorage.length, 'the kept edit is cleared once saved').toBe(0);

    release();
    await settled(leaving);
  });
});

describe('DocumentStore and a kept edit older than the stored document', () => {
  it.each([false, true])('drops it (a write under way when it was kept: %s): another tab wrote since, and its work stands', async (writing) => {
    const name = uniqueName();
    const database = await openDatabase(name);
    let revision = 0;
    for (const keyMessage of ['Eins', 'Zwei', 'Drei']) revision = (await database.writeWorkingDocument({ ...createExampleDocument(), keyMessage }, revision)).revision;
    expect(revision).toBe(3);
    localStorage.setItem('muenchen-digital-admin/unsaved-change', JSON.stringify({ basedOn: 1, writing, document: { ...createExampleDocument(), keyMessage: 'Alt' } }));

    const store = await openEditingStore(await openDatabase(name));
    await settled(store);
    expect(store.document.keyMessage).toBe('Drei');
    expect(localStorage.getItem('muenchen-digital-admin/unsaved-change')).toBeNull();
    expect(await (await openDatabase(name)).readWorkingDocument()).toMatchObject({ revision: 3, document: { keyMessage: 'Drei' } });
  });
});

describe('DocumentStore and what an earlier version of the app stored', () => {
  it('brings an edit kept in format 1 up to date, applies and saves it in the current format', async () => {
    const name = uniqueName();
    await (await openDatabase(name)).writeWorkingDocument(createExampleDocument(), 0);
    const keptEdit = { ...formatOneDocument, keyMessage: 'Vor dem Update getippt' };
    localStorage.setItem('muenchen-digital-admin/unsaved-change', JSON.stringify({ basedOn: 1, writing: false, document: keptEdit }));

    const store = await openEditingStore(await openDatabase(name));
    expect(store.document.keyMessage).toBe('Vor dem Update getippt');
    expect(store.document.schemaVersion).toBe(currentSchemaVersion);
    expect(store.document.organisation.city).toBe(formatOneDocument.brand.city);
    await settled(store);
    const stored = (await (await openDatabase(name)).readWorkingDocument())?.document;
    expect(stored?.keyMessage).toBe('Vor dem Update getippt');
    expect(stored).not.toHaveProperty('brand');
  });
});

describe('DocumentStore and an edit kept by a newer version of the app', () => {
  it('leaves it alone: not applied, and still kept for a version that can read it', async () => {
    const name = uniqueName();
    await (await openDatabase(name)).writeWorkingDocument(createExampleDocument(), 0);
    const kept = JSON.stringify({ basedOn: 1, writing: false, document: { ...createExampleDocument(), schemaVersion: currentSchemaVersion + 1 } });
    localStorage.setItem('muenchen-digital-admin/unsaved-change', kept);

    const store = await openEditingStore(await openDatabase(name));
    await settled(store);
    expect(store.document).toEqual(createExampleDocument());
    expect(localStorage.getItem('muenchen-digital-admin/unsaved-change')).toBe(kept);
  });
});

describe('DocumentStore and a damaged kept edit', () => {
  it.each([
    ['a format version alone', { schemaVersion: currentSchemaVersion }],
    ['nothing', null],
    ['a document without its hero', Object.fromEntries(Object.entries(createExampleDocument()).filter(([key]) => key !== 'hero'))],
  ])('drops it (%s): the stored document stands, is not written over, and the next start opens it', async (_, damaged) => {
    const name = uniqueName();
    await (await openDatabase(name)).writeWorkingDocument(createExampleDocument(), 0);
    localStorage.setItem('muenchen-digital-admin/unsaved-change', JSON.stringify({ basedOn: 1, writing: false, document: damaged }));

    const store = await openEditingStore(await openDatabase(name));
    await settled(store);
    expect(store.document).toEqual(createExampleDocument());
    expect(localStorage.getItem('muenchen-digital-admin/unsaved-change')).toBeNull();
    const stored = await (await openDatabase(name)).readWorkingDocument();
    expect(stored).toMatchObject({ revision: 1, document: createExampleDocument() });
  });
});

describe('DocumentStore and an edit kept while an earlier write was still running', () => {
  it('keeps the newer edit when that write lands after the page went away', async () => {
    const name = uniqueName();
    const database = await openDatabase(name);
    // The first held write lands once released; every write after it never runs (the page is gone).
    const page = { holdNextWrite: undefined as Promise<void> | undefined, gone: false };
    const dying = Object.create(database) as DocumentDatabase;
    dying.writeWorkingDocument = async (document: StrategyDocument, basedOn: number) => {
      if (page.gone) return new Promise(() => {});
      const held = page.holdNextWrite;
      if (held) {
        page.gone = true;
        await held;
      }
      return database.writeWorkingDocument(document, basedOn);
    };
    const leaving = await openEditingStore(dying);
    await settled(leaving);
    let releaseFirstWrite = () => {};
    page.holdNextWrite = new Promise((resolve) => (releaseFirstWrite = resolve));

    leaving.set(['keyMessage'], 'Erster Teil');
    leaving.set(['keyMessage'], 'Erster Teil, dann mehr');
    dispatchEvent(new PageTransitionEvent('pagehide'));
    releaseFirstWrite();
    await vi.waitFor(async () => expect(await storedKeyMessage(name)).toBe('Erster Teil'));

    const reloaded = await openEditingStore(await openDatabase(name));
    expect(reloaded.document.keyMessage).toBe('Erster Teil, dann mehr');
    expect(await storedKeyMessage(name)).toBe('Erster Teil, dann mehr');
    expect(localStorage.length, 'the kept edit is cleared once saved').toBe(0);
  });
});

describe('DocumentStore when storage is full', () => {
  it('reports a quota failure, keeps the document in memory, and saves once space is back', async () => {
    const { database, quota } = withQuota(await openDatabase());
    const store = await openEditingStore(database);
    await settled(store);

    quota.full = true;
    store.set(['keyMessage'], 'Nur im Speicher');
    await settled(store);
    expect(store.saveState).toEqual({ kind: 'failed', reason: 'quota' });
    expect(store.document.keyMessage).toBe('Nur im Speicher');
    expect(store.editable).toBe(true);
    // Still editable, still failing: nothing is lost while typing goes on.
    store.set(['keyMessage'], 'Nur im Speicher, weiter');
    await settled(store);
    expect(store.document.keyMessage).toBe('Nur im Speicher, weiter');

    quota.full = false;
    await store.retrySave();
    expect(store.saveState.kind).toBe('saved');
    expect((await database.readWorkingDocument())?.document.keyMessage).toBe('Nur im Speicher, weiter');
  });

  it('waits, on "Erneut speichern", for a write that typing started, and tries again only if that one failed', async () => {
    const database = await openDatabase();
    // Writes fail while `failuresLeft` counts down, and each waits at `gate` while it is closed.
    let failuresLeft = 0;
    let gate: Promise<void> = Promise.resolve();
    let open = () => {};
    const wrapper = Object.create(database) as DocumentDatabase;
    wrapper.writeWorkingDocument = async (document: StrategyDocument, basedOn: number) => {
      await gate;
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      }
      return database.writeWorkingDocument(document, basedOn);
    };
    const store = await openEditingStore(wrapper);
    await settled(store);
    failuresLeft = 1;
    store.set(['keyMessage'], 'Eins');
    await vi.waitFor(() => expect(store.saveState.kind).toBe('failed'));

    // Typing starts a quiet write, held at the gate; it will fail once more.
    failuresLeft = 1;
    gate = new Promise((resolve) => (open = resolve));
    store.set(['keyMessage'], 'Zwei');
    const retried = store.retrySave();
    open();

    expect(await retried, 'the retry ran after the failed write, and saved').toBe(true);
    expect((await database.readWorkingDocument())?.document.keyMessage).toBe('Zwei');
  });
});
