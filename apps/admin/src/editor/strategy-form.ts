import { localized, msg, str } from '@lit/localize';
import { countListEntries, importEntryLimit, pathText, type StrategyDocument } from '@muenchen-digital/content';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { customElement, property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { logoTypes, readAsDataUrl } from '../io/images.js';
import { getLocale } from '../localization.js';
import type { DocumentStore } from '../state/document-store.js';
import { fieldId, getIn, updateIn, type Path } from '../state/paths.js';
import { errorMessage } from './error-message.js';
import { changedPlace } from './form-place.js';
import { formSections, type Field, type ItemListField, type TextListField, type ValueField } from './form-model.js';

/** Largest logo file the editor embeds: the document stays small enough to import again (5 MB). */
const maxLogoBytes = 1024 * 1024;

/**
 * The editing form: every section of the document as native controls, built from the form model.
 * Lists add, remove and reorder by buttons, with focus and announcements as GOV.UK's add-another
 * and reorderable-list patterns do it. Renders in the light DOM, so labels, ids and the page's
 * styles work as in any form.
 *
 * @fires announce - `detail` is a sentence for the polite status region ("Kennzahl 13 hinzugefügt").
 */
@localized()
@customElement('admin-strategy-form')
export class AdminStrategyForm extends LitElement {
  @property({ attribute: false }) store!: DocumentStore;
  /** The cited source whose removal is being asked (`#askBeforeRemovingSource`). */
  @state() private sourceRemoval: SourceRemoval | undefined;

  /**
   * A refused logo file, or a refused list entry, by the id of its control. (What a number field holds
   * while it is not a number yet, "ca. 1,6", is the store's draft: a problem like any other, counted,
   * listed and refused by publishing.)
   */
  #localErrors = new Map<string, string>();

  /**
   * Items and text entries just added, by path, and the fields edited in them since. A new item's
   * empty required fields are not errors yet: greeting the person with "Darf nicht leer sein" before
   * anything is typed would be premature (errors show when asked for, as in GOV.UK's error pattern). A field's error
   * shows once it is edited; every error shows once the error summary opens or publishing is refused
   * (`revealAllErrors`), and after any change that shifts positions or comes from outside the form.
   */
  #newItems = new Set<string>();
  #editedInNewItems = new Set<string>();
  /**
   * What was last typed into each number or code field that read as a value, by path: "1,0" on the
   * way to "1,05", "1.600" on the way to "1.600.000", "+49 " on the way to "+49 89". The field shows
   * that text for as long as it still reads as the stored value; shown in the stored value's own form
   * ("1", "+49"), the next key would make "15" or "+4989". A value changed from elsewhere (undo, an
   * import) reads differently and is shown as stored.
   */
  #typedTexts = new Map<string, string>();
  /** True while this form changes the store, to tell its own changes from undo, import and the rest. */
  #changingStore = false;

  /** The store whose changes re-render this form (undo, import, a list item added elsewhere). */
  #observed: DocumentStore | undefined;
  #onStoreChange = () => {
    // Room for an entry again, however it came (a removal, an undo, an import): a refusal no longer holds.
    if ([...this.#localErrors.keys()].some(isAddButton) && countListEntries(this.store.document) < importEntryLimit) this.#forgetAddRefusals();
    if (!this.#changingStore) {
      // Undo, an import, another tab: what was typed belongs to the document before.
      this.#typedTexts.clear();
      this.revealAllErrors();
    }
    this.requestUpdate();
  };

  /** Shows every field's error, new items' too: the person asked for them. */
  revealAllErrors(): void {
    this.#newItems.clear();
    this.#editedInNewItems.clear();
    this.requestUpdate();
  }

  #heldBack(problemPath: string): boolean {
    if (this.#editedInNewItems.has(problemPath)) return false;
    return [...this.#newItems].some((item) => problemPath === item || problemPath.startsWith(`${item}.`) || problemPath.startsWith(`${item}[`));
  }

  /** Changes the store as this form's own edit, which keeps new items' errors held back. */
  #edit(change: () => void, editedPath?: Path): void {
    if (editedPath !== undefined && this.#newItems.size > 0) this.#editedInNewItems.add(pathText(editedPath));
    this.#changingStore = true;
    try {
      change();
    } finally {
      this.#changingStore = false;
    }
  }

  protected override createRenderRoot() {
    return this;
  }

  override connectedCallback() {
    super.connectedCallback();
    this.#observe(this.store);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#observe(undefined);
  }

  protected override willUpdate() {
    // The store keeps its identity while the document inside it changes: follow its `change` events.
    if (this.isConnected && this.store !== this.#observed) this.#observe(this.store);
  }

  #observe(store: DocumentStore | undefined) {
    this.#observed?.removeEventListener('change', this.#onStoreChange);
    this.#observed = store;
    store?.addEventListener('change', this.#onStoreChange);
  }

  protected override render() {
    const document = this.store.document;
    const problems = new Map(this.store.problems.filter((problem) => !this.#heldBack(problem.path)).map((problem) => [problem.path, problem.message]));
    return html`<fieldset class="admin-form" ?disabled=${!this.store.editable} @input=${this.#onInput} @change=${this.#onChange} @paste=${this.#onPaste}>
      <legend class="admin-visually-hidden">${msg('Inhalt der Strategie')}</legend>
      ${formSections().map(
        // Not a landmark each (sixteen would bury the page's few): a group named by its h3, under the
        // panel's h2 "Inhalt". Focusable, so that a section link takes focus there, not just the view.
        (section) => html`<section
          class="admin-form-section"
          id=${`section-${section.id}`}
          role="group"
          aria-labelledby=${`section-${section.id}-title`}
          tabindex="-1"
        >
          <h3 id=${`section-${section.id}-title`} class="admin-form-section-title">${section.title()}</h3>
          ${section.fields.map((field) => this.#renderField(document, section.path, field, problems))}
        </section>`,
      )}
    </fieldset>
    ${this.#renderSourceRemoval()}`;
  }

  #renderField(document: StrategyDocument, parent: Path, field: Field, problems: Map<string, string>): TemplateResult {
    const path = [...parent, field.key];
    switch (field.kind) {
      case 'group':
        return html`<fieldset class="admin-group">
          <legend>${field.label()}</legend>
          ${field.fields.map((child) => this.#renderField(document, path, child, problems))}
        </fieldset>`;
      case 'item-list':
        return this.#renderItemList(document, path, field, problems);
      case 'text-list':
        return this.#renderTextList(document, path, field, problems);
      case 'logo':
        return this.#renderLogo(document, path, problems);
      default:
        return this.#renderValue(document, path, field, problems);
    }
  }

  #renderValue(document: StrategyDocument, path: Path, field: ValueField, problems: Map<string, string>) {
    const id = fieldId(path);
    const value = getIn(document, path);
    const error = this.#localErrors.get(id) ?? problems.get(pathText(path));
    const hintId = field.hint ? `${id}-hint` : undefined;
    // A text area's text is one paragraph on the page and on the slide: said when it holds line
    // breaks (pasted paragraphs, a quote with its author below), which the page shows as spaces.
    const breaksId = field.kind === 'textarea' && /[\r\n\u2028\u2029]/u.test(String(value ?? '')) ? `${id}-breaks` : undefined;
    const errorId = error ? `${id}-error` : undefined;
    const describedBy = [hintId, breaksId, errorId].filter(Boolean).join(' ') || nothing;
    const label = html`<label for=${id}>${field.label()}${field.required ? requiredNote() : nothing}</label>`;
    const hint = field.hint ? html`<p class="admin-hint" id=${hintId}>${field.hint()}</p>` : nothing;
    // Below the text area, so that the first line break does not move the text area down a line.
    const breaksNote = breaksId ? html`<p class="admin-hint" id=${breaksId}>${msg('Der Text ist ein Absatz: Seite und Folie zeigen Zeilenumbrüche als Leerzeichen.')}</p>` : nothing;
    const errorText = error ? errorMessage(errorId!, error) : nothing;
    const common = { id, path: JSON.stringify(path) };

    if (field.kind === 'checkbox') {
      return html`<div class="admin-field admin-field-checkbox">
        <input type="checkbox" id=${common.id} data-path=${common.path} data-kind="checkbox" .checked=${live(value === true)} />
        ${label}
      </div>`;
    }
    let control: TemplateResult;
    if (field.kind === 'textarea') {
      control = html`<textarea id=${id} lang=${document.language} data-path=${common.path} data-kind="text" rows="4" aria-describedby=${describedBy} aria-invalid=${error ? 'true' : nothing} .value=${live(String(value ?? ''))}></textarea>`;
    } else if (field.kind === 'select') {
      const options = field.options?.(document) ?? [];
      // A value none of the options has (a removed source) is shown as what it is, chosen: otherwise
      // the browser shows the first option ("keine Quelle") as chosen, and choosing it is no change.
      const missing = typeof value === 'string' && value !== '' && !options.some((option) => option.value === value);
      // The choice is set as a property: once a person has picked an option, the browser no longer
      // follows `selected` attributes, and after an undo the select would still show the undone choice.
      control = html`<select id=${id} data-path=${common.path} data-kind="text" aria-describedby=${describedBy} aria-invalid=${error ? 'true' : nothing}>
        ${missing ? html`<option value=${value} .selected=${live(true)} disabled>${field.missingOption?.(value) ?? value}</option>` : nothing}
        ${options.map((option) => html`<option value=${option.value} lang=${option.lang ?? nothing} .selected=${live(option.value === value)}>${option.label}</option>`)}
      </select>`;
    } else if (field.kind === 'number') {
      const draft = this.store.draftAt(path);
      const typed = this.#typedTexts.get(pathText(path));
      const shown = draft ?? (typed !== undefined && this.#readNumber(path, typed) === value ? typed : formatNumber(value, getLocale()));
      control = html`<input type="text" inputmode="decimal" id=${id} data-path=${common.path} data-kind="number" autocomplete="off" aria-describedby=${describedBy} aria-invalid=${error ? 'true' : nothing} .value=${live(shown)} />`;
    } else {
      // Not type="email": Chromium rewrites "team@münchen.de" as "team@xn--mnchen-3ya.de", which the page would show.
      const type = field.kind === 'tel' ? 'tel' : field.kind === 'link' ? 'url' : 'text';
      const inputMode = field.kind === 'email' ? 'email' : field.kind === 'count' ? 'numeric' : nothing;
      const isCode = codeKinds.has(field.kind);
      const typed = isCode ? this.#typedTexts.get(pathText(path)) : undefined;
      const shown = typed !== undefined && withoutPastedExtras(typed) === value ? typed : String(value ?? '');
      control = html`<input type=${type} inputmode=${inputMode} id=${id} lang=${field.kind === 'text' ? document.language : nothing} data-path=${common.path} data-kind="text" ?data-code=${isCode} autocomplete="off" spellcheck=${field.kind === 'text' ? 'true' : 'false'} aria-describedby=${describedBy} aria-invalid=${error ? 'true' : nothing} .value=${live(shown)} />`;
    }
    return html`<div class="admin-field ${error ? 'admin-field-invalid' : ''}">${label}${hint}${errorText}${control}${breaksNote}</div>`;
  }

  #renderItemList(document: StrategyDocument, path: Path, field: ItemListField, problems: Map<string, string>) {
    const items = (getIn(document, path) as Record<string, unknown>[] | undefined) ?? [];
    const listError = problems.get(pathText(path));
    return html`<fieldset class="admin-list">
      <legend>${field.label()}</legend>
      ${listError ? errorMessage(`${fieldId(path)}-error`, listError) : nothing}
      ${items.map((item, index) => {
        const itemPath = [...path, index];
        const name = field.summary(item).trim() || field.itemLabel(index + 1);
        return html`<fieldset class="admin-item" id=${fieldId(itemPath)}>
          <legend>${field.itemLabel(index + 1)}${field.summary(item).trim() ? html`: <span lang=${document.language}>${field.summary(item)}</span>` : nothing}</legend>
          ${field.fields.map((child) => this.#renderField(document, itemPath, child, problems))}
          ${this.#itemButtons(path, index, items.length, name, field.itemLabel)}
        </fieldset>`;
      })}
      ${this.#addButton(path, field.addLabel(), () => this.#add(path, field))}
    </fieldset>`;
  }

  #renderTextList(document: StrategyDocument, path: Path, field: TextListField, problems: Map<string, string>) {
    const entries = (getIn(document, path) as string[] | undefined) ?? [];
    return html`<fieldset class="admin-list admin-text-list">
      <legend>${field.label()}</legend>
      ${entries.map((entry, index) => {
        const entryPath = [...path, index];
        const id = fieldId(entryPath);
        const error = problems.get(pathText(entryPath));
        return html`<div class="admin-text-entry ${error ? 'admin-field-invalid' : ''}" id=${`${id}-entry`}>
          <label for=${id}>${field.itemLabel(index + 1)}${requiredNote()}</label>
          ${error ? errorMessage(`${id}-error`, error) : nothing}
          <input type="text" id=${id} lang=${document.language} data-path=${JSON.stringify(entryPath)} data-kind="text" aria-describedby=${error ? `${id}-error` : nothing} aria-invalid=${error ? 'true' : nothing} .value=${live(entry)}
            @paste=${(event: ClipboardEvent) => this.#pasteEntries(event, path, index, field)} />
          ${this.#itemButtons(path, index, entries.length, entry.trim() || field.itemLabel(index + 1), field.itemLabel)}
        </div>`;
      })}
      ${this.#addButton(path, field.addLabel(), () => this.#addText(path, field))}
    </fieldset>`;
  }

  /** A list's add button, with the reason above it when the last press was refused (`#refusesEntry`). */
  #addButton(path: Path, label: string, add: () => void) {
    const id = `${fieldId(path)}-add`;
    const refusal = this.#localErrors.get(id);
    // In a list inside an item, the name adds the item after the visible words (2.5.3): six
    // "Maßnahme hinzufügen" could not be told apart in a list of the page's buttons.
    const insideItem = path.some((key) => typeof key === 'number');
    const within = insideItem ? changedPlace(path, this.store.document)?.within : undefined;
    return html`${refusal ? errorMessage(`${id}-error`, refusal) : nothing}
      <button
        type="button"
        class="admin-button admin-button-add"
        id=${id}
        aria-label=${within ? msg(str`${label} in „${within}“`) : nothing}
        aria-describedby=${refusal ? `${id}-error` : nothing}
        @click=${add}
      >
        ${label}
      </button>`;
  }

  #forgetAddRefusals() {
    for (const id of this.#localErrors.keys()) if (isAddButton(id)) this.#localErrors.delete(id);
  }

  /**
   * True, and says why beside the button and aloud, when the document holds as many list entries as
   * an import takes (`importEntryLimit`): one more, and its export could not be imported again. Focus
   * stays on the button, which the reason now describes.
   */
  #refusesEntry(path: Path): boolean {
    if (countListEntries(this.store.document) < importEntryLimit) return false;
    const limit = new Intl.NumberFormat(getLocale()).format(importEntryLimit);
    const reason = msg(
      str`Nicht hinzugefügt: Das Dokument hat schon ${limit} Listeneinträge, mehr nimmt ein Import nicht an. Entfernen Sie erst einen anderen Eintrag.`,
    );
    this.#localErrors.set(`${fieldId(path)}-add`, reason);
    this.requestUpdate();
    this.#announce(reason);
    return true;
  }

  #itemButtons(listPath: Path, index: number, count: number, name: string, itemLabel: (position: number) => string) {
    const id = fieldId([...listPath, index]);
    // Short visible labels (the entry is right above them). The accessible name adds the entry after
    // the visible words, so it starts with what is seen (2.5.3): "Nach oben: „Titel“".
    const named = (label: string) => label + msg(str`: „${name}“`);
    const up = msg('Nach oben');
    const down = msg('Nach unten');
    const remove = msg('Entfernen');
    return html`<div class="admin-item-actions">
      <button type="button" class="admin-button" id=${`${id}-up`} aria-label=${named(up)} ?disabled=${index === 0} @click=${() => this.#move(listPath, index, -1, name, 'up')}>
        ${up}
      </button>
      <button type="button" class="admin-button" id=${`${id}-down`} aria-label=${named(down)} ?disabled=${index === count - 1} @click=${() => this.#move(listPath, index, 1, name, 'down')}>
        ${down}
      </button>
      <button type="button" class="admin-button admin-button-remove" id=${`${id}-remove`} aria-label=${named(remove)} @click=${() => this.#remove(listPath, index, name, itemLabel)}>
        ${remove}
      </button>
    </div>`;
  }

  #renderLogo(document: StrategyDocument, path: Path, problems: Map<string, string>) {
    const logo = getIn(document, path) as { src: string; alt: string } | undefined;
    const id = fieldId(path);
    // The file just chosen, else the document's image (a file imported with a faulty one); and the alt text's.
    const error = this.#localErrors.get(id) ?? problems.get(pathText([...path, 'src']));
    const altError = problems.get(pathText([...path, 'alt']));
    const altDescribedBy = [`${id}-alt-hint`, altError ? `${id}-alt-error` : ''].filter(Boolean).join(' ');
    // The id lets the error summary's link for the image land here.
    return html`<fieldset class="admin-group admin-logo" id=${id}>
      <legend>${msg('Logo')}</legend>
      ${logo
        ? html`<img class="admin-logo-preview" src=${logo.src} alt="" />
            <div class="admin-field ${altError ? 'admin-field-invalid' : ''}">
              <label for=${`${id}-alt`}>${msg('Alternativtext des Logos')}</label>
              <p class="admin-hint" id=${`${id}-alt-hint`}>${msg('Was das Logo sagt; leer lassen, wenn die Wortmarke daneben alles sagt.')}</p>
              ${altError ? errorMessage(`${id}-alt-error`, altError) : nothing}
              <input
                type="text"
                id=${`${id}-alt`}
                lang=${document.language}
                data-path=${JSON.stringify([...path, 'alt'])}
                data-kind="text"
                aria-describedby=${altDescribedBy}
                aria-invalid=${altError ? 'true' : nothing}
                .value=${live(logo.alt)}
              />
            </div>
            <button type="button" class="admin-button admin-button-remove" id=${`${id}-remove`} @click=${() => this.#removeLogo(path)}>${msg('Logo entfernen')}</button>`
        : nothing}
      <div class="admin-field">
        <label for=${`${id}-file`}>${logo ? msg('Anderes Logo wählen') : msg('Logo wählen')}</label>
        <p class="admin-hint" id=${`${id}-file-hint`}>${msg('PNG, JPEG, WebP, GIF oder SVG, bis 1 MB. Das Bild wird im Dokument gespeichert.')}</p>
        ${error ? errorMessage(`${id}-error`, error) : nothing}
        <input
          type="file"
          id=${`${id}-file`}
          accept=${logoTypes.join(',')}
          aria-describedby=${[`${id}-file-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ')}
          aria-invalid=${error ? 'true' : nothing}
          @change=${(event: Event) => this.#chooseLogo(event, path)} />
      </div>
    </fieldset>`;
  }

  #onInput(event: Event) {
    const control = event.target as HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement;
    const pathJson = control.dataset.path;
    if (pathJson === undefined || control instanceof HTMLSelectElement) return;
    const path = JSON.parse(pathJson) as Path;
    if (control.dataset.kind === 'number') {
      this.#storeNumber(path, control.value);
      return;
    }
    if (control.dataset.kind === 'checkbox') return;
    if (control.dataset.code === undefined) this.#edit(() => this.store.set(path, control.value), path);
    else {
      this.#typedTexts.set(pathText(path), control.value);
      const value = withoutPastedExtras(control.value);
      // A space typed at the end ("+49 " on the way to "+49 89") changes nothing stored: no step for Undo.
      if (value !== getIn(this.store.document, path)) this.#edit(() => this.store.set(path, value), path);
    }
  }

  /** The number a number field's text reads as, or undefined when it is not a number yet. */
  #readNumber(path: Path, text: string): number | undefined {
    // "70 %" is 70 for a figure in percent; for a count the "%" is a problem (`draftMessage`).
    const inPercent = getIn(this.store.document, [...path.slice(0, -1), 'unit']) === 'percent';
    return parseNumber(inPercent ? (withoutPercentSign(text) ?? text) : text, getLocale());
  }

  /**
   * Tabs pasted into a one-line field (the cells of a table's row) become a space, as the browser
   * makes a line break one: in a title a tab would go into the page's <title> and show as a space
   * everywhere else. A list's entry splits at them instead (`#pasteEntries`, which runs first).
   */
  #onPaste(event: ClipboardEvent) {
    const control = event.target;
    // Not in an address or a code field (a link, an e-mail address): a tab there is a problem to name, not a space.
    if (event.defaultPrevented || !(control instanceof HTMLInputElement) || control.type !== 'text' || control.dataset.code !== undefined) return;
    const pasted = event.clipboardData?.getData('text/plain') ?? '';
    if (!pasted.includes('\t')) return;
    event.preventDefault();
    control.setRangeText(pasted.replace(/[\t\r\n]+/g, ' '), control.selectionStart ?? 0, control.selectionEnd ?? 0, 'end');
    control.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
  }

  /** Stores what a number field holds: the number it reads as, or, until it reads as one, the text as the field's draft. */
  #storeNumber(path: Path, text: string) {
    const parsed = this.#readNumber(path, text);
    // Not a number yet: the store keeps the text as the field's draft, the document keeps its value.
    if (parsed === undefined) this.#edit(() => this.store.setDraft(path, text), path);
    else {
      this.#typedTexts.set(pathText(path), text);
      this.#edit(() => {
        this.store.dropDraft(path);
        this.store.set(path, parsed);
      }, path);
    }
  }

  /**
   * A list pasted into a list's entry — the points of a slide, lines of a mail, a row of a table —
   * becomes one entry per line (or cell), without its bullets or numbers: the first line goes where
   * the caret is, the others follow as entries of their own, the last one taking the entry's text
   * after the caret, as in any text editor. One step for Undo. Lines beyond the document's limit of
   * entries are left out, and said to be.
   */
  async #pasteEntries(event: ClipboardEvent, path: Path, index: number, field: TextListField) {
    const control = event.target as HTMLInputElement;
    const pasted = event.clipboardData?.getData('text/plain') ?? '';
    const lines = listLines(pasted);
    // One line without a bullet is a paste like any other: the browser's own.
    if (lines.length === 0 || (lines.length === 1 && lines[0] === pasted.trim())) return;
    event.preventDefault();
    const [start, end] = [control.selectionStart ?? control.value.length, control.selectionEnd ?? control.value.length];
    const [before, after] = [control.value.slice(0, start), control.value.slice(end)];
    const room = Math.max(0, importEntryLimit - countListEntries(this.store.document));
    const added = lines.slice(1, 1 + room);
    const inserted = [lines[0]!, ...added];
    inserted[0] = before + inserted[0];
    const caret = inserted.at(-1)!.length;
    inserted[inserted.length - 1] += after;
    const paste = () =>
      this.store.change(path, (old) => (old as string[]).toSpliced(index, 1, ...inserted), { description: msg(str`Einfügen in „${field.label()}“`) });
    // New entries shift the positions after them: not through #edit then, as for a removal, so that
    // errors held back for new items show from now on and no typed text sticks to another field.
    if (added.length > 0) paste();
    else this.#edit(paste, [...path, index]);
    await this.updateComplete;
    // The caret after what was pasted: in the last entry pasted, or in this one when it took it all.
    const last = added.length > 0 ? this.querySelector<HTMLInputElement>(`#${CSS.escape(fieldId([...path, index + added.length]))}`) : control;
    last?.focus();
    last?.setSelectionRange(caret, caret);
    const left = lines.length - inserted.length;
    if (left > 0) {
      // Shown beside the list's add button, as a refused "hinzufügen" is, and said at once.
      const limit = new Intl.NumberFormat(getLocale()).format(importEntryLimit);
      const reason = msg(
        str`Nur ${inserted.length} von ${lines.length} Zeilen eingefügt: Das Dokument hat schon ${limit} Listeneinträge, mehr nimmt ein Import nicht an. Entfernen Sie erst andere Einträge und fügen Sie dann die übrigen Zeilen ein.`,
      );
      this.#localErrors.set(`${fieldId(path)}-add`, reason);
      this.requestUpdate();
      this.#announce(reason);
    } else if (added.length > 0) this.#announce(msg(str`${inserted.length} Einträge eingefügt.`));
  }

  #onChange(event: Event) {
    const control = event.target as HTMLInputElement | HTMLSelectElement;
    const pathJson = control.dataset.path;
    if (pathJson === undefined) return;
    const path = JSON.parse(pathJson) as Path;
    if (control instanceof HTMLSelectElement) {
      // A value typed as "70 %" waits for its unit: with "Prozent" chosen, unit and value (70) change
      // in one step, which one Undo takes back whole, "70 %" and all.
      const figurePath = path.slice(0, -1);
      const valuePath = [...figurePath, 'value'];
      const waiting = path.at(-1) === 'unit' && control.value === 'percent' ? this.store.draftAt(valuePath) : undefined;
      const withoutSign = waiting === undefined ? undefined : withoutPercentSign(waiting);
      const value = withoutSign === undefined ? undefined : parseNumber(withoutSign, getLocale());
      if (value === undefined) this.#edit(() => this.store.set(path, control.value), path);
      else {
        this.#typedTexts.set(pathText(valuePath), waiting!);
        this.#edit(() => {
          this.store.change(figurePath, (figure) => ({ ...(figure as object), unit: 'percent', value }));
          this.store.dropDraft(valuePath);
        }, path);
      }
    } else if (control.dataset.kind === 'checkbox') this.#edit(() => this.store.set(path, (control as HTMLInputElement).checked), path);
  }

  async #add(path: Path, field: ItemListField) {
    if (this.#refusesEntry(path)) return;
    const items = (getIn(this.store.document, path) as unknown[]) ?? [];
    this.#newItems.add(pathText([...path, items.length]));
    this.#edit(() => {
      this.store.change(path, (old) => [...((old as unknown[]) ?? []), field.create()], {
        description: msg(str`Hinzufügen von „${field.itemLabel(items.length + 1)}“`),
      });
      // A number field starts empty, not with the item's stand-in 0: it is to be filled before publishing.
      for (const child of field.fields) if (child.kind === 'number') this.store.setDraft([...path, items.length, child.key], '', { unfilled: true });
    });
    await this.updateComplete;
    const firstField = field.fields.find((child) => child.kind !== 'item-list' && child.kind !== 'text-list' && child.kind !== 'group');
    const target = firstField ? fieldId([...path, items.length, firstField.key]) : `${fieldId([...path, items.length])}-remove`;
    this.#focus(target);
    this.#announce(msg(str`${field.itemLabel(items.length + 1)} hinzugefügt.`));
  }

  async #addText(path: Path, field: TextListField) {
    if (this.#refusesEntry(path)) return;
    const entries = (getIn(this.store.document, path) as string[]) ?? [];
    this.#newItems.add(pathText([...path, entries.length]));
    this.#edit(() =>
      this.store.change(path, (old) => [...((old as string[]) ?? []), ''], { description: msg(str`Hinzufügen von „${field.itemLabel(entries.length + 1)}“`) }),
    );
    await this.updateComplete;
    this.#focus(fieldId([...path, entries.length]));
    this.#announce(msg(str`${field.itemLabel(entries.length + 1)} hinzugefügt.`));
  }

  async #remove(path: Path, index: number, name: string, itemLabel: (position: number) => string) {
    // Positions shift: a typed text kept by position would show at another item.
    this.#typedTexts.clear();
    // A source that key figures cite: ask first (#askBeforeRemovingSource).
    if (pathText(path) === 'sources.items' && this.#askBeforeRemovingSource(index, name, itemLabel(index + 1))) return;
    // Not through #edit: positions shift, so errors held back for new items show from now on.
    this.store.change(path, (old) => (old as unknown[]).filter((_, position) => position !== index), { description: msg(str`Entfernen von „${name}“`) });
    await this.updateComplete;
    this.#focus(`${fieldId(path)}-add`);
    const label = itemLabel(index + 1);
    // An entry without a name of its own is named by its label ("Begriff 10"): said once, not twice.
    this.#announce(name === label ? msg(str`${label} entfernt.`) : msg(str`„${name}“ (${label}) entfernt.`));
  }

  /**
   * Before a source that key figures cite goes, a modal dialog says how many figures cite it (and
   * which), and offers the choice: remove it, and those figures have no source (one step, which Undo
   * takes back whole), or keep it. Focus starts on "Abbrechen", so a second Enter removes nothing; Esc
   * keeps the source too, and focus returns to its remove button. Returns false when no figure cites
   * the source: then it goes at once, as any item does.
   */
  #askBeforeRemovingSource(index: number, name: string, position: string): boolean {
    const document = this.store.document;
    const source = document.sources.items[index];
    const groupsField = formSections()
      .flatMap((section) => section.fields)
      .find((field): field is ItemListField => field.kind === 'item-list' && field.key === 'groups');
    const figuresField = groupsField?.fields.find((field): field is ItemListField => field.kind === 'item-list' && field.key === 'figures');
    if (!source || !groupsField || !figuresField) return false;
    const legend = (field: ItemListField, item: Record<string, unknown>, at: number) =>
      field.summary(item).trim() ? `${field.itemLabel(at + 1)}: ${field.summary(item).trim()}` : field.itemLabel(at + 1);
    const groups = document.keyFigures.groups
      .map((group, groupIndex) => ({
        name: legend(groupsField, group, groupIndex),
        figures: group.figures.flatMap((figure, figureIndex) => (figure.sourceId === source.id ? [legend(figuresField, figure, figureIndex)] : [])),
      }))
      .filter((group) => group.figures.length > 0);
    const count = groups.reduce((sum, group) => sum + group.figures.length, 0);
    if (count === 0) return false;
    this.sourceRemoval = { id: source.id, name, position, count, groups, opener: `${fieldId(['sources', 'items', index])}-remove` };
    void this.updateComplete.then(() => {
      const dialog = this.querySelector<HTMLDialogElement>('#source-removal');
      if (!dialog) return;
      dialog.returnValue = '';
      dialog.showModal();
      this.#focus('source-removal-cancel');
    });
    return true;
  }

  #renderSourceRemoval() {
    const asked = this.sourceRemoval;
    const close = (answer: string) => this.querySelector<HTMLDialogElement>('#source-removal')?.close(answer);
    return html`<dialog id="source-removal" aria-labelledby="source-removal-title" aria-describedby="source-removal-text" @close=${this.#sourceRemovalClosed}>
      ${asked
        ? html`<h2 id="source-removal-title">${msg(str`„${asked.name}“ (${asked.position}) entfernen?`)}</h2>
            <p id="source-removal-text">
              ${
                // One text: Chromium leaves the white space between two texts out of the dialog's description.
                `${asked.count === 1 ? msg('1 Kennzahl nennt diese Quelle.') : msg(str`${asked.count} Kennzahlen nennen diese Quelle.`)} ${msg(
                  'Wird sie entfernt, haben diese Kennzahlen keine Quelle mehr; Sie können ihnen danach eine andere geben. „Rückgängig“ holt die Quelle mit allen Verweisen zurück.',
                )}`
              }
            </p>
            <ul class="admin-citing-figures">
              ${asked.groups.map((group) => html`<li>${group.name}<ul>${group.figures.map((figure) => html`<li>${figure}</li>`)}</ul></li>`)}
            </ul>
            <div class="admin-dialog-actions">
              <button type="button" class="admin-button admin-button-primary" id="source-removal-confirm" @click=${() => close('remove')}>${msg('Quelle entfernen')}</button>
              <button type="button" class="admin-button" id="source-removal-cancel" @click=${() => close('cancel')}>${msg('Abbrechen')}</button>
            </div>`
        : nothing}
    </dialog>`;
  }

  async #sourceRemovalClosed(event: Event) {
    const asked = this.sourceRemoval;
    const answer = (event.target as HTMLDialogElement).returnValue;
    this.sourceRemoval = undefined;
    if (!asked) return;
    if (answer !== 'remove') {
      this.#focus(asked.opener);
      return;
    }
    // One step: the source goes, and the figures that cited it have none (never a dangling reference).
    const withoutSource = updateIn(this.store.document, ['sources', 'items'], (items) => (items as { id: string }[]).filter((item) => item.id !== asked.id));
    const next = updateIn(withoutSource, ['keyFigures', 'groups'], (groups) =>
      (groups as StrategyDocument['keyFigures']['groups']).map((group) => ({
        ...group,
        figures: group.figures.map((figure) => (figure.sourceId === asked.id ? { ...figure, sourceId: '' } : figure)),
      })),
    );
    this.store.replace(next, msg(str`Entfernen der Quelle „${asked.name}“`));
    await this.updateComplete;
    this.#focus(`${fieldId(['sources', 'items'])}-add`);
    this.#announce(
      asked.count === 1
        ? msg(str`„${asked.name}“ (${asked.position}) entfernt. 1 Kennzahl hat jetzt keine Quelle.`)
        : msg(str`„${asked.name}“ (${asked.position}) entfernt. ${asked.count} Kennzahlen haben jetzt keine Quelle.`),
    );
  }

  async #move(path: Path, index: number, delta: -1 | 1, name: string, direction: 'up' | 'down') {
    // Positions shift: a typed text kept by position would show at another item.
    this.#typedTexts.clear();
    const to = index + delta;
    // Not through #edit: positions shift, so errors held back for new items show from now on.
    this.store.change(
      path,
      (old) => {
        const items = [...(old as unknown[])];
        const [moved] = items.splice(index, 1);
        items.splice(to, 0, moved);
        return items;
      },
      { description: msg(str`Verschieben von „${name}“`), moved: { from: index, to } },
    );
    await this.updateComplete;
    const count = ((getIn(this.store.document, path) as unknown[]) ?? []).length;
    // Focus stays on the moved item's button; at an edge that button is disabled, so its sibling takes focus.
    const atEdge = (direction === 'up' && to === 0) || (direction === 'down' && to === count - 1);
    const button = atEdge ? (direction === 'up' ? 'down' : 'up') : direction;
    this.#focus(`${fieldId([...path, to])}-${button}`);
    this.#announce(msg(str`„${name}“ von Position ${index + 1} auf Position ${to + 1} verschoben.`));
  }

  async #chooseLogo(event: Event, path: Path) {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    const id = fieldId(path);
    input.value = '';
    if (!file) return;
    // Refused, the field shows why; that is also said at once, as focus stays on the file button,
    // whose description a screen reader does not read again by itself.
    const refuse = (reason: string) => {
      this.#localErrors.set(id, reason);
      this.requestUpdate();
      this.#announce(msg(str`Logo nicht übernommen: ${reason}`));
    };
    if (!logoTypes.includes(file.type) || file.size > maxLogoBytes) {
      refuse(msg('Wählen Sie ein Bild im Format PNG, JPEG, WebP, GIF oder SVG mit höchstens 1 MB.'));
      return;
    }
    // An empty file is no image, and would make the document's logo source one an import refuses.
    if (file.size === 0) {
      refuse(msg('Die Datei ist leer. Wählen Sie ein Bild, das etwas enthält.'));
      return;
    }
    let src: string;
    try {
      src = await readAsDataUrl(file);
    } catch {
      // The file went away or became unreadable after it was chosen (moved, a network drive gone).
      refuse(msg('Die Datei ließ sich nicht lesen. Wählen Sie sie erneut.'));
      return;
    }
    this.#localErrors.delete(id);
    const alt = (getIn(this.store.document, [...path, 'alt']) as string | undefined) ?? '';
    this.#edit(() => this.store.set(path, { src, alt }), path);
    this.#announce(msg('Logo übernommen.'));
  }

  async #removeLogo(path: Path) {
    this.#edit(() =>
      this.store.change(path.slice(0, -1), (organisation) => {
        const copy = { ...(organisation as Record<string, unknown>) };
        delete copy[String(path.at(-1))];
        return copy;
      }),
    );
    await this.updateComplete;
    this.#focus(`${fieldId(path)}-file`);
    this.#announce(msg('Logo entfernt.'));
  }

  #focus(id: string) {
    (this.querySelector(`#${CSS.escape(id)}`) as HTMLElement | null)?.focus();
  }

  #announce(message: string) {
    this.dispatchEvent(new CustomEvent('announce', { detail: message, bubbles: true, composed: true }));
  }
}

