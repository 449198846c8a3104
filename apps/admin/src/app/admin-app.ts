import { localized, msg, str } from '@lit/localize';
import {
  describeImportError,
  exportDocument,
  importDocument,
  importSizeLimit,
  locationOf,
  pathText,
  withoutUnsafeAddresses,
  type ImportError,
  type ImportResult,
  type StrategyDocument,
  type ThemeName,
} from '@muenchen-digital/content';
import { themeLabels } from '@muenchen-digital/tokens';
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { customElement, query, state } from 'lit/decorators.js';
import { formSections } from '../editor/form-model.js';
import { changedPlace, linkPlaces, placesTemplate, placeText } from '../editor/form-place.js';
import '../editor/strategy-form.js';
import { datedFileName, download } from '../io/download.js';
import { inThisInstallationsTheme } from '../io/foreign-theme.js';
import { startDocumentFileName, type StartDocumentRefusal } from '../io/start-document.js';
import { dateLocale, getLocale, languageNames, offeredUiLanguages, switchUiLanguage, updatePageTitle, type UiLanguage } from '../localization.js';
import { exampleTheme } from '../offered-themes.js';
import type { PreviewApi } from '../preview/preview-main.js';
import '../publish/publish-button.js';
import type { DocumentStore } from '../state/document-store.js';
import { fieldId, type Path } from '../state/paths.js';
import type { DocumentDatabase, NamedVersion } from '../storage/database.js';
import { inCurrentFormat, UnreadableStoredDocument } from '../storage/stored-format.js';
import type { EditingLease, LeaseState } from '../storage/editing-lease.js';
import { applyTheme, themeUnavailableEvent } from '../theme.js';
import { LiveMessages } from './live-messages.js';
import { renderStartFailure, type StartFailure } from './start-failure.js';
import './versions-dialog.js';

/** How many of a refused file's problems the message lists before "… weitere Fehler anzeigen". */
const shownImportProblems = 20;

/** How long a write may take before the save status says "Wird gespeichert …" (see #saveStateChanged). */
const slowSave = 1000;

/** A text in the interface language of the moment: composed when shown, so a switch of language reaches a message already open. */
export type Words = () => string;

type Message =
  | { kind: 'import-refused'; error: ImportError }
  | { kind: 'start-document-refused'; refusal: StartDocumentRefusal }
  /** The problems to correct before `action`, or after `note` (an import of a draft) says what happened. */
  | { kind: 'problems'; action: Words | undefined; note?: Words }
  | { kind: 'info'; text: Words }
  /** An action that failed, and what to do: "Website nicht erstellt: …". */
  | { kind: 'failed'; heading: Words; text: Words };

