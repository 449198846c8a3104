import { localized, msg, str } from '@lit/localize';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { dateLocale } from '../localization.js';
import { errorMessage } from '../editor/error-message.js';
import { LiveMessages } from './live-messages.js';
import type { NamedVersion } from '../storage/database.js';

/**
 * Named versions: save the current document under a name, restore or delete an earlier one. A
 * native modal dialog: focus moves into it, Esc closes it, and focus returns to the button that
 * opened it. Deleting asks first, in the version's own row ("Version „…“ endgültig löschen?"), with
 * focus on "Abbrechen", so a second Enter deletes nothing; once the version is gone, focus goes to
 * the version that took its place (its restore button), or to the list's heading when none is left,
 * and the dialog's own status region says what was deleted — the app's status region behind the
 * modal dialog is inert, so a screen reader would not hear it.
 *
 * @fires save-version - `detail` is the name; the app answers with `versionSaved()` or `versionNotSaved()`.
 * @fires restore-version - `detail` is the version.
 * @fires delete-version - `detail` is the version; the app deletes it and passes the new list.
 */
@localized()
@customElement('admin-versions-dialog')
export class AdminVersionsDialog extends LitElement {
  @property({ attribute: false }) versions: NamedVersion[] = [];
  @property({ type: Boolean }) editable = true;
  /** The browser would not list the saved versions: the dialog says so, instead of "none saved yet", and still saves new ones. */
  @property({ type: Boolean }) unreadable = false;
  @query('dialog') private dialog!: HTMLDialogElement;
  @query('#version-name') private nameInput!: HTMLInputElement;
  /** The version whose deletion is being asked, by id. */
  @state() private confirming: number | undefined;
  /** Why the last "Version speichern" failed, shown under the name until the next try. */
  @state() private saveError = '';
  /** The error is the name's own (none given): only then is the name field marked invalid. */
  @state() private nameMissing = false;
  /** Why deleting a version failed, shown in its row until it is asked again or the dialog closes. */
  @state() private deleteError: { id: number; text: string } | undefined;
  /** A save on its way: a second Enter or click meanwhile would store the version twice. */
  #saving = false;
  /** What the dialog's own polite region says (the page's region is inert behind the modal dialog). */
  readonly #messages = new LiveMessages(this);
  #opener: HTMLElement | null = null;
  /** A deletion on its way: once the list no longer has `deleted`, focus goes to `next`'s restore button (or the heading). */
  #afterDelete: { deleted: number; next: number | undefined } | undefined;

  protected override createRenderRoot() {
    return this;
  }

  open(opener: HTMLElement | null) {
    this.#opener = opener;
    this.dialog.showModal();
  }

  /** Says `text` politely from inside the dialog (the page behind a modal dialog is inert). */
  announce(text: string) {
    this.#messages.say(text);
  }

  /** The version was saved: the name field empties for the next one, and the dialog says so. */
  versionSaved(text: string) {
    this.#saving = false;
    this.nameInput.value = '';
    this.saveError = '';
    this.nameMissing = false;
    this.announce(text);
  }

  /**
   * The version was not saved: the name stays in its field, and the reason shows under it. Only a
   * missing name (`nameMissing`) marks the field invalid; a full storage is no fault of the name.
   */
  versionNotSaved(text: string, { nameMissing = false }: { nameMissing?: boolean } = {}) {
    this.#saving = false;
    this.nameMissing = nameMissing;
    // Cleared first, so a second failure in a row is announced again.
    this.saveError = '';
    requestAnimationFrame(() => (this.saveError = text));
  }

  /** The version was not deleted: its row stays and says why, and focus goes back to its "löschen". */
  async versionNotDeleted(version: NamedVersion, text: string) {
    this.#afterDelete = undefined;
    this.confirming = undefined;
    if (version.id === undefined) return;
    this.deleteError = { id: version.id, text };
    await this.updateComplete;
    this.querySelector<HTMLElement>(`#version-${version.id}-delete`)?.focus();
  }

  protected override updated(changed: PropertyValues<this>) {
    if (changed.get('editable') === true && !this.editable && this.dialog.open) this.#editingLost();
    const pending = this.#afterDelete;
    // Deleted, but the list could not be read again: it gave way to the reason, which focus goes above.
    const listGone = changed.has('unreadable') && this.unreadable;
    if (!pending || (!listGone && (!changed.has('versions') || this.versions.some((version) => version.id === pending.deleted)))) return;
    this.#afterDelete = undefined;
    this.confirming = undefined;
    const next = pending.next === undefined || listGone ? null : this.querySelector<HTMLElement>(`#version-${pending.next}-restore`);
    (next ?? this.querySelector<HTMLElement>('#versions-list-title'))?.focus();
  }