/** A cited source whose removal is being asked, and the figures (by group) that cite it, as their legends name them. */
interface SourceRemoval {
  id: string;
  /** "Landeshauptstadt München" and "Quelle 2". */
  name: string;
  position: string;
  count: number;
  groups: { name: string; figures: string[] }[];
  /** The id of the remove button, where focus returns when the source stays. */
  opener: string;
}

/** Whether a local error belongs to a list's add button (`#refusesEntry`), by the button's id. */
function isAddButton(id: string): boolean {
  return id.endsWith('-add');
}

/**
 * "(Pflichtfeld)" after a label, in words (the star is the gender star). The space sits inside the
 * span: Chromium drops a space that follows Lit's comment marker from the accessible name
 * ("Titel(Pflichtfeld)"), while a space inside the span is kept.
 */
function requiredNote() {
  return html`<span class="admin-required"> (${msg('Pflichtfeld')})</span>`;
}


/** The bullets that lists bring along from slides, documents and mails: "• ", "– ", "* ", Word's "•" and a tab. */
const bullet = /^\s*[•◦▪▫■□●○‣⁃∙·*+\-–—→✓✔](?:\s+|$)/u;
/** Word's numbering as text: a number and a tab ("1.\tText"), which no date or office has. */
const wordNumber = /^\s*\(?(?:\d{1,3}|[a-z])[.)]\t/u;
/** A list's number or letter: "1. ", "2) ", "(3) ", "a) ". */
const listNumber = /^\s*\(?(\d{1,3}|[a-z])[.)]\s+/u;
const placeInCount = (mark: string) => (/\d/.test(mark) ? Number(mark) : mark.charCodeAt(0));

