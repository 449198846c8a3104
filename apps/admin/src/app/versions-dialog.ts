import { localized, msg, str } from '@lit/localize';
import { html, LitElement } from 'lit';
import { customElement, property, query } from 'lit/decorators.js';
import { getLocale } from '../localization.js';
import type { NamedVersion } from '../storage/database.js';

/**
 * Named versions: save the current document under a name, restore or delete an earlier one. A
 * native modal dialog: focus moves into it, Esc closes it, and focus returns to the button that
 * opened it.
 *
 * @fires save-version - `detail` is the name.
 * @fires restore-version - `detail` is the version.
 * @fires delete-version - `detail` is the version.
 */
@localized()
@customElement('admin-versions-dialog')
export class AdminVersionsDialog extends LitElement {
  @property({ attribute: false }) versions: NamedVersion[] = [];
  @property({ type: Boolean }) editable = true;
  @query('dialog') private dialog!: HTMLDialogElement;
  @query('#version-name') private nameInput!: HTMLInputElement;
  #opener: HTMLElement | null = null;

  protected override createRenderRoot() {
    return this;
  }

  open(opener: HTMLElement | null) {
    this.#opener = opener;
    this.dialog.showModal();
  }

  protected override render() {
    const format = new Intl.DateTimeFormat(getLocale(), { dateStyle: 'medium', timeStyle: 'short' });
    return html`<dialog aria-labelledby="versions-title" @close=${this.#restoreFocus}>
      <h2 id="versions-title">${msg('Versionen')}</h2>
      <form class="admin-field" @submit=${this.#save}>
        <label for="version-name">${msg('Name der neuen Version')}</label>
        <p class="admin-hint" id="version-name-hint">${msg('Speichert den jetzigen Stand, zum Beispiel „Vor der Sitzung am Montag“.')}</p>
        <input id="version-name" type="text" required aria-describedby="version-name-hint" ?disabled=${!this.editable} />
        <button type="submit" class="admin-button admin-button-primary" ?disabled=${!this.editable}>${msg('Version speichern')}</button>
      </form>
      ${this.versions.length === 0
        ? html`<p>${msg('Noch keine Versionen gespeichert.')}</p>`
        : html`<ul class="admin-version-list" aria-label=${msg('Gespeicherte Versionen')}>
            ${this.versions.map(
              (version) => html`<li>
                <span>${version.name} <span class="admin-hint">(${format.format(version.savedAt)})</span></span>
                <span>
                  <button type="button" class="admin-button" ?disabled=${!this.editable} @click=${() => this.#emit('restore-version', version, true)}>
                    ${msg(str`„${version.name}“ wiederherstellen`)}
                  </button>
                  <button type="button" class="admin-button" ?disabled=${!this.editable} @click=${() => this.#emit('delete-version', version, false)}>${msg(str`„${version.name}“ löschen`)}</button>
                </span>
              </li>`,
            )}
          </ul>`}
      <div class="admin-dialog-actions">
        <button type="button" class="admin-button" @click=${() => this.dialog.close()}>${msg('Schließen')}</button>
      </div>
    </dialog>`;
  }

  #save(event: SubmitEvent) {
    event.preventDefault();
    const name = this.nameInput.value.trim();
    if (name === '') return;
    this.#emit('save-version', name, false);
    this.nameInput.value = '';
  }

  #emit(type: string, detail: unknown, close: boolean) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true }));
    if (close) this.dialog.close();
  }

  #restoreFocus() {
    this.#opener?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-versions-dialog': AdminVersionsDialog;
  }
}
