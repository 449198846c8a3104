import { createExampleDocument } from '@muenchen-digital/content';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DocumentDatabase } from '../storage/database.js';
import { DocumentStore } from '../state/document-store.js';
import './strategy-form.js';

/**
 * The form against a real store: a key figure that cites a source the document no longer has (a
 * document stored before removing asked first, or a version saved then). Its select must say so,
 * not show "keine Quelle" — the browser's first option — which the error then asks to choose and
 * which, already shown as chosen, fires no change.
 */
const cleanUp: (() => void)[] = [];
afterEach(() => cleanUp.splice(0).forEach((step) => step()));

async function formWith(document: ReturnType<typeof createExampleDocument>) {
  const database = await DocumentDatabase.open(`admin-form-test-${crypto.randomUUID()}`);
  const store = new DocumentStore(database, document, 0, Date.now());
  await store.startEditing();
  const form = window.document.createElement('admin-strategy-form');
  form.store = store;
  window.document.body.append(form);
  await form.updateComplete;
  cleanUp.push(() => {
    form.remove();
    database.close();
  });
  return { form, store };
}

describe('a key figure whose source is gone', () => {
  it('shows the missing source as the chosen option, so choosing "keine Quelle" is a change', async () => {
    const document = createExampleDocument();
    document.sources.items = document.sources.items.filter((source) => source.id !== 'landeshauptstadt');
    const { form, store } = await formWith(document);
    const select = form.querySelector<HTMLSelectElement>('#field-keyFigures-groups-0-figures-0-sourceId')!;

    expect(select.value).toBe('landeshauptstadt');
    expect(select.selectedOptions[0]?.textContent?.trim()).toBe('Quelle „landeshauptstadt“ (entfernt)');
    expect([...select.options].find((option) => option.value === '')?.selected).toBe(false);
    // The error under it and the store agree with what the select shows.
    expect(store.problems.map((problem) => problem.path)).toContain('keyFigures.groups[0].figures[0].sourceId');

    select.value = '';
    select.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(store.document.keyFigures.groups[0]?.figures[0]?.sourceId).toBe(''));
    await form.updateComplete;
    // The placeholder goes once the figure cites something that exists, or nothing.
    expect([...select.options].map((option) => option.value)).toEqual(['', 'digital-index', 'landesamt', 'egovernment-monitor']);
    expect(select.value).toBe('');
  });

  it('shows a source that exists as it always did', async () => {
    const { form } = await formWith(createExampleDocument());
    const select = form.querySelector<HTMLSelectElement>('#field-keyFigures-groups-0-figures-0-sourceId')!;
    expect(select.value).toBe('landeshauptstadt');
    expect(select.selectedOptions[0]?.textContent?.trim()).toBe('2: Landeshauptstadt München');
    expect(select.options).toHaveLength(5);
  });
});