/**
 * The entries a pasted text holds for a list: one per line, and one per cell of a table's row
 * (tab-separated), each without its bullet and trimmed; empty ones left out. Numbers go only from a
 * numbered list — two lines or more, each numbered, counting up ("1.", "2.", "3.") —: alone, "3.
 * Oktober" is a date and "2. Bürgermeisterin" an office.
 */
export function listLines(pasted: string): string[] {
  const lines = pasted
    .split(/\r\n|\r|\n|\u2028|\u2029/u)
    .map((line) => line.replace(wordNumber, ''))
    .filter((line) => line.trim() !== '');
  const marks = lines.map((line) => listNumber.exec(line)?.[1]);
  const numbered =
    lines.length >= 2 && marks.every((mark, at) => mark !== undefined && (at === 0 || placeInCount(mark) === placeInCount(marks[at - 1]!) + 1));
  return lines
    .flatMap((line) => line.replace(numbered ? listNumber : bullet, '').split('\t'))
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '');
}

/** A value's text without the "%" at its end ("70 %" → "70"), or undefined when it has none. */
function withoutPercentSign(text: string): string | undefined {
  const sign = /\s*%\s*$/u;
  return sign.test(text) ? text.replace(sign, '') : undefined;
}

/**
 * The fields whose text is a code rather than prose — a date, an e-mail address, a phone number, a
 * count —, where spaces at the ends and invisible characters mean nothing.
 */
