import { msg, str } from '@lit/localize';
import { currentSchemaVersion } from '@muenchen-digital/content';
import { html, nothing, type TemplateResult } from 'lit';
import { datedFileName, download } from '../io/download.js';

/**
 * Why the app could not start. Each is something the person in front of it, or whoever hosts the
 * app, can do something about — so each says what happened and what to do, instead of leaving the
 * page on "wird geladen" for good.
 */
export type StartFailure =
  /** Opened over http:// from another machine: browsers keep Web Locks and crypto.randomUUID, which the app needs, to secure pages. */
  | { kind: 'insecure-page' }
  /** The browser lacks features the app needs (`missing`, their names): it is older than the app supports. */
  | { kind: 'old-browser'; missing: string[] }
  /**
   * The browser refuses this page IndexedDB (site data blocked, some private windows), with the
   * browser's own message (`detail`) for whoever looks after the machine.
   */
  | { kind: 'no-storage'; detail?: string }
  /**
   * The browser holds a document this version of the app cannot read: written by a newer version
   * (`version`, its format), or damaged or of no known format (no version). It stays as it is; `document` is offered as a file.
   */
  | { kind: 'unreadable-document'; document: unknown; version?: number }
  /** Anything else, with the error's own text for whoever looks into it. */
  | { kind: 'unexpected'; detail: string };

/** The failure as the page's whole content: a heading, what happened, and what to do. */
export function renderStartFailure(failure: StartFailure): TemplateResult {
  return html`<main class="admin-start-failure" id="editor">
    <h1>${msg('Die Anwendung kann nicht starten')}</h1>
    ${explanation(failure)}
  </main>`;
}

function explanation(failure: StartFailure): TemplateResult {
  switch (failure.kind) {
    case 'insecure-page':
      return html`<p>${msg('Diese Seite ist über eine unsichere Verbindung (http://) geöffnet. Die Anwendung speichert Ihr Dokument im Browser und braucht dafür Funktionen, die Browser nur sicheren Seiten geben.')}</p>
        <p>${msg('Öffnen Sie die Anwendung über https://. Wer sie betreut, richtet das auf dem Server ein.')}</p>`;
    case 'old-browser':
      return html`<p>${msg('Dieser Browser ist älter, als die Anwendung es braucht: Ihm fehlen Funktionen, etwa zum Veröffentlichen der Website.')}</p>
        <p>${msg('Öffnen Sie die Anwendung in einem aktuellen Browser: Chrome oder Edge ab Version 125, Firefox ab 128, Safari ab 18. Auf einem Dienstrechner aktualisiert meist die IT den Browser.')}</p>
        <p>${msg(str`Fehlende Funktionen (für die IT): ${failure.missing.join(', ')}`)}</p>`;
    case 'no-storage':
      return html`<p>${msg('Der Browser erlaubt dieser Seite nicht, Daten zu speichern. Die Anwendung speichert Ihr Dokument im Browser und kann ohne diesen Speicher nicht arbeiten.')}</p>
        <p>${msg('Erlauben Sie in den Einstellungen des Browsers, dass diese Seite Daten speichert, oder öffnen Sie sie in einem anderen Browser. In manchen privaten Fenstern ist der Speicher gesperrt.')}</p>
        <p>${msg('Auf einem Dienstrechner legt oft die IT diese Einstellung fest: Wenden Sie sich dann an sie.')}</p>
        ${failure.detail ? html`<p>${msg(str`Meldung des Browsers: ${failure.detail}`)}</p>` : nothing}`;
    case 'unreadable-document':
      return html`<p>
          ${failure.version === undefined
            ? msg('Das Dokument, das in diesem Browser gespeichert ist, lässt sich nicht lesen: Es ist beschädigt oder nennt keine bekannte Formatversion.')
            : msg(str`Das Dokument, das in diesem Browser gespeichert ist, stammt aus einer neueren Version der Anwendung (Format ${failure.version}). Diese Version liest Dokumente bis Format ${currentSchemaVersion}.`)}
          ${msg('Es bleibt unverändert im Browser.')}
        </p>
        <p>
          ${failure.version === undefined
            ? msg('Laden Sie es herunter, um es zu sichern. Um neu zu beginnen, löschen Sie danach die Website-Daten dieser Seite in den Einstellungen des Browsers.')
            : msg('Öffnen Sie die neuere Version der Anwendung; wer sie betreut, spielt sie hier ein. Sie können das Dokument auch herunterladen und in der neueren Version importieren.')}
        </p>
        <p>
          <button
            type="button"
            class="admin-button"
            id="download-stored-document"
            @click=${() => download(datedFileName('gespeichertes-dokument', 'json'), JSON.stringify(failure.document, null, 2), 'application/json')}>
            ${msg('Gespeichertes Dokument herunterladen')}
          </button>
        </p>`;
    case 'unexpected':
      return html`<p>${msg(str`Beim Start ist ein unerwarteter Fehler aufgetreten: ${failure.detail}`)}</p>
        <p>${msg('Laden Sie die Seite neu. Ein schon gespeichertes Dokument bleibt im Browser erhalten.')}</p>`;
  }
}
