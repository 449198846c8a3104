import { localized, msg, str } from '@lit/localize';
import {
  describeImportError,
  exportDocument,
  importDocument,
  importSizeLimit,
  type ImportError,
  type Problem,
} from '@muenchen-digital/content';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { formSections } from '../editor/form-model.js';
import '../editor/strategy-form.js';
import { datedFileName, download } from '../io/download.js';
import { getLocale, switchUiLanguage, type UiLanguage } from '../localization.js';
import type { PreviewApi } from '../preview/preview-main.js';
import '../publish/publish-button.js';
import type { DocumentStore } from '../state/document-store.js';
import { fieldId } from '../state/paths.js';
import type { DocumentDatabase, NamedVersion } from '../storage/database.js';
import type { EditingLease, LeaseState } from '../storage/editing-lease.js';
import { applyTheme } from '../theme.js';
import './versions-dialog.js';

type Message =
  | { kind: 'import-refused'; error: ImportError }
  | { kind: 'problems'; action: string | undefined; problems: readonly Problem[] }
  | { kind: 'info'; text: string };

/**
 * The admin app: the form on one side, the live preview on the other, the document's commands on
 * top (undo, redo, import, export, versions, publish, present), and the status of saving below
 * them. One `h1`, landmarks for header, navigation and main, and every message where a screen
 * reader hears it: a status region present from the start for saving and list changes, an alert
 * only for failures.
 */
@localized()
@customElement('admin-app')
export class AdminApp extends LitElement {
  store?: DocumentStore;
  database?: DocumentDatabase;
  lease?: EditingLease;

  @state() private lease_: LeaseState = 'editing';
  @state() private message: Message | undefined;
  @state() private announcement = '';
  @state() private previewView: 'page' | 'deck' = 'page';
  @state() private versions: NamedVersion[] = [];

  @query('#preview-frame') private previewFrame?: HTMLIFrameElement;
  @query('#admin-message') private messageBox?: HTMLElement;

  #preview: PreviewApi | undefined;

  protected override createRenderRoot() {
    // The page's "loading" note goes: from here on this element renders the app.
    this.replaceChildren();
    return this;
  }