const codeKinds: ReadonlySet<ValueField['kind']> = new Set(['date', 'email', 'tel', 'count']);

/**
 * A code's text without what copying from a mail, a PDF or a signature brings along and nobody sees:
 * spaces at its ends (also no-break ones) and Unicode's format characters (zero-width spaces, soft
 * hyphens, direction marks). Stored so, "2025-06-03 " is the date it looks like.
 */
export function withoutPastedExtras(text: string): string {
  return text.replace(/\p{Cf}/gu, '').trim();
}

/**
 * Words for thousands, millions and billions after a number, as the tiles show short figures ("1,6
 * Mio."), with the power of ten each stands for. A team that reads "~1,6 Mio." on a slide types it so.
 */
const magnitudeWords: Record<'de' | 'en', [RegExp, number][]> = {
  de: [
    [/^(tsd\.?|tausend)$/i, 3],
    [/^(mio\.?|millionen|million)$/i, 6],
    [/^(mrd\.?|milliarden|milliarde)$/i, 9],
  ],
  en: [
    [/^(k|thousand)$/i, 3],
    [/^(m|mn|million|millions)$/i, 6],
    [/^(bn|billion|billions)$/i, 9],
  ],
};

/**
 * Reads a number as people type it in the UI's language: de "1.600.000", "49,5" or "1,6 Mio.", en
 * "1,600,000", "49.5" or "1.6M"; plain "1600000", "-3" and "−3" in both. Anything else is not a number yet.
 */
