import { localized, msg, str } from '@lit/localize';
import type { StrategyDocument } from '@muenchen-digital/content';
import { html, LitElement, nothing } from 'lit';
import { customElement, property, query, state } from 'lit/decorators.js';
import type { AdminApp } from '../app/admin-app.js';
import { placesAt, placesTemplate, type Place } from '../editor/form-place.js';
import { datedFileName, download } from '../io/download.js';
import type { DocumentStore } from '../state/document-store.js';
import { buildSiteZip } from './build-site.js';
import { placeholderPlaces } from './placeholder-addresses.js';
import { SiteFileUnavailable } from './site-file-unavailable.js';
import { uploadNotes } from './upload-notes.js';

interface UnsourcedFigure {
  group: string;
  label: string;
}

/** Key figures without a source: publishing names them and asks first. */
export function unsourcedFigures(strategy: StrategyDocument): UnsourcedFigure[] {
  return strategy.keyFigures.groups.flatMap((group) =>
    group.figures.filter((figure) => figure.sourceId === '').map((figure) => ({ group: group.heading, label: figure.label })),
  );
}

/** The footer's legal links: a public body's website is expected to have each. */
const legalLinks = ['imprintHref', 'privacyHref', 'accessibilityHref'] as const;

/**
 * The legal links the document leaves blank, by the form's own labels: the published footer then has
 * no legal notice, privacy notice or accessibility statement, which publishing names and asks about
 * first (a site inside a city's own web presence may have them elsewhere, so it is no problem).
 */
export function missingLegalLinks(strategy: StrategyDocument): string[] {
  return legalLinks
    .filter((key) => strategy.organisation[key].trim() === '')
    .map((key) => placesAt(['organisation', key], strategy).at(-1)?.label ?? key);
}

/**
 * "Veröffentlichen": downloads the strategy as a static website (`strategie-website-YYYY-MM-DD.zip`).
 * A document with problems is refused with the list (the app's message, with links to the fields);
 * key figures without a source, blank legal links and addresses still on example.org are named in a native modal dialog first —
 * "Trotzdem veröffentlichen" or "Abbrechen"; Esc cancels, and focus returns to the button.
 */
@localized()
@customElement('admin-publish-button')
export class AdminPublishButton extends LitElement {
  @property({ attribute: false }) store?: DocumentStore;
  @state() private busy = false;
  @state() private status = '';
  @state() private unsourced: UnsourcedFigure[] = [];
  @state() private missingLegal: string[] = [];
  @state() private placeholders: Place[][] = [];
  @query('dialog') private dialog!: HTMLDialogElement;
  @query('#publish') private button!: HTMLButtonElement;

  protected override createRenderRoot() {
    return this;
  }

  protected override render() {
    const documentLanguage = this.store?.document.language ?? 'de';
    // While the site is made, the button says so: it may take a few seconds, and a click does nothing meanwhile.
    return html`<button type="button" class="admin-button" id="publish" aria-disabled=${this.busy ? 'true' : 'false'} @click=${this.#start}>
        ${this.busy ? msg('Website wird erstellt …') : msg('Veröffentlichen')}
      </button>
      <span class="admin-visually-hidden" role="status" id="publish-status">${this.status}</span>
      <dialog aria-labelledby="publish-warning-title" aria-describedby="publish-warning-text" @close=${this.#closed}>
        <h2 id="publish-warning-title">${msg('Vor dem Veröffentlichen prüfen')}</h2>
        <p id="publish-warning-text">${msg('Die Website lässt sich so veröffentlichen. Prüfen Sie vorher die folgenden Punkte.')}</p>
        ${checkPart(
          'unsourced',
          msg('Kennzahlen ohne Quelle'),
          this.unsourced.length === 1
            ? msg('Eine Kennzahl hat keine Quelle. Ohne Quelle können Leserinnen und Leser sie nicht prüfen. Eine Quelle wählen Sie im Formular bei der Kennzahl.')
            : msg(str`${this.unsourced.length} Kennzahlen haben keine Quelle. Ohne Quelle können Leserinnen und Leser sie nicht prüfen. Eine Quelle wählen Sie im Formular bei der Kennzahl.`),
          // The document's own words, marked with its language (WCAG 3.1.2).
          this.unsourced.map((figure) => html`<span lang=${documentLanguage}>${figure.group}: ${figure.label}</span>`),
        )}
        ${checkPart(
          'legal',
          msg('Rechtliche Angaben ohne Link'),
          msg('Websites öffentlicher Stellen brauchen in der Regel ein Impressum, eine Datenschutzerklärung und eine Erklärung zur Barrierefreiheit. Ohne Link fehlen sie in der Fußzeile. Die Links tragen Sie im Formular unter „Organisation und Marke“ ein.'),
          this.missingLegal,
        )}
        ${checkPart(
          'placeholders',
          msg('Beispieladressen'),
          msg('Diese Links und E-Mail-Adressen führen noch auf Beispieladressen wie example.org, die keine Seite und kein Postfach der Stadt erreichen. Ersetzen Sie sie im Formular durch Ihre eigenen.'),
          this.placeholders.map((places) => placesTemplate(places, documentLanguage)),
        )}
        <div class="admin-dialog-actions">
          <button type="button" class="admin-button admin-button-primary" id="publish-anyway" @click=${() => this.dialog.close('publish')}>
            ${msg('Trotzdem veröffentlichen')}
          </button>
          <button type="button" class="admin-button" id="publish-cancel" @click=${() => this.dialog.close('cancel')}>${msg('Abbrechen')}</button>
        </div>
      </dialog>`;
  }

