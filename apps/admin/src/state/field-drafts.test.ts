import { createExampleDocument } from '@muenchen-digital/content';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DocumentDatabase } from '../storage/database.js';
import { DocumentStore } from './document-store.js';

/**
 * A number field holding "ca. 1,6" — text that is not a number yet — is a draft: the document keeps
 * the value it had, the draft is one of the document's problems (so it is counted, listed, and
 * publishing waits for it), it outlives a reload, and it follows its key figure through the list.
 */
const opened: DocumentDatabase[] = [];
const value = (group: number, figure: number) => ['keyFigures', 'groups', group, 'figures', figure, 'value'];
const pathText = (group: number, figure: number) => `keyFigures.groups[${group}].figures[${figure}].value`;

async function openEditingStore(name = `admin-drafts-test-${crypto.randomUUID()}`) {
  const database = await DocumentDatabase.open(name);
  opened.push(database);
  const store = await DocumentStore.open(database, createExampleDocument);
  await store.startEditing();
  return { store, name };
}

async function settled(store: DocumentStore) {
  await vi.waitFor(() => expect(store.saveState.kind).not.toBe('saving'));
}

beforeEach(() => localStorage.clear());
afterEach(() => {
  for (const database of opened.splice(0)) database.close();
});

describe('a field draft', () => {
  it('is a problem of the document, which keeps its value, and says which value stays', async () => {
    const { store } = await openEditingStore();
    const before = store.document;
    expect(store.problems).toEqual([]);

    store.setDraft(value(0, 0), '2.000.000,5x');

    expect(store.document).toBe(before);
    expect(store.draftAt(value(0, 0))).toBe('2.000.000,5x');
    expect(store.problems).toEqual([
      { path: pathText(0, 0), message: 'Geben Sie eine Zahl ein, zum Beispiel 1600000, 1,6 Mio. oder 49,5; „rund“ oder „mehr als“ wählen Sie unter „Genauigkeit“. Bis dahin bleibt der vorige Wert 1600000 gespeichert.' },
    ]);

    // A number again: the draft ends and the value is set.
    store.dropDraft(value(0, 0));
    store.set(value(0, 0), 2_000_000.5);
    expect(store.problems).toEqual([]);
    expect(store.draftAt(value(0, 0))).toBeUndefined();
    expect(store.document.keyFigures.groups[0]!.figures[0]!.value).toBe(2_000_000.5);
    await settled(store);
  });

  it('of a field never filled names no previous value, also once text is typed, and through a reload', async () => {
    const { store, name } = await openEditingStore();
    // As the form adds a key figure: the document holds the stand-in 0, the field shows nothing.
    const figures = store.document.keyFigures.groups[0]!.figures.length;
    store.change(['keyFigures', 'groups', 0, 'figures'], (old) => [...(old as unknown[]), { ...store.document.keyFigures.groups[0]!.figures[0]!, id: 'neu', value: 0 }]);
    store.setDraft(value(0, figures), '', { unfilled: true });
    const unfilled = { path: pathText(0, figures), message: 'Geben Sie eine Zahl ein, zum Beispiel 1600000, 1,6 Mio. oder 49,5; „rund“ oder „mehr als“ wählen Sie unter „Genauigkeit“. Das Feld wird erst mit einer Zahl gespeichert.' };
    expect(store.problems).toEqual([unfilled]);

    store.setDraft(value(0, figures), 'zwölf');
    expect(store.problems, 'not "the previous value 0 stays"').toEqual([unfilled]);
    await settled(store);

    const { store: reloaded } = await openEditingStore(name);
    expect(reloaded.problems).toEqual([unfilled]);
  });

  it('counts once per field, in the order of the document, among the other problems', async () => {
    const { store } = await openEditingStore();
    store.set(['organisation', 'city'], '');
    store.set(['contact', 'email'], 'kein-at-zeichen');
    store.setDraft(value(1, 0), 'ca. 1,6');
    store.setDraft(value(1, 0), 'ca. 1,');

    expect(store.problems.map((problem) => problem.path)).toEqual(['organisation.city', pathText(1, 0), 'contact.email']);
    await settled(store);
  });

  it('outlives a reload: the next store that edits shows and counts it again', async () => {
    const { store, name } = await openEditingStore();
    store.setDraft(value(0, 1), '70 %');
    await settled(store);

    const { store: reloaded } = await openEditingStore(name);
    expect(reloaded.draftAt(value(0, 1))).toBe('70 %');
    expect(reloaded.problems.map((problem) => problem.path)).toEqual([pathText(0, 1)]);
    expect(reloaded.document.keyFigures.groups[0]!.figures[1]!.value).toBe(store.document.keyFigures.groups[0]!.figures[1]!.value);
  });

  it('follows its key figure when the list is reordered, and ends with it when it is removed', async () => {
    const { store } = await openEditingStore();
    store.setDraft(value(0, 1), 'x');
    store.change(['keyFigures', 'groups', 0, 'figures'], (figures) => [...(figures as unknown[])].reverse());
    const count = store.document.keyFigures.groups[0]!.figures.length;
    expect(store.draftAt(value(0, count - 2))).toBe('x');
    expect(store.problems.map((problem) => problem.path)).toEqual([pathText(0, count - 2)]);

    store.change(['keyFigures', 'groups', 0, 'figures'], (figures) => (figures as unknown[]).filter((_, index) => index !== count - 2));
    expect(store.drafts).toEqual([]);
    expect(store.problems).toEqual([]);
    expect(localStorage.getItem('muenchen-digital-admin/field-drafts')).toBeNull();
    await settled(store);
  });

  it('ends when the document changes the value under it (undo): the field then shows the value that counts', async () => {
    const { store } = await openEditingStore();
    store.set(value(0, 0), 5);
    store.setDraft(value(0, 0), '5x');
    store.undo();
    expect(store.drafts).toEqual([]);
    expect(store.problems).toEqual([]);
    await settled(store);
  });

  it('is not kept by a tab that only reads', async () => {
    const database = await DocumentDatabase.open(`admin-drafts-test-${crypto.randomUUID()}`);
    opened.push(database);
    const readOnly = await DocumentStore.open(database, createExampleDocument);
    readOnly.setDraft(value(0, 0), 'x');
    expect(readOnly.drafts).toEqual([]);
    expect(localStorage.length).toBe(0);
  });
});
