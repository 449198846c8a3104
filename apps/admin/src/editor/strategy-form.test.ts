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

describe('choosing a logo file', () => {
  /** Chooses `file` in the logo's file field as the browser does, and returns what the form announced. */
  async function choose(form: HTMLElement, file: File): Promise<string[]> {
    const input = form.querySelector<HTMLInputElement>('#field-organisation-logo-file')!;
    const announced: string[] = [];
    form.addEventListener('announce', (event) => announced.push((event as CustomEvent<string>).detail));
    const transfer = new DataTransfer();
    transfer.items.add(file);
    input.files = transfer.files;
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await vi.waitFor(() => expect(announced).not.toEqual([]));
    return announced;
  }
  const refusedWithWrongFile = 'Logo nicht übernommen: Wählen Sie ein Bild im Format PNG, JPEG, WebP, GIF oder SVG mit höchstens 1 MB.';
  const errorText = (form: HTMLElement) => form.querySelector('#field-organisation-logo-error')?.textContent?.replace(/\s+/g, ' ').trim();

  it('says at once why a file is refused — not an image, over 1 MB, unreadable — and keeps the logo as it was', async () => {
    const { form, store } = await formWith(createExampleDocument());
    const logoBefore = store.document.organisation.logo;

    expect(await choose(form, new File(['kein Bild'], 'logo.txt', { type: 'text/plain' }))).toEqual([refusedWithWrongFile]);
    expect(await choose(form, new File([new Uint8Array(1024 * 1024 + 1)], 'gross.png', { type: 'image/png' }))).toEqual([refusedWithWrongFile]);
    // A file that cannot be read once chosen (moved away, a network drive gone).
    vi.spyOn(FileReader.prototype, 'readAsDataURL').mockImplementation(function (this: FileReader) {
      queueMicrotask(() => this.dispatchEvent(new ProgressEvent('error')));
    });
    expect(await choose(form, new File(['<svg xmlns="http://www.w3.org/2000/svg"/>'], 'weg.svg', { type: 'image/svg+xml' }))).toEqual([
      'Logo nicht übernommen: Die Datei ließ sich nicht lesen. Wählen Sie sie erneut.',
    ]);
    await form.updateComplete;
    expect(errorText(form)).toContain('Die Datei ließ sich nicht lesen.');
    expect(store.document.organisation.logo).toEqual(logoBefore);
    vi.restoreAllMocks();

    expect(await choose(form, new File(['<svg xmlns="http://www.w3.org/2000/svg"/>'], 'logo.svg', { type: 'image/svg+xml' }))).toEqual(['Logo übernommen.']);
    expect(store.document.organisation.logo?.src).toMatch(/^data:image\/svg\+xml;base64,/);
    await form.updateComplete;
    expect(errorText(form)).toBeUndefined();
  });
});
