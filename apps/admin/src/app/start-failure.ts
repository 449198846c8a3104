import { msg, str } from '@lit/localize';
import { html, type TemplateResult } from 'lit';

/**
 * Why the app could not start. Each is something the person in front of it, or whoever hosts the
 * app, can do something about — so each says what happened and what to do, instead of leaving the
 * page on "wird geladen" for good.
 */
export type StartFailure =
  /** Opened over http:// from another machine: browsers keep Web Locks and crypto.randomUUID, which the app needs, to secure pages. */
  | { kind: 'insecure-page' }
  /** The browser refuses this page IndexedDB (site data blocked, some private windows). */
  | { kind: 'no-storage' }
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
    case 'no-storage':
      return html`<p>${msg('Der Browser erlaubt dieser Seite nicht, Daten zu speichern. Die Anwendung speichert Ihr Dokument im Browser und kann ohne diesen Speicher nicht arbeiten.')}</p>
        <p>${msg('Erlauben Sie in den Einstellungen des Browsers, dass diese Seite Daten speichert, oder öffnen Sie sie in einem anderen Browser. In manchen privaten Fenstern ist der Speicher gesperrt.')}</p>`;
    case 'unexpected':
      return html`<p>${msg(str`Beim Start ist ein unerwarteter Fehler aufgetreten: ${failure.detail}`)}</p>
        <p>${msg('Laden Sie die Seite neu. Ein schon gespeichertes Dokument bleibt im Browser erhalten.')}</p>`;
  }
}