  /**
   * Whether the document can be published now; if not, the app lists its problems. Problems include
   * a field's draft that is not a value yet ("ca. 1,6"): the document would publish the value before
   * it, which the form no longer shows.
   */
  #ready(store: DocumentStore): boolean {
    if (store.problems.length === 0) return true;
    this.closest<AdminApp>('admin-app')?.showProblems(() => msg('Veröffentlichen'));
    return false;
  }

  #start() {
    const store = this.store;
    if (!store || this.busy || !this.#ready(store)) return;
    this.unsourced = unsourcedFigures(store.document);
    this.missingLegal = missingLegalLinks(store.document);
    this.placeholders = placeholderPlaces(store.document);
    if (this.unsourced.length === 0 && this.missingLegal.length === 0 && this.placeholders.length === 0) {
      void this.#publish(store.document);
      return;
    }
    this.dialog.returnValue = '';
    void this.updateComplete.then(() => {
      this.dialog.showModal();
      // The safe choice first: Enter right away cancels rather than publishes what is missing.
      this.querySelector<HTMLButtonElement>('#publish-cancel')?.focus();
    });
  }

  #closed() {
    this.button.focus();
    // Asked again: while the dialog was open, another tab may have saved a document with problems,
    // which a read-only tab shows at once.
    if (this.dialog.returnValue === 'publish' && this.store && this.#ready(this.store)) void this.#publish(this.store.document);
  }

  async #publish(strategy: StrategyDocument) {
    this.busy = true;
    this.status = msg('Die Website wird erstellt …');
    try {
      const zip = await buildSiteZip(strategy);
      download(datedFileName(msg('strategie-website'), 'zip'), new Uint8Array(zip), 'application/zip');
      // Downloaded is not online: the next step is the notes' in the ZIP file, named in their language.
      // Shown above the form for everyone: the browser's download bubble says only that a file came,
      // not that the site is still to be uploaded, nor how. Focus goes there only from where
      // publishing began: whoever went on typing meanwhile keeps their place, and hears it.
      this.status = '';
      const focusStayed = document.activeElement === this.button || document.activeElement === document.body;
      this.closest<AdminApp>('admin-app')?.showInfo(
        () => msg(str`Die Website wurde als ZIP-Datei heruntergeladen. Sie ist noch nicht online: Wie Sie sie hochladen, steht in der ZIP-Datei in ${uploadNotes().fileName}.`),
        { takeFocus: focusStayed },
      );
    } catch (error) {
      console.error(error);
      this.status = '';
      // Seen and heard: the app's message box takes focus, as for every failed action.
      const detail = error instanceof Error ? error.message : String(error);
      // A part that did not arrive may come next time; any other fault is the installation's, and
      // trying again will not help: say what it is, for whoever looks after the app.
      this.closest<AdminApp>('admin-app')?.showFailure(
        () => msg('Website nicht erstellt'),
        () =>
          error instanceof SiteFileUnavailable
            ? msg(
                str`Ein Teil der Website ließ sich nicht laden, etwa weil die Verbindung zum Server unterbrochen war oder ein Filter im Netz die Datei sperrt. Das Dokument ist unverändert. Laden Sie die Seite neu und veröffentlichen Sie erneut. Bleibt es dabei, geben Sie diese Meldung an die Stelle weiter, die die Anwendung betreut. Technische Angabe: ${detail}`,
              )
            : msg(
                str`Beim Erstellen der Website ist ein Fehler aufgetreten: ${detail}. Das Dokument ist unverändert. Geben Sie diese Meldung an die Stelle weiter, die die Anwendung betreut.`,
              ),
      );
    } finally {
      this.busy = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'admin-publish-button': AdminPublishButton;
  }
}

/**
 * One part of publishing's question: a heading, what it means and what to do, and the list of what
 * it names; nothing where the list is empty. `key` names its ids (`publish-<key>` is the list).
 */
function checkPart(key: string, title: string, text: string, items: readonly unknown[]) {
  if (items.length === 0) return nothing;
  return html`<section aria-labelledby=${`publish-${key}-title`}>
    <h3 id=${`publish-${key}-title`}>${title}</h3>
    <p>${text}</p>
    <ul id=${`publish-${key}`}>
      ${items.map((item) => html`<li>${item}</li>`)}
    </ul>
  </section>`;
}