export function parseNumber(typed: string, locale: string): number | undefined {
  const language = locale.startsWith('de') ? 'de' : 'en';
  // As copied from a slide, a PDF or the kit's own tiles: invisible characters between the digits,
  // and a minus sign ("−5") or a dash that word processors put for one ("–5").
  const text = withoutPastedExtras(typed).replace(/^[\u2212\u2013]/u, '-');
  const [, figure = text, word] = /^(.*?\d)\s*([a-zäöü][a-zäöü.]*)$/i.exec(text) ?? [];
  const power = word === undefined ? 0 : magnitudeWords[language].find(([pattern]) => pattern.test(word))?.[1];
  if (power === undefined) return undefined;
  const compact = figure.trim().replace(/\s/g, '');
  if (compact === '') return undefined;
  const [group, decimal] = language === 'de' ? ['.', ','] : [',', '.'];
  const grouped = new RegExp(`^-?\\d{1,3}(\\${group}\\d{3})+(\\${decimal}\\d+)?$`);
  const withoutGroups = grouped.test(compact) ? compact.split(group).join('') : compact;
  // A group mark left over is not where groups go ("12.34" in German): guessing it meant the other
  // language's decimal mark would store a number a hundred times off, so it is not a number yet.
  if (withoutGroups.includes(group)) return undefined;
  const normalised = withoutGroups.replace(decimal, '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return undefined;
  // Through the exponent, not a multiplication: 1.1 × 10⁶ in floating point is 1100000.0000000002.
  const value = Number(`${normalised}e${power}`);
  return Number.isFinite(value) ? value : undefined;
}

/**
 * The stored number as the field shows it: no grouping (it reads back unambiguously), the UI's
 * decimal mark, and every digit written out — String() writes very large and very small numbers with
 * an exponent ("1e+21", "1e-7"), which nobody types and `parseNumber` does not read back.
 */
export function formatNumber(value: unknown, locale: string): string {
  if (typeof value !== 'number') return '';
  const shortest = String(value);
  const written = shortest.includes('e') ? value.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 20 }) : shortest;
  return locale.startsWith('de') ? written.replace('.', ',') : written;
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-strategy-form': AdminStrategyForm;
  }
}