/**
 * The admin app: the form on one side, the live preview on the other, the document's commands on
 * top (undo, redo, import, export, versions, publish, present), and the status of saving below
 * them. One `h1`, landmarks for header, the commands, the section links and main, and every message where a screen
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
  /** A write has been under way longer than `slowSave`: the save status says "Wird gespeichert …". */
  @state() private savingForAWhile = false;
  /** What the polite region `#announcer` says: list changes, undo, exports, the editing tab. */
  readonly #announcements = new LiveMessages(this);
  #slowSaveTimer: ReturnType<typeof setTimeout> | undefined;
  /** When the document was last saved: shown while a quick write is under way. */
  #lastSavedAt: number | undefined;
  @state() private previewView: 'page' | 'deck' = 'page';
  @state() private versions: NamedVersion[] = [];
  /** The browser refused to list the saved versions when they were last read. */
  @state() private versionsUnreadable = false;
  @state() private startFailure: StartFailure | undefined;

  @query('#preview-frame') private previewFrame?: HTMLIFrameElement;
  @query('#admin-message') private messageBox?: HTMLElement;

  #preview: PreviewApi | undefined;
  /**
   * While the deck is presented: ends it — listeners gone, full screen left, and focus back on
   * "Präsentieren" unless `focus` is false (the preview showed another view meanwhile).
   */
  #endPresenting: ((options?: { focus?: boolean }) => Promise<void>) | undefined;
  /** Between "Präsentieren" and the deck presenting (the frame may load its slide view first). */
  #presentingStarts = false;

  /** The document now and before its latest change, and whether it changed since the last render. */
  #documentNow: StrategyDocument | undefined;
  #documentBefore: StrategyDocument | undefined;
  #documentChanged = false;
  /** The document that, shown again, makes the note on screen untrue: "… importiert. Rückgängig macht den Import ungeschehen." */
  #noteUndoneAt: StrategyDocument | undefined;
  #problemCount = 0;
  /** Whether the next message shown takes focus (see showInfo). */
  #messageTakesFocus = true;

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener(themeUnavailableEvent, this.#themeUnavailable);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener(themeUnavailableEvent, this.#themeUnavailable);
  }

  /** The chosen theme's stylesheet did not load: the look before stays, and the message says what to do. */
  readonly #themeUnavailable = () =>
    this.showFailure(
      () => msg('Erscheinungsbild nicht gewechselt'),
      () => msg('Die Farben und Schriften des gewählten Erscheinungsbilds ließen sich nicht laden, etwa weil die Anwendung inzwischen auf dem Server aktualisiert wurde. Die Seite zeigt weiter das vorige. Laden Sie die Seite neu. Ihr Dokument bleibt erhalten.'),
    );

  protected override createRenderRoot() {
    // The page's "loading" note goes: from here on this element renders the app.
    this.replaceChildren();
    return this;
  }

  /**
   * Called when starting failed before the store opened: the page says why and what to do, in
   * `theme` (the installation's, from its start document) or else the example's. Once the app runs,
   * a failure in what is left of starting (following other tabs) leaves it running.
   */
  failedToStart(failure: StartFailure, theme: ThemeName = exampleTheme()) {
    if (this.store) return;
    applyTheme(theme);
    this.startFailure = failure;
    document.title = `${msg('Die Anwendung kann nicht starten')} – ${document.title}`;
  }

  /** Called once the store is open: from here on the app renders the document. */
  attach(store: DocumentStore, database: DocumentDatabase, lease: EditingLease, leaseState: LeaseState) {
    this.store = store;
    this.database = database;
    this.lease = lease;
    this.lease_ = leaseState;
    this.#documentNow = store.document;
    this.#problemCount = store.problems.length;
    store.addEventListener('change', () => {
      this.#followDocument(store);
      this.requestUpdate();
      this.#showPreview();
    });
    if (store.saveState.kind === 'saved') this.#lastSavedAt = store.saveState.at;
    store.addEventListener('save', () => this.#saveStateChanged());
    addEventListener('keydown', (event) => this.#onKeydown(event));
    addEventListener('beforeinput', (event) => this.#onBeforeInput(event), { capture: true });
    this.requestUpdate();
  }

  set leaseState(state: LeaseState) {
    const lostEditing = this.lease_ === 'editing' && state === 'taken-over';
    this.lease_ = state;
    if (lostEditing) void this.#editingTakenElsewhere();
  }

  /**
   * Another tab took the document over: this one's form becomes read-only under the person's hands.
   * Focus in the form would fall to the page with its disabled field: it goes to "Hier bearbeiten",
   * the way back, described by what happened. Focus elsewhere stays, and the change is announced.
   */
  async #editingTakenElsewhere() {
    // Asked now: the form has not re-rendered its fields as disabled yet.
    const focused = document.activeElement;
    const focusInForm = this.querySelector('admin-strategy-form')?.contains(focused) ?? false;
    await this.updateComplete;
    const takeOver = this.querySelector<HTMLElement>('#take-over');
    // Also a toolbar button now disabled ("Importieren …") has lost focus, or is about to.
    const focusLost = document.activeElement === document.body || document.activeElement?.matches(':disabled') === true;
    if ((focusInForm || focusLost) && takeOver) {
      this.#focusBeforeTakeOver = focused instanceof HTMLElement ? focused.id : '';
      takeOver.focus();
    } else {
      this.#focusBeforeTakeOver = undefined;
      this.#announce(msg('Dieses Dokument wird jetzt in einem anderen Tab bearbeitet. Dieser Tab speichert nichts mehr.'));
    }
  }

  /**
   * Set when focus went to "Hier bearbeiten" as another tab took over: the id of where it came from
   * ('' for an element without one).
   */
  #focusBeforeTakeOver: string | undefined;

  /**
   * The stored document names a theme this installation no longer builds (`theme`, its folder renamed
   * or removed): it opened in the example's, and the message says so — and, until a tab writes it,
   * that the browser still keeps it in the old theme.
   */
  storedThemeGone(theme: string) {
    const store = this.store;
    if (!store) return;
    const shownIn = themeLabels[store.document.organisation.theme];
    this.message = {
      kind: 'info',
      text: () =>
        `${msg(str`Das Erscheinungsbild „${theme}“ gibt es in dieser Installation nicht mehr. Das Dokument wird deshalb in „${shownIn}“ gezeigt.`)} ${
          store.goneThemeStillStored
            ? msg('Gespeichert ist es noch im alten Erscheinungsbild, bis Sie etwas ändern.')
            : msg(str`Gespeichert ist es jetzt in „${themeLabels[store.document.organisation.theme]}“.`)
        }`,
    };
  }

  /**
   * The installation's start document could not be used, so the example is open: say why, so that
   * whoever looks after the installation can fix the file, and nobody mistakes the example for it.
   */
  startDocumentRefused(refusal: StartDocumentRefusal) {
    this.message = { kind: 'start-document-refused', refusal };
  }

  /**
   * The tab that edited is gone (closed, or reloaded: a reloaded tab finds this one editing and opens
   * read-only, as any tab opened later) and this one took over by itself: say so. Focus stays where it is,
   * unless it was on "Hier bearbeiten", which goes with the banner: then it returns to the field or
   * button it came from (editable again), else to the form's first field, not to the page.
   */
  async startedEditingOnItsOwn() {
    const onTakeOver = document.activeElement?.id === 'take-over';
    await this.updateComplete;
    const form = this.querySelector<HTMLElement & { updateComplete?: Promise<unknown> }>('admin-strategy-form');
    await form?.updateComplete;
    // On the button still, or lost with it: only when focus was put there, not when a person left it on the page.
    if (this.#focusBeforeTakeOver !== undefined && (onTakeOver || document.activeElement === document.body)) {
      const before = this.#focusBeforeTakeOver ? document.getElementById(this.#focusBeforeTakeOver) : null;
      const target = before && !before.matches(':disabled') ? before : form?.querySelector<HTMLElement>('input, textarea, select');
      target?.focus();
    }
    this.#focusBeforeTakeOver = undefined;
    this.#announce(msg('Der Tab, der das Dokument bearbeitet hat, ist geschlossen oder neu geladen. Sie bearbeiten es jetzt in diesem Tab.'));
  }

  protected override updated(changed: PropertyValues<this>) {
    if (this.store) {
      applyTheme(this.store.document.organisation.theme);
      updatePageTitle(this.store.document.organisation.city);
    }
    if (changed.has('message' as keyof AdminApp) && this.message) {
      if (this.#messageTakesFocus) this.messageBox?.focus();
      this.#messageTakesFocus = true;
    }
    // A note that comes with a change of the whole document (an import, a restored version) is
    // untrue once that change is undone.
    if (changed.has('message' as keyof AdminApp)) this.#noteUndoneAt = this.#isNote(this.message) && this.#documentChanged ? this.#documentBefore : undefined;
    this.#documentChanged = false;
  }

  /** Whether `message` reports a change of the whole document (an import, a restore), which undo takes back. */
  #isNote(message: Message | undefined): boolean {
    return message?.kind === 'info' || (message?.kind === 'problems' && message.note !== undefined);
  }

  /**
   * Keeps the message box true to the document. The error summary follows the problems as they are
   * fixed; once none is left, a polite status says so (focus stays where the person works). A note
   * that says "Rückgängig macht den Import ungeschehen" goes once the import is undone.
   */
  #followDocument(store: DocumentStore) {
    if (store.document !== this.#documentNow) {
      this.#documentBefore = this.#documentNow;
      this.#documentNow = store.document;
      this.#documentChanged = true;
    }
    const count = store.problems.length;
    const noteUndone = this.#isNote(this.message) && this.#noteUndoneAt !== undefined && store.document === this.#noteUndoneAt;
    if (this.message?.kind === 'problems' && this.#problemCount > 0 && count === 0 && !noteUndone) {
      const action = this.message.action?.();
      this.#announce(action === undefined ? msg('Alle Angaben sind in Ordnung.') : msg(str`Alle Angaben sind in Ordnung. „${action}“ ist jetzt möglich.`));
    }
    this.#problemCount = count;
    if (noteUndone) {
      // The note took focus when it appeared, and Ctrl+Z may have undone from there: focus then goes
      // to "Rückgängig" rather than to the page.
      const hadFocus = this.messageBox?.contains(document.activeElement) ?? false;
      this.message = undefined;
      if (hadFocus) void this.updateComplete.then(() => this.querySelector<HTMLElement>('#undo')?.focus());
    }
  }

  protected override render() {
    const store = this.store;
    if (this.startFailure) return renderStartFailure(this.startFailure);
    if (!store) return html`<p class="admin-loading">${msg('Die Anwendung wird geladen …')}</p>`;
    const document = store.document;
    return html`<a class="admin-skip-link" href="#editor">${msg('Zum Formular springen')}</a>
      <header class="admin-header">
        <h1 class="admin-title">${msg('Strategie bearbeiten')} <span class="admin-subtitle">– ${document.organisation.city}</span></h1>
        ${offeredUiLanguages.length > 1
          ? html`<div class="admin-settings">
              <label>
                ${msg('Sprache der Oberfläche')}
                <select id="ui-language" @change=${this.#changeLanguage}>
                  ${offeredUiLanguages.map(
                    (language) => html`<option value=${language} lang=${language} ?selected=${getLocale() === language}>${languageNames[language]}</option>`,
                  )}
                </select>
              </label>
            </div>`
          : nothing}
      </header>
      <!--
        A region, not a nav: it holds the document's commands and status, no links. Not named
        "Dokument", which is the form's first section: two places of one name in a screen reader's lists.
      -->
      <section class="admin-status-bar" aria-label=${msg('Befehle und Status')}>
        <div class="admin-toolbar">
          <!-- aria-disabled, not disabled: the button keeps focus after the last undo instead of dropping it to the page. -->
          <button type="button" class="admin-button" id="undo" aria-disabled=${store.canUndo ? 'false' : 'true'} @click=${() => this.#undoOrRedo('undo')}>${msg('Rückgängig')}</button>
          <button type="button" class="admin-button" id="redo" aria-disabled=${store.canRedo ? 'false' : 'true'} @click=${() => this.#undoOrRedo('redo')}>${msg('Wiederholen')}</button>
          <span class="admin-import">
            <!-- A real button opens the file chooser: reachable by Tab, with the same focus ring as every button. -->
            <button type="button" class="admin-button" id="import-button" aria-describedby="import-hint" ?disabled=${!store.editable} @click=${this.#chooseImportFile}>
              ${msg('Importieren …')}
            </button>
            <input type="file" id="import-file" hidden tabindex="-1" accept="application/json,.json" @change=${this.#import} />
            <span class="admin-import-hint" id="import-hint">${msg('Eine mit „Exportieren“ gespeicherte Datei, bis 5 MB')}</span>
          </span>
          <button type="button" class="admin-button" id="export" @click=${this.#export}>${msg('Exportieren')}</button>
          <button type="button" class="admin-button" id="versions" @click=${this.#openVersions}>${msg('Versionen')}</button>
          <admin-publish-button .store=${store}></admin-publish-button>
          <button type="button" class="admin-button" id="present" @click=${this.#present}>${msg('Präsentieren')}</button>
        </div>
        <p class="admin-save-status" role="status" id="save-status" tabindex="-1">${this.#saveStatusText()}</p>
        ${this.#renderProblemCount()}
        <div class="admin-visually-hidden" role="status" aria-atomic="false" id="announcer">${this.#announcements.render()}</div>
      </section>
      ${this.#renderLeaseBanner()}
      ${this.#renderSaveFailure()}
      <main class="admin-workspace" id="editor" tabindex="-1">
        <!--
          A group named by its heading: when focus moves here, a screen reader says the heading. Inside
          main, so landmark navigation finds it; hidden while it has nothing to say (Lit's markers keep
          it from ever being :empty), and the same element throughout, so focus can always return here.
        -->
        <div
          class="admin-message ${this.#messageIsError() ? 'admin-message-error' : ''}"
          id="admin-message"
          tabindex="-1"
          role="group"
          aria-labelledby=${this.message ? 'admin-message-heading' : nothing}
          aria-describedby=${this.#messageHasBody() ? 'admin-message-body' : nothing}
          ?hidden=${!this.message}
        >
          ${this.#renderMessage()}
          ${this.message
            ? html`<button type="button" class="admin-button admin-message-dismiss" id="dismiss-message" @click=${this.#dismissMessage}>
                ${msg('Meldung schließen')}
              </button>`
            : nothing}
        </div>
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
            <!-- An action, not a view: set apart from the two view buttons. -->
            <button type="button" class="admin-button admin-preview-action" id="print-slides" @click=${this.#printSlides}>${msg('Folien drucken')}</button>
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
        .unreadable=${this.versionsUnreadable}
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

  /**
   * The save status is a live region: each change of its words is read out. A write takes
   * milliseconds and follows every change, every key typed, so "Wird gespeichert …" is shown only once a
   * write has taken longer than `slowSave`; until then the line keeps "In diesem Browser gespeichert um …", which
   * changes at most once a minute. A screen reader is not talked over while someone types.
   */
  #saveStateChanged() {
    const saving = this.store?.saveState.kind === 'saving';
    if (!saving) {
      clearTimeout(this.#slowSaveTimer);
      this.#slowSaveTimer = undefined;
      this.savingForAWhile = false;
    } else if (this.#slowSaveTimer === undefined && !this.savingForAWhile) {
      this.#slowSaveTimer = setTimeout(() => {
        this.#slowSaveTimer = undefined;
        this.savingForAWhile = this.store?.saveState.kind === 'saving';
      }, slowSave);
    }
    const save = this.store?.saveState;
    if (save?.kind === 'saved') this.#lastSavedAt = save.at;
    this.requestUpdate();
  }

  #saveStatusText() {
    const save = this.store?.saveState;
    if (!save || !this.store?.editable) return msg('Nur lesen: Änderungen werden in diesem Tab nicht gespeichert.');
    if (save.kind === 'failed') return msg('Nicht gespeichert.');
    if (save.kind === 'not-yet-saved') return msg('Noch nicht gespeichert: Gespeichert wird ab Ihrer ersten Änderung.');
    const savedAt = save.kind === 'saved' ? save.at : this.#lastSavedAt;
    if (save.kind === 'saving' && (this.savingForAWhile || savedAt === undefined)) return msg('Wird gespeichert …');
    const time = new Intl.DateTimeFormat(dateLocale(), { hour: '2-digit', minute: '2-digit' }).format(savedAt);
    // Where, too: the document lives in this browser only, not on a server another computer reaches.
    return msg(str`In diesem Browser gespeichert um ${time}`);
  }

  /**
   * A permanent line while the document has problems: a draft may be incomplete (it is saved and
   * exported as it is), but the count is always in view and opens the error summary.
   */
  #renderProblemCount() {
    // The content model reports one problem per field, and a field's draft ("ca. 1,6") replaces its
    // field's problem, so problems and fields to fix are the same count.
    const count = this.store?.problems.length ?? 0;
    if (count === 0) return nothing;
    return html`<p class="admin-problem-count" id="problem-count">
      <span id="problem-count-text">${problemCountText(count)}</span> —
      <!-- Named by what it shows: a bare "anzeigen" said nothing in a screen reader's list of buttons. -->
      <button type="button" class="admin-link-button" id="show-problems" aria-describedby="problem-count-text" @click=${() => this.showProblems(undefined)}>
        ${count === 1 ? msg('Angabe anzeigen') : msg('Angaben anzeigen')}
      </button>
    </p>`;
  }

  #renderLeaseBanner() {
    if (this.lease_ === 'editing' && this.store?.editable) return nothing;
    const takenOver = this.lease_ === 'taken-over' || this.store?.saveState.kind === 'failed';
    return html`<div class="admin-message" role="region" aria-labelledby="lease-title">
      <h2 id="lease-title">${takenOver ? msg('In einem anderen Tab übernommen') : msg('Nur lesen')}</h2>
      <p id="lease-text">
        ${takenOver
          ? msg('Dieses Dokument wird jetzt in einem anderen Tab bearbeitet. Dieser Tab speichert nichts mehr.')
          : msg('Dieses Dokument ist bereits in einem anderen Tab geöffnet und wird dort bearbeitet. Mit „Hier bearbeiten“ übernehmen Sie es in diesem Tab; der andere Tab speichert dann nichts mehr, damit nichts verloren geht.')}
      </p>
      <button type="button" class="admin-button admin-button-primary" id="take-over" aria-describedby="lease-text" @click=${this.#takeOver}>${msg('Hier bearbeiten')}</button>
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
        ${save.reason === 'quota' ? msg('Löschen Sie dann ältere Versionen unter „Versionen“ und wählen Sie „Erneut speichern“.') : nothing}
      </p>
      <button type="button" class="admin-button admin-button-primary" @click=${this.#export}>${msg('Jetzt exportieren')}</button>
      <button type="button" class="admin-button" @click=${this.#retrySave}>${msg('Erneut speichern')}</button>
    </div>`;
  }

  /**
   * "Erneut speichern": saved, the alert and its button go, and focus moves to the save status, which
   * a screen reader then reads ("In diesem Browser gespeichert um 14:32"). Refused again, focus stays on the button and
   * that is said: the alert's text has not changed, so it is not read out again by itself.
   */
  async #retrySave() {
    if (!this.store) return;
    if (await this.store.retrySave()) {
      await this.updateComplete;
      this.querySelector<HTMLElement>('#save-status')?.focus();
    } else if (this.store.saveState.kind === 'failed') {
      this.#announce(msg('Wieder nicht gespeichert. Exportieren Sie das Dokument, damit nichts verloren geht.'));
    }
  }

  #renderMessage() {
    const message = this.message;
    if (!message) return nothing;
    // An info message is one sentence: it names the group itself, as a heading does for the others.
    if (message.kind === 'info') return html`<p id="admin-message-heading">${message.text()}</p>`;
    if (message.kind === 'failed') return html`<h2 id="admin-message-heading">${message.heading()}</h2><div id="admin-message-body"><p>${message.text()}</p></div>`;
    const language = getLocale() as UiLanguage;
    if (message.kind === 'import-refused') {
      return html`<h2 id="admin-message-heading">${msg('Import abgelehnt')}</h2>
        <div id="admin-message-body">
          ${this.#renderImportError(message.error, language)}
          <p>${msg('Das geöffnete Dokument ist unverändert.')}</p>
        </div>`;
    }
    if (message.kind === 'start-document-refused') {
      const { refusal } = message;
      return html`<h2 id="admin-message-heading">${msg('Startdokument nicht geladen')}</h2>
        <div id="admin-message-body">
        <p>
          ${msg(str`Diese Installation hat ein eigenes Startdokument (${startDocumentFileName}), das sich nicht laden ließ. Geöffnet ist deshalb das Beispieldokument.`)}
        </p>
        ${refusal.reason === 'refused'
          ? this.#renderImportError(refusal.error, language)
          : html`<p>
              ${refusal.status === undefined
                ? msg('Der Server hat die Datei nicht rechtzeitig ausgeliefert.')
                : msg(str`Der Server hat die Datei nicht ausgeliefert (HTTP-Status ${refusal.status}).`)}
            </p>`}
        <p>
          ${msg('Das Beispieldokument wird in diesem Browser erst gespeichert, wenn Sie es ändern. Bis dahin versucht die App bei jedem Start erneut, das Startdokument zu laden. Wer die Installation betreut, kann die Datei korrigieren; die korrigierte Datei lässt sich auch hier importieren.')}
        </p>
        </div>`;
    }
    // The summary follows the document as it is fixed, also after an action was refused: a fixed
    // entry leaves the list, and once none is left the summary says so (and #followDocument tells a
    // screen reader, without moving focus).
    const problems = this.store?.problems ?? [];
    const action = message.action?.();
    const note = message.note?.();
    if (problems.length === 0) {
      const body = [note, action !== undefined ? actionPossibleText(action) : undefined].filter(Boolean).join(' ');
      return html`<h2 id="admin-message-heading">${msg('Alle Angaben sind in Ordnung')}</h2>
        ${body ? html`<p id="admin-message-body">${body}</p>` : nothing}`;
    }
    const heading =
      action !== undefined
        ? problems.length === 1
          ? msg(str`${action}: Bitte zuerst 1 Angabe korrigieren`)
          : msg(str`${action}: Bitte zuerst ${problems.length} Angaben korrigieren`)
        : problemCountText(problems.length);
    return html`<h2 id="admin-message-heading">${heading}</h2>
      ${note ? html`<p id="admin-message-body">${note}</p>` : nothing}
      <ul>
        ${problems.map((problem) => {
          const { id, keys } = this.#fieldFor(problem.path);
          const label = this.#fieldLabel(id);
          // Each link says which field, inside which items: nine links "Quelle: …" could not be told apart.
          const places = (this.store ? linkPlaces(keys, this.store.document, label) : [{ kind: 'field' as const, label }]).filter((place) => placeText(place));
          const documentLanguage = this.store?.document.language ?? 'de';
          const name = placesTemplate(places, documentLanguage);
          return html`<li><a href=${`#${id}`} @click=${this.#jumpToField}>${name}${places.length > 0 ? ': ' : ''}${problem.message}</a></li>`;
        })}
      </ul>`;
  }

  /**
   * Why a file was refused, and its problems, if it has any: the first 20 in view, the rest one
   * click away, so a file with hundreds of problems does not bury the message, and none is withheld
   * (the message asks for every one to be corrected).
   */
  #renderImportError(error: ImportError, language: UiLanguage) {
    const problems = error.reason === 'invalid' ? error.problems : [];
    const listed = (some: typeof problems) => html`<ul>
      ${some.map((problem) => html`<li>${problem.location}: ${problem.message}</li>`)}
    </ul>`;
    const rest = problems.slice(shownImportProblems);
    return html`<p>${describeImportError(error, language)}</p>
      ${problems.length > 0 ? listed(problems.slice(0, shownImportProblems)) : nothing}
      ${rest.length > 0
        ? html`<details class="admin-more-problems">
            <summary>${rest.length === 1 ? msg('Einen weiteren Fehler anzeigen') : msg(str`${rest.length} weitere Fehler anzeigen`)}</summary>
            ${listed(rest)}
          </details>`
        : nothing}`;
  }

  /**
   * Whether the message box has text besides its heading that focus on the box should say too: why
   * an import or a task failed, and what now. Not the list of problems: its links are read one by one.
   */
  #messageHasBody(): boolean {
    const message = this.message;
    if (message?.kind === 'problems') return message.note !== undefined || ((this.store?.problems.length ?? 0) === 0 && message.action !== undefined);
    return message?.kind === 'failed' || message?.kind === 'import-refused' || message?.kind === 'start-document-refused';
  }

  /** Whether the message box shows an error: a file refused, or problems still to correct. */
  #messageIsError(): boolean {
    if (this.message?.kind === 'problems') return (this.store?.problems.length ?? 0) > 0;
    return this.message !== undefined && this.message.kind !== 'info';
  }

  /**
   * The form control a problem's path names (`hero.title` → `#field-hero-title`), or, for a problem
   * of a whole list or item, the nearest element of the form that exists; and that element's place.
   */
  #fieldFor(path: string): { id: string; keys: Path } {
    const keys = path
      .split(/[.[\]]+/)
      .filter(Boolean)
      .map((key) => (/^\d+$/.test(key) ? Number(key) : key));
    // A logo's image is chosen, and its problem shown, at the logo's file button: the link leads there.
    if (keys.at(-1) === 'src' && keys.at(-2) === 'logo') {
      const fileButton = `${fieldId(keys.slice(0, -1))}-file`;
      if (this.querySelector(`#${CSS.escape(fileButton)}`)) return { id: fileButton, keys };
    }
    for (let length = keys.length; length > 0; length--) {
      const id = fieldId(keys.slice(0, length));
      if (this.querySelector(`#${CSS.escape(id)}`)) return { id, keys: keys.slice(0, length) };
    }
    return { id: 'editor', keys: [] };
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
    const target = this.#byId((event.currentTarget as HTMLAnchorElement).hash.slice(1));
    if (!target) return;
    event.preventDefault();
    const control = controlAt(target);
    control.focus();
    control.scrollIntoView({ block: 'center' });
  }

  /** The element of this app with the id `id` (any characters), or null. */
  #byId<T extends HTMLElement = HTMLElement>(id: string): T | null {
    return this.querySelector<T>(`#${CSS.escape(id)}`);
  }

  /** Resolves once this app and its form have drawn what changed. */
  async #drawn(): Promise<void> {
    await this.updateComplete;
    await this.querySelector<LitElement>('admin-strategy-form')?.updateComplete;
  }

  #announce(text: string) {
    this.#announcements.say(text);
  }

  /**
   * Presents the deck: the preview frame goes full screen (while the click still counts as the
   * user's), shows the slides one at a time and takes the keyboard. Leaving full screen (Esc), or
   * the deck's own "Alle Folien zeigen", ends it — and where the browser refused full screen, Esc
   * in the deck does — and focus comes back to "Präsentieren".
   */
  async #present() {
    const frame = this.previewFrame;
    if (!frame) return;
    // The web page view was chosen while presenting (its page may still be loading): that presentation is over.
    if (this.#endPresenting && this.previewView !== 'deck') await this.#endPresenting({ focus: false });
    // Presenting already, or about to (a second click while the frame loads): one presentation.
    if (this.#endPresenting || this.#presentingStarts) {
      frame.focus();
      return;
    }
    this.#presentingStarts = true;
    try {
      const fullScreen = frame.requestFullscreen?.().catch(() => undefined);
      await this.#slideViewShown(frame);
      await fullScreen;
    } finally {
      this.#presentingStarts = false;
    }
    const frameWindow = frame.contentWindow;
    this.#preview = frameWindow?.mdkPreview ?? this.#preview;
    this.#showPreview();
    frame.focus();
    this.#preview?.present();

    const leftFullScreen = () => {
      if (!document.fullscreenElement) void end();
    };
    const end = async ({ focus = true }: { focus?: boolean } = {}) => {
      this.#endPresenting = undefined;
      document.removeEventListener('fullscreenchange', leftFullScreen);
      frameWindow?.removeEventListener('mdk-presenting-end', endedInPreview);
      this.#preview?.stopPresenting();
      // Focus moves once full screen is left: before, the frame in full screen keeps it.
      if (document.fullscreenElement) await document.exitFullscreen().catch(() => undefined);
      if (!focus) return;
      this.querySelector<HTMLElement>('#present')?.focus();
      this.#announce(msg('Präsentation beendet.'));
    };
    const endedInPreview = () => void end();
    this.#endPresenting = end;
    document.addEventListener('fullscreenchange', leftFullScreen);
    frameWindow?.addEventListener('mdk-presenting-end', endedInPreview);
  }

  /** Shows the preview's slide view, and resolves once that has loaded (at once when it is showing). */
  async #slideViewShown(frame: HTMLIFrameElement): Promise<void> {
    if (this.previewView === 'deck') return;
    this.previewView = 'deck';
    // The slide view's own load: a page view still loading may load first.
    await new Promise<void>((resolve) => {
      const loaded = () => {
        if (!frame.contentWindow?.location.search.includes('view=deck')) return;
        frame.removeEventListener('load', loaded);
        resolve();
      };
      frame.addEventListener('load', loaded);
    });
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
  }

  /**
   * Prints the slides, one per page (the deck's print styles): the browser's print of the preview's
   * slide view, which it shows first. The editor's own print (Ctrl+P) would print the form.
   */
  async #printSlides() {
    const frame = this.previewFrame;
    if (!frame) return;
    await this.#slideViewShown(frame);
    // Once the frame has the document: a view just loaded shows it after its ready event.
    const frameWindow = frame.contentWindow;
    if (!frameWindow) return;
    if (!frameWindow.mdkPreview) await new Promise((resolve) => frameWindow.addEventListener('mdk-preview-ready', resolve, { once: true }));
    await new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));
    await frameWindow.document.fonts.ready;
    frameWindow.print();
  }

  #previewLoaded() {
    // A new page in the frame (the other view chosen while presenting without full screen): that presentation is over.
    void this.#endPresenting?.({ focus: false });
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
   * Ctrl+Z and Ctrl+Y / Ctrl+Shift+Z (Cmd on a Mac) are the document's undo and redo where focus is on
   * the document (`#isOnDocument`), and only there.
   *
   * In a text field of the document they are the document's too, not the browser's: what a person
   * expects there is that their last typing goes, and our history makes typing in one field one step,
   * which is what the browser's undo would have taken back. The browser's own undo would do worse: it
   * keeps one history for the whole page, so in a field that was not typed in it undoes typing in
   * another field, and after the form has set a value (our undo, an import) it splices old and new
   * text together ("Per TastaturVon der Strategie …"). Either way the step is announced, so a change
   * in a field out of view is not silent.
   *
   * Anywhere else — a dialog (the version's name), the UI language — the keys are left to the
   * browser: in a text field there, Ctrl+Z takes back what was typed in that field, as everywhere
   * else on the web; the document behind stays as it is (`#onBeforeInput` keeps the browser's
   * page-wide history from reaching into it).
   */
  #onKeydown(event: KeyboardEvent) {
    if (!this.store || !(event.ctrlKey || event.metaKey) || event.altKey || event.isComposing) return;
    const key = event.key.toLowerCase();
    const direction = key === 'z' && !event.shiftKey ? 'undo' : key === 'y' || (key === 'z' && event.shiftKey) ? 'redo' : undefined;
    if (!direction || !this.#isOnDocument(event.target instanceof Element ? event.target : null)) return;
    event.preventDefault();
    this.#undoOrRedo(direction);
  }

  /**
   * The browser's undo and redo — from its menus, or its keys where they are left to it — arrive
   * here. On the document they become the document's. Elsewhere the browser's undo may act on the
   * focused field only: its page-wide history would otherwise reach a field of the document behind
   * a dialog (after the name typed in "Versionen" is taken back, the next step is the title's).
   */
  #onBeforeInput(event: InputEvent) {
    if (!this.store || (event.inputType !== 'historyUndo' && event.inputType !== 'historyRedo')) return;
    if (this.#isOnDocument(document.activeElement)) {
      event.preventDefault();
      this.#undoOrRedo(event.inputType === 'historyUndo' ? 'undo' : 'redo');
    } else if (event.target !== document.activeElement) {
      event.preventDefault();
    }
  }

  /**
   * Whether focus at `element` is on the document: the workspace (the form, the preview), the
   * message box about the document, the "Dokument" bar with its commands (undo and redo among them),
   * or nothing in particular. Never inside a dialog, nor on a control that is not part of the
   * document (the UI language, the lease banner).
   */
  #isOnDocument(element: Element | null): boolean {
    if (document.querySelector('dialog:modal') || element?.closest('dialog')) return false;
    if (!element || element === document.body || element === document.documentElement) return true;
    return element.closest('#editor, #admin-message, .admin-status-bar') !== null;
  }

  /**
   * Undoes or redoes one step, and says politely what it changed. Focus stays where it is, unless the
   * step takes the focused element away (an added item undone, "Angabe anzeigen" gone with the last
   * problem): then it goes to the place the step changed — for a whole-document step, the message
   * box or "Rückgängig" — not to the page. A moved item's button follows the item (#followMovedItem).
   */
  #undoOrRedo(direction: 'undo' | 'redo') {
    const store = this.store;
    if (!store) return;
    const focused = document.activeElement;
    const subject = direction === 'undo' ? store.undo() : store.redo();
    if (subject?.moved && subject.path && focused) void this.#followMovedItem(focused, subject.path, subject.moved, direction);
    else if (subject && focused && focused !== document.body) void this.#keepFocusAfterStep(focused, subject.path);
    if (!subject) {
      this.#announce(direction === 'undo' ? msg('Nichts rückgängig zu machen.') : msg('Nichts zu wiederholen.'));
      return;
    }
    const place = subject.path ? changedPlace(subject.path, store.document) : undefined;
    const what =
      subject.description ??
      (place?.within !== undefined
        ? msg(str`Änderung an „${place.label}“ in „${place.within}“`)
        : place
          ? msg(str`Änderung an „${place.label}“`)
          : msg('letzte Änderung'));
    this.#announce(direction === 'undo' ? msg(str`Rückgängig: ${what}.`) : msg(str`Wiederholt: ${what}.`));
  }

  /**
   * A move undone or redone: focus on the moved item's "Nach oben" or "Nach unten" goes with the item
   * to where it is now, so that Enter again moves the same item, not the one now in its place. At an
   * edge, where that button is disabled, its sibling takes focus (as after the move itself).
   */
  async #followMovedItem(focused: Element, list: Path, moved: { from: number; to: number }, direction: 'undo' | 'redo') {
    const [before, after] = direction === 'undo' ? [moved.to, moved.from] : [moved.from, moved.to];
    const button = (['up', 'down'] as const).find((kind) => focused.id === `${fieldId([...list, before])}-${kind}`);
    if (!button) return this.#keepFocusAfterStep(focused, list);
    await this.#drawn();
    const buttonAt = (kind: 'up' | 'down') => this.#byId<HTMLButtonElement>(`${fieldId([...list, after])}-${kind}`);
    const target = buttonAt(button);
    (target?.disabled ? buttonAt(button === 'up' ? 'down' : 'up') : target)?.focus();
  }

  /** Once the form has drawn a step: when `focused` went with it, focus goes to the place changed (`path`). */
  async #keepFocusAfterStep(focused: Element, path: Path | undefined) {
    await this.#drawn();
    if (focused.isConnected || (document.activeElement && document.activeElement !== document.body)) return;
    if (!path?.length) {
      // A whole-document step (an import, a restore): no place in the form is the one changed.
      const box = this.#byId('admin-message');
      (box && !box.hidden ? box : this.#byId('undo'))?.focus();
      return;
    }
    // A list's step (an item added or removed): its add button, where a list is left when an item goes.
    const addButton = this.#byId(`${fieldId(path)}-add`);
    const place = this.#byId(this.#fieldFor(pathText(path)).id);
    (addButton ?? (place && controlAt(place)) ?? this.#byId('undo'))?.focus();
  }

  /**
   * Saves the open document as a named version before an import or a restore replaces it ("Vor dem
   * Import am 3. Juni 2025 um 14:32"): undo lives in memory only, and the version brings the document
   * back after a reload too. Returns the version's name, or undefined when it could not be saved.
   */
  async #keepAsVersion(name: (when: string) => string): Promise<string | undefined> {
    if (!this.store || !this.database) return undefined;
    const versionName = name(new Intl.DateTimeFormat(dateLocale(), { dateStyle: 'long', timeStyle: 'short' }).format(Date.now()));
    try {
      await this.database.saveVersion(versionName, this.store.document);
      return versionName;
    } catch {
      return undefined;
    }
  }

  async #changeLanguage(event: Event) {
    const select = event.target as HTMLSelectElement;
    const language = select.value as UiLanguage;
    if (!(await switchUiLanguage(language))) {
      select.value = getLocale();
      this.showFailure(
        () => msg('Sprache nicht gewechselt'),
        () => msg('Die Texte der Oberfläche in dieser Sprache ließen sich nicht laden, etwa weil die Anwendung inzwischen auf dem Server aktualisiert wurde. Laden Sie die Seite neu. Ihr Dokument bleibt erhalten.'),
      );
      return;
    }
    if (this.store) this.store.language = language;
  }

  async #import(event: Event) {
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0];
    input.value = '';
    if (!file || !this.store?.editable) return;
    const language = getLocale() as UiLanguage;
    let bytes: ArrayBuffer | undefined;
    try {
      // Refuse an oversized file before reading it into memory.
      if (file.size <= importSizeLimit) bytes = await file.arrayBuffer();
    } catch {
      // The file went away or became unreadable after it was chosen (moved, a network drive gone).
      this.showFailure(() => msg(str`„${file.name}“ nicht importiert`), () => msg('Die Datei ließ sich nicht lesen. Wählen Sie sie erneut. Das geöffnete Dokument ist unverändert.'));
      return;
    }
    let result: ImportResult =
      bytes === undefined ? { ok: false, error: { reason: 'too-large', size: file.size, limit: importSizeLimit } } : importDocument(new Uint8Array(bytes), language);
    // A file from another city's installation, refused for its theme alone: taken in this one's.
    let foreignTheme: string | undefined;
    const inOwnTheme = bytes !== undefined && !result.ok ? inThisInstallationsTheme(new Uint8Array(bytes), result.error, exampleTheme()) : undefined;
    const retried = inOwnTheme && importDocument(inOwnTheme.bytes, language);
    if (retried?.ok) {
      result = retried;
      foreignTheme = inOwnTheme?.foreignTheme;
    }
    if (!result.ok) {
      this.message = { kind: 'import-refused', error: result.error };
      return;
    }
    const notImported = () => msg(str`„${file.name}“ nicht importiert`);
    // Reading the file took time, and a read-only tab writes nothing, named versions included.
    if (!this.#stillEditing(notImported)) return;
    const kept = await this.#keepAsVersion((when) => msg(str`Vor dem Import am ${when}`));
    if (kept === undefined) {
      // Nothing lost: without that version the open document stays as it is.
      this.showFailure(
        () => msg(str`„${file.name}“ nicht importiert`),
        () => notKeptAsVersionText(),
      );
      return;
    }
    // And keeping that version took time too.
    if (!this.#stillEditing(notImported)) return;
    this.store.replace(result.document, msg(str`Import von „${file.name}“`));
    const { migratedFrom, document: importedDocument } = result;
    const themeNote = () => themeReplacedNote(foreignTheme, importedDocument);
    const imported = () =>
      (migratedFrom
        ? msg(str`„${file.name}“ importiert (aus Format ${migratedFrom} übernommen). Der vorige Stand ist als Version „${kept}“ gespeichert. Mit „Rückgängig“ machen Sie den Import ungeschehen.`)
        : msg(str`„${file.name}“ importiert. Der vorige Stand ist als Version „${kept}“ gespeichert. Mit „Rückgängig“ machen Sie den Import ungeschehen.`)) + themeNote();
    // A draft comes with the problems it was exported with: the box lists them, each a link to its
    // field, under what happened — as the summary does that publishing shows.
    if (result.problems.length === 0) this.message = { kind: 'info', text: imported };
    else this.showProblems(undefined, imported);
  }

  #chooseImportFile() {
    this.querySelector<HTMLInputElement>('#import-file')?.click();
  }

  #export() {
    if (!this.store) return;
    // An address the form keeps as a draft to put right (a mistyped "htps:") would make an import refuse
    // the whole file: the file leaves it empty, and the message names it, to be put right in the form.
    const { document, emptied } = withoutUnsafeAddresses(this.store.document);
    download(datedFileName(msg('strategie'), 'json'), exportDocument(document), 'application/json');
    // A field that is not a number yet is exported with the value it had, a new key figure's empty
    // value as 0 (the format needs a number there): say so, for each kind.
    const unfilled = this.store.drafts.filter((draft) => draft.unfilled).length;
    const notNumbers = this.store.drafts.length - unfilled;
    const exported = () =>
      [
        msg('Das Dokument wird als Datei heruntergeladen.'),
        notNumbers === 1 ? msg('1 Feld enthält noch keine Zahl: Die Datei enthält dort den vorigen Wert.') : '',
        notNumbers > 1 ? msg(str`${notNumbers} Felder enthalten noch keine Zahl: Die Datei enthält dort die vorigen Werte.`) : '',
        unfilled === 1 ? msg('1 neue Kennzahl hat noch keinen Wert: Die Datei enthält dort 0.') : '',
        unfilled > 1 ? msg(str`${unfilled} neue Kennzahlen haben noch keinen Wert: Die Datei enthält dort 0.`) : '',
      ]
        .filter(Boolean)
        .join(' ');
    // The plain case only announced: the browser shows its download. Anything the file holds other
    // than the form shows is shown, not only announced: a person who sees the screen must learn it too.
    if (emptied.length === 0 && notNumbers === 0 && unfilled === 0) {
      this.#announce(exported());
      return;
    }
    if (emptied.length === 0) {
      this.showInfo(exported);
      return;
    }
    // The person has addresses to put right, and reads which.
    const places = () =>
      emptied
        .map(({ address, path }) => {
          const location = locationOf(path, getLocale() as UiLanguage);
          return msg(str`„${address}“ (${location})`);
        })
        .join(', ');
    this.showInfo(
      () =>
        `${exported()} ${
          emptied.length === 1
            ? msg(str`1 Adresse ist nicht erlaubt und steht in der Datei leer, damit sich die Datei wieder importieren lässt: ${places()}. Im Formular steht sie noch; bitte dort korrigieren.`)
            : msg(str`${emptied.length} Adressen sind nicht erlaubt und stehen in der Datei leer, damit sich die Datei wieder importieren lässt: ${places()}. Im Formular stehen sie noch; bitte dort korrigieren.`)
        }`,
    );
  }

  async #openVersions() {
    await this.#readVersions();
    await this.updateComplete;
    this.querySelector('admin-versions-dialog')?.open(this.querySelector<HTMLElement>('#versions'));
  }

  /** Reads the saved versions for the dialog. When the browser refuses, the dialog opens all the same and says so. */
  async #readVersions() {
    try {
      this.versions = (await this.database?.listVersions()) ?? [];
      this.versionsUnreadable = false;
    } catch {
      this.versionsUnreadable = true;
    }
  }

  async #saveVersion(event: CustomEvent<string>) {
    const name = event.detail;
    const dialog = this.querySelector('admin-versions-dialog');
    // The dialog waits for an answer either way.
    if (!this.store?.editable || !this.database) {
      dialog?.versionNotSaved(msg(str`Version „${name}“ nicht gespeichert: Dieser Tab liest nur; gespeichert wird in dem Tab, der das Dokument bearbeitet.`));
      return;
    }
    try {
      await this.database.saveVersion(name, this.store.document);
    } catch {
      // The browser refused (its storage full, most likely): the dialog keeps the name for another try.
      dialog?.versionNotSaved(
        `${msg(str`Version „${name}“ nicht gespeichert: Der Browser hat das Speichern abgelehnt.`)} ${storageFullAdvice()}`,
      );
      return;
    }
    // Saved: the dialog hears so even if the list cannot be read again just now.
    await this.#readVersions();
    dialog?.versionSaved(`${msg(str`Version „${name}“ gespeichert.`)}${this.#versionsUnreadableNote()}`);
  }

  async #restoreVersion(event: CustomEvent<NamedVersion>) {
    if (!this.store?.editable) return;
    const version = event.detail;
    // A version an earlier app stored is brought up to date; one a newer app stored cannot be read here.
    // A version in a theme no longer built takes the open document's.
    const format = inCurrentFormat(version.document, this.store.document.organisation.theme);
    if (!format.ok) {
      this.showFailure(
        () => msg(str`Version „${version.name}“ nicht wiederhergestellt`),
        () => format.version === undefined
          ? msg('Diese Version ist beschädigt oder ihr Format ist unbekannt. Das geöffnete Dokument ist unverändert.')
          : msg(str`Diese Version stammt aus einer neueren Ausgabe der Anwendung (Format ${format.version}). Das geöffnete Dokument ist unverändert.`),
      );
      return;
    }
    const kept = await this.#keepAsVersion((when) => msg(str`Vor dem Wiederherstellen am ${when}`));
    if (kept === undefined) {
      this.showFailure(
        () => msg(str`Version „${version.name}“ nicht wiederhergestellt`),
        () => notKeptAsVersionText(),
      );
      return;
    }
    if (!this.#stillEditing(() => msg(str`Version „${version.name}“ nicht wiederhergestellt`))) return;
    this.store.replace(format.document, msg(str`Wiederherstellen der Version „${version.name}“`));
    this.message = {
      kind: 'info',
      text: () =>
        msg(str`Version „${version.name}“ wiederhergestellt. Der vorige Stand ist als Version „${kept}“ gespeichert. Mit „Rückgängig“ holen Sie ihn zurück.`) +
        themeReplacedNote(format.goneTheme, format.document),
    };
  }

  async #deleteVersion(event: CustomEvent<NamedVersion>) {
    // A read-only tab writes nothing, named versions included.
    if (!this.store?.editable || !this.database || event.detail.id === undefined) return;
    const version = event.detail;
    const dialog = this.querySelector('admin-versions-dialog');
    try {
      await this.database.deleteVersion(event.detail.id);
    } catch {
      // The browser refused: its storage for this page was closed, e.g. cleared in its settings meanwhile.
      void dialog?.versionNotDeleted(
        version,
        msg(str`Version „${version.name}“ nicht gelöscht: Der Browser hat die Änderung abgelehnt. Laden Sie die Seite neu und versuchen Sie es dann erneut.`),
      );
      return;
    }
    // Deleted: the dialog hears so even if the list cannot be read again just now.
    await this.#readVersions();
    dialog?.announce(`${msg(str`Version „${version.name}“ gelöscht.`)}${this.#versionsUnreadableNote()}`);
  }

  /** Said after a save or a deletion when the list could not be read again: the dialog's description is heard only on opening. */
  #versionsUnreadableNote(): string {
    return this.versionsUnreadable ? ` ${msg('Die Liste der Versionen ließ sich nicht neu lesen.')}` : '';
  }

  async #takeOver() {
    if (!this.lease || !this.store || !this.database) return;
    // Taken over by hand: focus then goes where the person moves it, not back to an earlier field.
    this.#focusBeforeTakeOver = undefined;
    // Read first: a document this version cannot read is not taken from the tab that can.
    try {
      await this.database.readWorkingDocument();
    } catch (error) {
      this.storedDocumentUnreadable(error);
      return;
    }
    this.lease_ = await this.lease.takeOver();
    await this.store.takeOver();
    this.message = { kind: 'info', text: () => msg('Sie bearbeiten das Dokument jetzt in diesem Tab.') };
  }

  /**
   * The stored document changed under this tab into something it cannot read: another tab, of a
   * newer version of the app, saved it in a newer format. This tab keeps what it shows and writes
   * nothing over it; a reload opens the page that explains it and offers the document as a file.
   * Any other error is not this one's to handle.
   */
  storedDocumentUnreadable(error: unknown) {
    if (!(error instanceof UnreadableStoredDocument)) throw error;
    this.showFailure(
      () => msg('Gespeichertes Dokument nicht lesbar'),
      () => error.version === undefined
        ? msg('Das in diesem Browser gespeicherte Dokument lässt sich nicht mehr lesen. Laden Sie die Seite neu.')
        : msg(str`Ein anderer Tab hat das Dokument mit einer neueren Version der Anwendung gespeichert (Format ${error.version}). Dieser Tab kann es nicht lesen und speichert nichts darüber. Laden Sie die Seite neu.`),
    );
  }

  /** Closes the message once it has been read; focus goes to the form it stood above. */
  async #dismissMessage() {
    this.message = undefined;
    await this.updateComplete;
    this.querySelector<HTMLElement>('#editor')?.focus();
  }

  /** Says above the form, with focus there, that an action failed and what to do. */
  showFailure(heading: Words, text: Words) {
    this.message = { kind: 'failed', heading, text };
  }

  /**
   * Says above the form what an action did and what comes next, in one sentence or two: with focus
   * there, unless `takeFocus` is false — for an action that ends while the person may have gone on
   * typing (publishing takes seconds) — where it is announced instead.
   */
  showInfo(text: Words, { takeFocus = true }: { takeFocus?: boolean } = {}) {
    this.message = { kind: 'info', text };
    this.#messageTakesFocus = takeFocus;
    if (!takeFocus) this.#announce(text());
  }

  /**
   * Whether this tab still edits after an await: another tab may have taken editing over meanwhile.
   * If not, says that what was under way (`notDone`: "„strategie.json“ nicht importiert") did not happen.
   */
  #stillEditing(notDone: Words): boolean {
    if (this.store?.editable) return true;
    this.showFailure(notDone, () =>
      msg('Dieses Dokument wird jetzt in einem anderen Tab bearbeitet. Dieser Tab speichert nichts mehr. Das geöffnete Dokument ist unverändert.'),
    );
    return false;
  }

  /**
   * Shows an error summary and moves focus to it: the problems that stop `action` ("Veröffentlichen"),
   * or, without an action, the document's current problems; either way it follows the problems as
   * they are fixed. `note` says above the list what just happened (a draft imported). Export is never
   * stopped: a draft may be saved as it is.
   */
  showProblems(action: Words | undefined, note?: Words) {
    // Asked for: the fields show their errors too, new items' included.
    this.querySelector('admin-strategy-form')?.revealAllErrors();
    this.message = { kind: 'problems', action, ...(note && { note }) };
  }
}