  /** Called once the store is open: from here on the app renders the document. */
  attach(store: DocumentStore, database: DocumentDatabase, lease: EditingLease, leaseState: LeaseState) {
    this.store = store;
    this.database = database;
    this.lease = lease;
    this.lease_ = leaseState;
    store.addEventListener('change', () => {
      this.requestUpdate();
      this.#showPreview();
    });
    store.addEventListener('save', () => this.requestUpdate());
    addEventListener('keydown', (event) => this.#onKeydown(event));
    addEventListener('beforeinput', (event) => this.#onBeforeInput(event), { capture: true });
    this.requestUpdate();
  }

  set leaseState(state: LeaseState) {
    this.lease_ = state;
  }

  /** The tab that edited is gone and this one took over by itself: say so, without moving focus. */
  startedEditingOnItsOwn() {
    this.#announce(msg('Der andere Tab ist geschlossen. Sie bearbeiten das Dokument jetzt in diesem Tab.'));
  }

  protected override updated(changed: PropertyValues<this>) {
    if (this.store) applyTheme(this.store.document.organisation.theme);
    if (changed.has('message' as keyof AdminApp) && this.message) this.messageBox?.focus();
  }

  protected override render() {
    const store = this.store;
    if (!store) return html`<p class="admin-loading">${msg('Die Anwendung wird geladen …')}</p>`;
    const document = store.document;
    return html`<a class="admin-skip-link" href="#editor">${msg('Zum Formular springen')}</a>
      <header class="admin-header">
        <h1 class="admin-title">${msg('Strategie bearbeiten')} <span class="admin-visually-hidden">–</span> <span class="admin-subtitle">${document.organisation.city}</span></h1>
        <div class="admin-settings">
          <label>
            ${msg('Sprache der Oberfläche')}
            <select id="ui-language" @change=${this.#changeLanguage}>
              <option value="de" ?selected=${getLocale() === 'de'}>Deutsch</option>
              <option value="en" ?selected=${getLocale() === 'en'}>English</option>
            </select>
          </label>
          <label>
            ${msg('Erscheinungsbild')}
            <select id="theme" ?disabled=${!store.editable} @change=${this.#changeTheme}>
              <option value="muenchen" ?selected=${document.organisation.theme === 'muenchen'}>München</option>
              <option value="musterstadt" ?selected=${document.organisation.theme === 'musterstadt'}>Musterstadt</option>
            </select>
          </label>
        </div>
      </header>
      <nav class="admin-status-bar" aria-label=${msg('Dokument')}>
        <div class="admin-toolbar">
          <!-- aria-disabled, not disabled: the button keeps focus after the last undo instead of dropping it to the page. -->
          <button type="button" class="admin-button" id="undo" aria-disabled=${store.canUndo ? 'false' : 'true'} @click=${() => store.undo()}>${msg('Rückgängig')}</button>
          <button type="button" class="admin-button" id="redo" aria-disabled=${store.canRedo ? 'false' : 'true'} @click=${() => store.redo()}>${msg('Wiederholen')}</button>
          <span class="admin-import">
            <!-- A real button opens the file chooser: reachable by Tab, with the same focus ring as every button. -->
            <button type="button" class="admin-button" id="import-button" aria-describedby="import-hint" ?disabled=${!store.editable} @click=${this.#chooseImportFile}>
              ${msg('Importieren …')}
            </button>
            <input type="file" id="import-file" hidden tabindex="-1" accept="application/json,.json" @change=${this.#import} />
            <span class="admin-import-hint" id="import-hint">${msg('JSON-Datei aus dieser Anwendung, bis 5 MB')}</span>
          </span>
          <button type="button" class="admin-button" id="export" @click=${this.#export}>${msg('Exportieren')}</button>
          <button type="button" class="admin-button" id="versions" @click=${this.#openVersions}>${msg('Versionen')}</button>
          <admin-publish-button .store=${store}></admin-publish-button>
          <button type="button" class="admin-button" id="present" @click=${this.#present}>${msg('Präsentieren')}</button>
        </div>
        <p class="admin-save-status" role="status" id="save-status">${this.#saveStatusText()}</p>
        ${this.#renderProblemCount()}
        <p class="admin-visually-hidden" role="status" id="announcer">${this.announcement}</p>
      </nav>
      ${this.#renderLeaseBanner()}
      ${this.#renderSaveFailure()}
      <!-- A group named by its heading: when focus moves here, a screen reader says the heading. -->
      <div
        class="admin-message ${this.message?.kind === 'info' ? '' : 'admin-message-error'}"
        id="admin-message"
        tabindex="-1"
        role="group"
        aria-labelledby=${this.message ? 'admin-message-heading' : nothing}
      >
        ${this.#renderMessage()}
      </div>
      <main class="admin-workspace" id="editor" tabindex="-1">
        <section class="admin-panel admin-form-panel" aria-labelledby="form-title">
          <h2 class="admin-panel-title" id="form-title">${msg('Inhalt')}</h2>
          <nav class="admin-section-nav" aria-label=${msg('Abschnitte')}>
            <ul>
              ${this.#sectionLinks().map(([id, title]) => html`<li><a href=${`#section-${id}`}>${title}</a></li>`)}
            </ul>
          </nav>
          <admin-strategy-form .store=${store} @announce=${(event: CustomEvent<string>) => this.#announce(event.detail)}></admin-strategy-form>
        </section>
        <section class="admin-panel admin-preview-panel" aria-labelledby="preview-title">
          <h2 class="admin-panel-title" id="preview-title">${msg('Vorschau')}</h2>
          <div class="admin-preview-tabs">
            <button type="button" class="admin-button" aria-pressed=${this.previewView === 'page' ? 'true' : 'false'} @click=${() => (this.previewView = 'page')}>${msg('Als Webseite')}</button>
            <button type="button" class="admin-button" aria-pressed=${this.previewView === 'deck' ? 'true' : 'false'} @click=${() => (this.previewView = 'deck')}>${msg('Als Folien')}</button>
          </div>
          <iframe
            id="preview-frame"
            class="admin-preview-frame"
            title=${this.previewView === 'page' ? msg('Vorschau als Webseite') : msg('Vorschau als Folien')}
            src=${`preview.html?view=${this.previewView}`}
            allow="fullscreen"
            @load=${this.#previewLoaded}
          ></iframe>
        </section>
      </main>
      <admin-versions-dialog
        .versions=${this.versions}
        .editable=${store.editable}
        @save-version=${this.#saveVersion}
        @restore-version=${this.#restoreVersion}
        @delete-version=${this.#deleteVersion}
      ></admin-versions-dialog>`;
  }

  /** One link per section of the form, from the same model the form renders. */
  #sectionLinks(): [string, string][] {
    return formSections().map((section) => [section.id, section.title()]);
  }

  #saveStatusText() {
    const save = this.store?.saveState;
    if (!save || !this.store?.editable) return msg('Nur lesen: Änderungen werden in diesem Tab nicht gespeichert.');
    if (save.kind === 'saving') return msg('Wird gespeichert …');
    if (save.kind === 'failed') return msg('Nicht gespeichert.');
    const time = new Intl.DateTimeFormat(getLocale(), { hour: '2-digit', minute: '2-digit' }).format(save.at);
    return msg(str`Gespeichert um ${time}`);
  }