  /**
   * Another tab took editing over while the dialog is open: its buttons are disabled now, and focus on
   * one of them would be lost inside the modal dialog. It goes to the list's heading, and the dialog
   * says why (the page's own status region is inert behind it).
   */
  #editingLost(): void {
    const active = document.activeElement;
    if (active === null || active === document.body || (this.contains(active) && active.matches(':disabled'))) {
      this.querySelector<HTMLElement>('#versions-list-title')?.focus();
    }
    this.announce(msg('Dieses Dokument wird jetzt in einem anderen Tab bearbeitet. Hier lässt sich keine Version mehr speichern, wiederherstellen oder löschen.'));
  }

  protected override render() {
    const format = new Intl.DateTimeFormat(dateLocale(), { dateStyle: 'medium', timeStyle: 'short' });
    // For the buttons' names: two versions saved within a minute still differ there.
    const toTheSecond = new Intl.DateTimeFormat(dateLocale(), { dateStyle: 'medium', timeStyle: 'medium' });
    // Described by the reason when the list cannot be read: a screen reader says it as the dialog opens.
    return html`<dialog
      aria-labelledby="versions-title"
      aria-describedby=${this.unreadable ? 'versions-unreadable' : nothing}
      @cancel=${this.#onCancel}
      @close=${this.#closed}
    >
      <h2 id="versions-title">${msg('Versionen')}</h2>
      <form class="admin-field" novalidate @submit=${this.#save}>
        <label for="version-name">${msg('Name der neuen Version')}</label>
        <p class="admin-hint" id="version-name-hint">${msg('Speichert den jetzigen Stand, zum Beispiel „Vor der Sitzung am Montag“.')}</p>
        <input
          id="version-name"
          type="text"
          required
          aria-describedby=${this.saveError ? 'version-name-hint version-name-error' : 'version-name-hint'}
          aria-invalid=${this.nameMissing && this.saveError ? 'true' : nothing}
          ?disabled=${!this.editable}
        />
        <!-- Inserted with its text, which has screen readers say it at once; only there while it has something to say. -->
        ${this.saveError ? errorMessage('version-name-error', this.saveError, { role: 'alert' }) : nothing}
        <button type="submit" class="admin-button admin-button-primary" ?disabled=${!this.editable}>${msg('Version speichern')}</button>
      </form>
      <!-- Focus lands here when the last version is deleted. -->
      <h3 id="versions-list-title" class="admin-versions-list-title" tabindex="-1">${msg('Gespeicherte Versionen')}</h3>
      ${this.unreadable
        ? errorMessage(
            'versions-unreadable',
            // A read-only tab saves no version: it is not offered the one thing it cannot do.
            this.editable
              ? msg('Die gespeicherten Versionen ließen sich nicht lesen: Der Browser hat den Zugriff abgelehnt. Eine neue Version lässt sich trotzdem speichern. Öffnen Sie „Versionen“ später erneut; hilft das nicht, laden Sie die Seite neu.')
              : msg('Die gespeicherten Versionen ließen sich nicht lesen: Der Browser hat den Zugriff abgelehnt. Öffnen Sie „Versionen“ später erneut; hilft das nicht, laden Sie die Seite neu.'),
          )
        : this.versions.length === 0
        ? html`<p>${msg('Noch keine Versionen gespeichert.')}</p>`
        : html`<ul class="admin-version-list">
            ${repeat(
              this.versions,
              // Keyed: after a deletion the next row keeps its own buttons, so focus never lands on another row's "löschen" by accident.
              (version) => version.id ?? `saved-${version.savedAt}`,
              (version) => html`<li>
                <span><span class="admin-version-name">${version.name}</span> <span class="admin-hint">(${format.format(version.savedAt)})</span></span>
                ${this.confirming !== undefined && this.confirming === version.id ? this.#renderConfirm(version) : this.#renderActions(version, toTheSecond.format(version.savedAt))}
                ${this.deleteError !== undefined && this.deleteError.id === version.id
                  ? errorMessage(`version-${version.id}-delete-error`, this.deleteError.text, { role: 'alert' })
                  : nothing}
              </li>`,
            )}
          </ul>`}
      <div class="admin-visually-hidden" role="status" aria-atomic="false" id="versions-status">${this.#messages.render()}</div>
      <div class="admin-dialog-actions">
        <button type="button" class="admin-button" @click=${() => this.dialog.close()}>${msg('Schließen')}</button>
      </div>
    </dialog>`;
  }

  /**
   * A version's buttons. Their names add when it was saved, to the second, after the visible words
   * (2.5.3): two versions may share a name ("Sitzung", or two "Vor dem Import" within a minute).
   */
  #renderActions(version: NamedVersion, savedAt: string) {
    const restore = msg(str`„${version.name}“ wiederherstellen`);
    const remove = msg(str`„${version.name}“ löschen`);
    return html`<span class="admin-version-actions">
      <button
        type="button"
        class="admin-button"
        id=${`version-${version.id}-restore`}
        aria-label=${`${restore} (${savedAt})`}
        ?disabled=${!this.editable}
        @click=${() => this.#emit('restore-version', version, true)}
      >
        ${restore}
      </button>
      <button
        type="button"
        class="admin-button"
        id=${`version-${version.id}-delete`}
        aria-label=${`${remove} (${savedAt})`}
        aria-describedby=${this.deleteError !== undefined && this.deleteError.id === version.id ? `version-${version.id}-delete-error` : nothing}
        ?disabled=${!this.editable}
        @click=${() => this.#ask(version)}
      >
        ${remove}
      </button>
    </span>`;
  }

  /** The question in the version's row: named by its sentence, so a screen reader says it when focus arrives on "Abbrechen". */
  #renderConfirm(version: NamedVersion) {
    const id = `version-${version.id}`;
    return html`<div class="admin-version-actions admin-version-confirm" role="group" aria-labelledby=${`${id}-question`}>
      <p id=${`${id}-question`}>${msg(str`Version „${version.name}“ endgültig löschen?`)}</p>
      <button type="button" class="admin-button admin-button-remove" id=${`${id}-delete-confirm`} ?disabled=${!this.editable} @click=${() => this.#delete(version)}>
        ${msg(str`Ja, „${version.name}“ löschen`)}
      </button>
      <button type="button" class="admin-button" id=${`${id}-delete-cancel`} @click=${() => void this.#stopAsking(version)}>${msg('Abbrechen')}</button>
    </div>`;
  }

  async #ask(version: NamedVersion) {
    if (version.id === undefined) return;
    this.confirming = version.id;
    this.deleteError = undefined;
    await this.updateComplete;
    this.querySelector<HTMLElement>(`#version-${version.id}-delete-cancel`)?.focus();
  }

  async #stopAsking(version: NamedVersion) {
    this.confirming = undefined;
    await this.updateComplete;
    this.querySelector<HTMLElement>(`#version-${version.id}-delete`)?.focus();
  }

  #delete(version: NamedVersion) {
    if (version.id === undefined || this.#afterDelete) return;
    const index = this.versions.findIndex((candidate) => candidate.id === version.id);
    // The row below takes the deleted one's place; at the end of the list, the row above.
    const next = this.versions[index + 1] ?? this.versions[index - 1];
    this.#afterDelete = { deleted: version.id, next: next?.id };
    this.#emit('delete-version', version, false);
  }

  /** Esc while a deletion is asked: the question goes, the dialog stays (the browser may close it anyway). */
  #onCancel(event: Event) {
    const asked = this.versions.find((version) => version.id === this.confirming);
    if (!asked || this.#afterDelete) return;
    event.preventDefault();
    void this.#stopAsking(asked);
  }

  #save(event: SubmitEvent) {
    event.preventDefault();
    const name = this.nameInput.value.trim();
    if (this.#saving) return;
    if (name === '') {
      // The app's own error, in its language and its place, rather than the browser's bubble (the
      // form is `novalidate`); blanks only are no name either.
      this.versionNotSaved(msg('Geben Sie der Version einen Namen, zum Beispiel „Vor der Sitzung am Montag“.'), { nameMissing: true });
      this.nameInput.focus();
      return;
    }
    this.#saving = true;
    // The app answers with versionSaved() or versionNotSaved(); the name stays until it is saved.
    this.#emit('save-version', name, false);
  }

  #emit(type: string, detail: unknown, close: boolean) {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true }));
    if (close) this.dialog.close();
  }

  #closed() {
    this.confirming = undefined;
    // A failed save's message belongs to that moment; the dialog opens fresh next time.
    this.saveError = '';
    this.nameMissing = false;
    this.deleteError = undefined;
    this.#afterDelete = undefined;
    this.#opener?.focus();
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-versions-dialog': AdminVersionsDialog;
  }
}
