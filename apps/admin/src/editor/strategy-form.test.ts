import { countListEntries, createExampleDocument, importEntryLimit } from '@muenchen-digital/content';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DocumentDatabase } from '../storage/database.js';
import { DocumentStore } from '../state/document-store.js';
import { listLines } from './strategy-form.js';

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

describe('adding an entry past the import limit', () => {
  /** The example document, its sovereignty terms filled up to `total` list entries in all. */
  function documentWithEntries(total: number) {
    const document = createExampleDocument();
    const others = countListEntries(document) - document.sovereignty.terms.length;
    document.sovereignty.terms = Array.from({ length: total - others }, (_, index) => `Begriff ${index + 1}`);
    return document;
  }
  const addButton = (form: HTMLElement) => form.querySelector<HTMLButtonElement>('#field-sovereignty-terms-add')!;
  const addError = (form: HTMLElement) => form.querySelector('#field-sovereignty-terms-add-error')?.textContent?.replace(/\s+/g, ' ').trim();
  const refusal =
    'Nicht hinzugefügt: Das Dokument hat schon 2.000 Listeneinträge, mehr nimmt ein Import nicht an. Entfernen Sie erst einen anderen Eintrag.';

  it('adds nothing, says why beside the button and aloud, and adds again once an entry is gone', async () => {
    const { form, store } = await formWith(documentWithEntries(importEntryLimit));
    const announced: string[] = [];
    form.addEventListener('announce', (event) => announced.push((event as CustomEvent<string>).detail));
    const terms = () => store.document.sovereignty.terms.length;
    const before = terms();

    addButton(form).click();
    await vi.waitFor(() => expect(announced).toEqual([refusal]));
    await form.updateComplete;
    expect(terms()).toBe(before);
    expect(countListEntries(store.document)).toBe(importEntryLimit);
    expect(addError(form)).toBe(`Fehler: ${refusal}`);
    // Tied to the button, which keeps focus: a screen reader reads it with the button again.
    expect(addButton(form).getAttribute('aria-describedby')).toBe('field-sovereignty-terms-add-error');

    form.querySelector<HTMLButtonElement>('#field-sovereignty-terms-0-remove')!.click();
    await vi.waitFor(() => expect(terms()).toBe(before - 1));
    await form.updateComplete;
    expect(addError(form), 'the refusal goes with the entry removed').toBeUndefined();
    expect(addButton(form).hasAttribute('aria-describedby')).toBe(false);

    addButton(form).click();
    await vi.waitFor(() => expect(terms()).toBe(before));
    expect(countListEntries(store.document)).toBe(importEntryLimit);

    // Refused again, then room comes from elsewhere (undo, an import): the refusal goes at once.
    addButton(form).click();
    await vi.waitFor(() => expect(addError(form)).toBe(`Fehler: ${refusal}`));
    store.undo();
    await form.updateComplete;
    expect(terms()).toBe(before - 1);
    expect(addError(form)).toBeUndefined();
  });

  it('adds as ever below the limit: an item list too', async () => {
    const { form, store } = await formWith(documentWithEntries(importEntryLimit - 1));
    const figures = () => store.document.keyFigures.groups[0]!.figures.length;
    const before = figures();
    form.querySelector<HTMLButtonElement>('#field-keyFigures-groups-0-figures-add')!.click();
    await vi.waitFor(() => expect(figures()).toBe(before + 1));
    // Now at the limit: the next figure is refused, beside its own button.
    form.querySelector<HTMLButtonElement>('#field-keyFigures-groups-0-figures-add')!.click();
    await form.updateComplete;
    await vi.waitFor(() => expect(form.querySelector('#field-keyFigures-groups-0-figures-add-error')).not.toBeNull());
    expect(figures()).toBe(before + 1);
  });

  it('pastes only as many lines of a list as the limit leaves room for, and says how many', async () => {
    const { form, store } = await formWith(documentWithEntries(importEntryLimit - 2));
    const announced: string[] = [];
    form.addEventListener('announce', (event) => announced.push((event as CustomEvent<string>).detail));
    const entry = form.querySelector<HTMLInputElement>('#field-sovereignty-terms-0')!;
    entry.value = '';
    entry.setSelectionRange(0, 0);
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', '• eins\n• zwei\n• drei\n• vier\n• fünf');
    entry.dispatchEvent(new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true }));
    const reason =
      'Nur 3 von 5 Zeilen eingefügt: Das Dokument hat schon 2.000 Listeneinträge, mehr nimmt ein Import nicht an. Entfernen Sie erst andere Einträge und fügen Sie dann die übrigen Zeilen ein.';
    await vi.waitFor(() => expect(announced).toEqual([reason]));
    expect(store.document.sovereignty.terms.slice(0, 4)).toEqual(['eins', 'zwei', 'drei', 'Begriff 2']);
    expect(countListEntries(store.document)).toBe(importEntryLimit);
    // Seen too, beside the list's add button, not only heard.
    await form.updateComplete;
    expect(addError(form)).toBe(`Fehler: ${reason}`);
  });
});