  /**
   * A permanent line while the document has problems: a draft may be incomplete (it is saved and
   * exported as it is), but the count is always in view and opens the error summary.
   */
  #renderProblemCount() {
    // The content model reports one problem per field, so problems and fields to fix are the same count.
    const count = this.store?.problems.length ?? 0;
    if (count === 0) return nothing;
    return html`<p class="admin-problem-count" id="problem-count">
      <span id="problem-count-text">${problemCountText(count)}</span> —
      <button type="button" class="admin-link-button" id="show-problems" aria-describedby="problem-count-text" @click=${() => this.showProblems(undefined)}>
        ${msg('anzeigen')}
      </button>
    </p>`;
  }

  #renderLeaseBanner() {
    if (this.lease_ === 'editing' && this.store?.editable) return nothing;
    const takenOver = this.lease_ === 'taken-over' || this.store?.saveState.kind === 'failed';
    return html`<div class="admin-message" role="region" aria-labelledby="lease-title">
      <h2 id="lease-title">${takenOver ? msg('In einem anderen Tab übernommen') : msg('Nur lesen')}</h2>
      <p>
        ${takenOver
          ? msg('Dieses Dokument wird jetzt in einem anderen Tab bearbeitet. Dieser Tab speichert nichts mehr.')
          : msg('Dieses Dokument ist bereits in einem anderen Tab geöffnet. Damit nichts verloren geht, kann es nur dort bearbeitet werden.')}
      </p>
      <button type="button" class="admin-button admin-button-primary" id="take-over" @click=${this.#takeOver}>${msg('Hier bearbeiten')}</button>
    </div>`;
  }

  #renderSaveFailure() {
    const save = this.store?.saveState;
    if (save?.kind !== 'failed' || save.reason === 'stale') {
      return save?.kind === 'failed'
        ? html`<div role="alert" class="admin-message admin-message-error">${msg('Nicht gespeichert: Ein anderer Tab hat das Dokument inzwischen geändert. Ihre letzte Änderung in diesem Tab wurde nicht übernommen, damit die Arbeit im anderen Tab erhalten bleibt.')}</div>`
        : nothing;
    }
    return html`<div role="alert" class="admin-message admin-message-error">
      <p>
        ${save.reason === 'quota'
          ? msg('Nicht gespeichert: Der Speicher des Browsers für diese Seite ist voll.')
          : msg('Nicht gespeichert: Der Browser hat das Speichern abgelehnt.')}
        ${msg('Exportieren Sie das Dokument jetzt, damit nichts verloren geht.')}
      </p>
      <button type="button" class="admin-button admin-button-primary" @click=${this.#export}>${msg('Jetzt exportieren')}</button>
      <button type="button" class="admin-button" @click=${() => void this.store?.retrySave()}>${msg('Erneut speichern')}</button>
    </div>`;
  }

  #renderMessage() {
    const message = this.message;
    if (!message) return nothing;
    // An info message is one sentence: it names the group itself, as a heading does for the others.
    if (message.kind === 'info') return html`<p id="admin-message-heading">${message.text}</p>`;
    const language = getLocale() as UiLanguage;
    if (message.kind === 'import-refused') {
      const problems = message.error.reason === 'invalid' ? message.error.problems : [];
      return html`<h2 id="admin-message-heading">${msg('Import abgelehnt')}</h2>
        <p>${describeImportError(message.error, language)}</p>
        ${problems.length > 0
          ? html`<ul>
              ${problems.slice(0, 20).map((problem) => html`<li><code>${problem.path || '/'}</code>: ${problem.message}</li>`)}
            </ul>`
          : nothing}
        <p>${msg('Das geöffnete Dokument ist unverändert.')}</p>`;
    }
    // Without an action it is the summary of the draft: it follows the document as it is fixed.
    const problems = message.action === undefined ? (this.store?.problems ?? []) : message.problems;
    const heading =
      message.action !== undefined
        ? problems.length === 1
          ? msg(str`${message.action}: Bitte zuerst 1 Angabe korrigieren`)
          : msg(str`${message.action}: Bitte zuerst ${problems.length} Angaben korrigieren`)
        : problems.length === 0
          ? msg('Alle Angaben sind vollständig')
          : problemCountText(problems.length);
    return html`<h2 id="admin-message-heading">${heading}</h2>
      <ul>
        ${problems.map((problem) => {
          const id = this.#fieldIdFor(problem.path);
          const label = this.#fieldLabel(id);
          return html`<li><a href=${`#${id}`} @click=${this.#jumpToField}>${label ? `${label}: ` : ''}${problem.message}</a></li>`;
        })}
      </ul>`;
  }

  /**
   * The form control a problem's path names (`hero.title` → `#field-hero-title`), or, for a problem
   * of a whole list or item, the nearest element of the form that exists.
   */
  #fieldIdFor(path: string): string {
    const keys = path.split(/[.[\]]+/).filter(Boolean);
    for (let length = keys.length; length > 0; length--) {
      const id = fieldId(keys.slice(0, length));
      if (this.querySelector(`#${CSS.escape(id)}`)) return id;
    }
    return 'editor';
  }

  /** The visible label of a field, without its "(Pflichtfeld)" note; empty when it has none. */
  #fieldLabel(id: string): string {
    const label = this.querySelector(`label[for="${CSS.escape(id)}"]`);
    if (!label) return this.querySelector(`#${CSS.escape(id)} > legend`)?.textContent?.trim() ?? '';
    return [...label.childNodes]
      .filter((node) => node.nodeType === Node.TEXT_NODE)
      .map((node) => node.textContent)
      .join('')
      .trim();
  }

  #jumpToField(event: Event) {
    const id = (event.currentTarget as HTMLAnchorElement).hash.slice(1);
    const target = this.querySelector<HTMLElement>(`#${CSS.escape(id)}`);
    if (!target) return;
    event.preventDefault();
    // A list or item: its first control; a control: itself.
    const control = target.matches('input, select, textarea, button, [tabindex]')
      ? target
      : (target.querySelector<HTMLElement>('input, select, textarea, button') ?? target);
    control.focus();
    control.scrollIntoView({ block: 'center' });
  }

  #announce(text: string) {
    // Cleared first, so the same sentence twice is announced twice.
    this.announcement = '';
    requestAnimationFrame(() => (this.announcement = text));
  }

  /**
   * Presents the deck: the preview frame goes full screen (while the click still counts as the
   * user's), shows the slides one at a time and takes the keyboard. Esc, or the deck's own "Alle
   * Folien zeigen", ends it.
   */
  async #present() {
    const frame = this.previewFrame;
    if (!frame) return;
    const fullScreen = frame.requestFullscreen?.().catch(() => undefined);
    if (this.previewView !== 'deck') {
      this.previewView = 'deck';
      await new Promise<void>((resolve) => frame.addEventListener('load', () => resolve(), { once: true }));
      await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    }
    await fullScreen;
    this.#preview = frame.contentWindow?.mdkPreview ?? this.#preview;
    this.#showPreview();
    frame.focus();
    this.#preview?.present();
    const stop = () => {
      if (document.fullscreenElement) return;
      this.#preview?.stopPresenting();
      document.removeEventListener('fullscreenchange', stop);
      this.querySelector<HTMLElement>('#present')?.focus();
    };
    document.addEventListener('fullscreenchange', stop);
  }

  #previewLoaded() {
    const frameWindow = this.previewFrame?.contentWindow;
    const connect = () => {
      this.#preview = frameWindow?.mdkPreview;
      this.#showPreview();
    };
    if (frameWindow?.mdkPreview) connect();
    else frameWindow?.addEventListener('mdk-preview-ready', connect, { once: true });
  }

  #showPreview() {
    if (this.store) this.#preview?.show(this.store.document);
  }

  /**
   * Ctrl+Z and Ctrl+Y (Cmd on a Mac) are the document's undo and redo everywhere, text fields
   * included. The browser's own undo keeps one history for the whole page: in a field that was not
   * typed in, it undoes typing in another field, and after the form has set a value (our undo, an
   * import) it splices old and new text together ("Per TastaturVon der Strategie …"). Our history
   * makes typing in one field one step, which is what the browser's would have undone.
   */
  #onKeydown(event: KeyboardEvent) {
    if (!this.store || !(event.ctrlKey || event.metaKey) || event.altKey) return;
    const key = event.key.toLowerCase();
    if (key === 'z' && !event.shiftKey) {
      event.preventDefault();
      this.store.undo();
    } else if (key === 'y' || (key === 'z' && event.shiftKey)) {
      event.preventDefault();
      this.store.redo();
    }
  }

  /** The browser's undo and redo from its menus arrive here: they become the document's too. */
  #onBeforeInput(event: InputEvent) {
    if (!this.store || (event.inputType !== 'historyUndo' && event.inputType !== 'historyRedo')) return;
    event.preventDefault();
    if (event.inputType === 'historyUndo') this.store.undo();
    else this.store.redo();
  }

  async #changeLanguage(event: Event) {
    const language = (event.target as HTMLSelectElement).value as UiLanguage;
    await switchUiLanguage(language);
    if (this.store) this.store.language = language;
  }

  #changeTheme(event: Event) {
    this.store?.set(['organisation', 'theme'], (event.target as HTMLSelectElement).value);
  }

  async #import(event: Event) {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file || !this.store?.editable) return;
    const language = getLocale() as UiLanguage;
    // Refuse an oversized file before reading it into memory.
    const result =
      file.size > importSizeLimit
        ? ({ ok: false, error: { reason: 'too-large', size: file.size, limit: importSizeLimit } } as const)
        : importDocument(new Uint8Array(await file.arrayBuffer()), language);
    if (!result.ok) {
      this.message = { kind: 'import-refused', error: result.error };
      return;
    }
    this.store.replace(result.document);
    this.message = {
      kind: 'info',
      text: result.migratedFrom
        ? msg(str`„${file.name}“ importiert (aus Format ${result.migratedFrom} übernommen). Rückgängig macht den Import ungeschehen.`)
        : msg(str`„${file.name}“ importiert. Rückgängig macht den Import ungeschehen.`),
    };
  }

  #chooseImportFile() {
    this.querySelector<HTMLInputElement>('#import-file')?.click();
  }

  #export() {
    if (!this.store) return;
    download(datedFileName('strategie', 'json'), exportDocument(this.store.document), 'application/json');
    this.#announce(msg('Export als JSON-Datei gestartet.'));
  }

  async #openVersions() {
    this.versions = (await this.database?.listVersions()) ?? [];
    await this.updateComplete;
    this.querySelector('admin-versions-dialog')?.open(this.querySelector<HTMLElement>('#versions'));
  }

  async #saveVersion(event: CustomEvent<string>) {
    if (!this.store?.editable || !this.database) return;
    await this.database.saveVersion(event.detail, this.store.document);
    this.versions = await this.database.listVersions();
    this.#announce(msg(str`Version „${event.detail}“ gespeichert.`));
  }

  #restoreVersion(event: CustomEvent<NamedVersion>) {
    this.store?.replace(event.detail.document);
    this.message = { kind: 'info', text: msg(str`Version „${event.detail.name}“ wiederhergestellt. Rückgängig holt den vorigen Stand zurück.`) };
  }

  async #deleteVersion(event: CustomEvent<NamedVersion>) {
    // A read-only tab writes nothing, named versions included.
    if (!this.store?.editable || !this.database || event.detail.id === undefined) return;
    await this.database.deleteVersion(event.detail.id);
    this.versions = await this.database.listVersions();
    this.#announce(msg(str`Version „${event.detail.name}“ gelöscht.`));
  }

  async #takeOver() {
    if (!this.lease || !this.store) return;
    this.lease_ = await this.lease.takeOver();
    await this.store.takeOver();
    this.message = { kind: 'info', text: msg('Sie bearbeiten das Dokument jetzt in diesem Tab.') };
  }

  /**
   * Shows an error summary and moves focus to it: the problems that stop `action` ("Veröffentlichen"),
   * or, without an action, the document's current problems. Export is never stopped: a draft may be
   * saved as it is.
   */
  showProblems(action: string | undefined, problems: readonly Problem[] = this.store?.problems ?? []) {
    // Asked for: the fields show their errors too, new items' included.
    this.querySelector('admin-strategy-form')?.revealAllErrors();
    this.message = { kind: 'problems', action, problems };
  }
}

/** "3 Angaben sind noch unvollständig", "1 Angabe …". */
function problemCountText(count: number): string {
  return count === 1 ? msg('1 Angabe ist noch unvollständig') : msg(str`${count} Angaben sind noch unvollständig`);
}


declare global {
  interface HTMLElementTagNameMap {
    'admin-app': AdminApp;
  }
}