/**
 * What a message adds when a document came in a theme this installation does not build (an import
 * from another city's, a version stored before a theme's folder went) and was taken in `document`'s:
 * empty where its own theme was kept.
 */
function themeReplacedNote(namedTheme: string | undefined, document: StrategyDocument): string {
  if (namedTheme === undefined) return '';
  return ` ${msg(str`Das Erscheinungsbild „${namedTheme}“ gibt es in dieser Installation nicht; das Dokument hat jetzt „${themeLabels[document.organisation.theme]}“.`)}`;
}

/** Why an import or a restore left the open document as it was: it could not be kept as a version first. */
function notKeptAsVersionText(): string {
  return `${msg('Der jetzige Stand ließ sich nicht als Version sichern, und ohne diese Sicherung wird er nicht ersetzt. Das geöffnete Dokument ist unverändert.')} ${storageFullAdvice()}`;
}

/** What to do when the browser refuses to store a version: most likely, its storage for the site is full. */
function storageFullAdvice(): string {
  return msg('Wahrscheinlich ist der Speicher des Browsers für diese Seite voll: Exportieren Sie das Dokument zur Sicherheit, löschen Sie ältere Versionen unter „Versionen“ und versuchen Sie es dann erneut.');
}

/** "„Veröffentlichen“ ist jetzt möglich.", once nothing stops the action a summary named. */
function actionPossibleText(action: string): string {
  return msg(str`„${action}“ ist jetzt möglich.`);
}

/** Where focus goes to reach `place`: a control (or anything focusable) itself; a list or item, its first control. */
function controlAt(place: HTMLElement): HTMLElement {
  return place.matches('input, select, textarea, button, [tabindex]')
    ? place
    : (place.querySelector<HTMLElement>('input, select, textarea, button') ?? place);
}

/** "3 Angaben müssen noch korrigiert werden", "1 Angabe …". */
function problemCountText(count: number): string {
  return count === 1 ? msg('1 Angabe muss noch korrigiert werden') : msg(str`${count} Angaben müssen noch korrigiert werden`);
}


declare global {
  interface HTMLElementTagNameMap {
    'admin-app': AdminApp;
  }
}