describe('listLines', () => {
  it.each([
    ['• Offen\n• Sicher', ['Offen', 'Sicher']],
    ['–\tOffen\r\n—  Sicher\r*   Fair', ['Offen', 'Sicher', 'Fair']],
    ['1. Offen\n2. Sicher\n3. Fair', ['Offen', 'Sicher', 'Fair']],
    ['(7) Offen\n(8) Sicher', ['Offen', 'Sicher']],
    ['a) Offen\nb) Sicher\n\nc) Fair', ['Offen', 'Sicher', 'Fair']],
    ['✓ Offen\n→ Sicher', ['Offen', 'Sicher']],
    // Word's numbering, a number and a tab, also when every item is "1." (a list restarted); a bullet alone.
    ['1.\tOffen\n1.\tSicher', ['Offen', 'Sicher']],
    ['a)\tOffen', ['Offen']],
    ['•\n• Offen\n–', ['Offen']],
    // Numbers that do not count up, or stand alone, are the text's own: dates, offices.
    ['1. Januar\n3. Oktober', ['1. Januar', '3. Oktober']],
    ['3. Oktober', ['3. Oktober']],
    ['• 2. Bürgermeisterin\n• 3. Bürgermeister', ['2. Bürgermeisterin', '3. Bürgermeister']],
    ['Offen\tSicher\tFair', ['Offen', 'Sicher', 'Fair']],
    ['\n\n  Offen  \n\n', ['Offen']],
    // Not a bullet: a hyphen inside a word, a number that is the text, a year.
    ['E-Government\n2025 beschlossen\n-5 Grad', ['E-Government', '2025 beschlossen', '-5 Grad']],
  ])('reads %j as %j', (pasted, entries) => {
    expect(listLines(pasted)).toEqual(entries);
  });
});

describe("the document's text in the form", () => {
  it("is marked in the document's language, whatever the interface's: screen readers pronounce it and spelling is checked in it", async () => {
    const document = createExampleDocument();
    document.language = 'en';
    const { form } = await formWith(document);
    // The title (a line), the hero's text (a text area), a term of a list, all in the document's language.
    for (const id of ['#field-hero-title', '#field-hero-subtitle']) {
      expect(form.querySelector(id)?.getAttribute('lang'), id).toBe('en');
    }
    const listEntry = form.querySelector<HTMLInputElement>('input[id^="field-challenges-society-topics-"]');
    expect(listEntry?.getAttribute('lang')).toBe('en');
    // An entry's legend quotes its text: "Kennzahl 1: digital skills", the quote in the document's language (3.1.2).
    const quoted = form.querySelector('#field-keyFigures-groups-0-figures-0 legend [lang]');
    expect(quoted?.getAttribute('lang')).toBe('en');
    expect(quoted?.textContent?.trim()).toBe(document.keyFigures.groups[0]!.figures[0]!.label);
    // An address or a number is no text in a language.
    expect(form.querySelector('#field-contact-email')?.hasAttribute('lang')).toBe(false);
    expect(form.querySelector('#field-keyFigures-groups-0-figures-0-value')?.hasAttribute('lang')).toBe(false);
  });
});
