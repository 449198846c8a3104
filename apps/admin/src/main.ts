import './app/admin-app.js';
import { missingBrowserFeatures } from './app/browser-support.js';
import type { StartFailure } from './app/start-failure.js';
import { loadStartDocument, startDocumentFileName, type StartDocumentRefusal } from './io/start-document.js';
import { initialUiLanguage, switchUiLanguage } from './localization.js';
import { DocumentStore } from './state/document-store.js';
import { databaseName, DocumentDatabase } from './storage/database.js';
import { EditingLease } from './storage/editing-lease.js';
import { UnreadableStoredDocument } from './storage/stored-format.js';
import './styles/admin.css';
import { applyTheme } from './theme.js';
import { installationName, sharedDatabaseName } from './storage/installation.js';

/**
 * Starts the app: the UI language, the stored document (on first use the installation's start
 * document, else the example), and whether this tab edits or only reads (another tab may be editing already).
 */
async function start() {
  const app = document.querySelector('admin-app');
  if (!app) return;
  // The language chosen last; German, the app's own, where that one's texts do not load.
  const chosen = initialUiLanguage();
  const language = (await switchUiLanguage(chosen)) ? chosen : 'de';
  // Over http:// from another machine, Web Locks (the editing lease) and crypto.randomUUID are missing.
  if (!window.isSecureContext) {
    await failedToStart({ kind: 'insecure-page' });
    return;
  }
  const missing = missingBrowserFeatures();
  if (missing.length > 0) {
    await failedToStart({ kind: 'old-browser', missing });
    return;
  }

  let database: DocumentDatabase;
  try {
    database = await DocumentDatabase.open();
    await takeOverSharedDocument(database);
  } catch (error) {
    // A browser that blocks site data says SecurityError (Safari, Chromium for some pages),
    // InvalidStateError (Firefox's private windows) or, Chromium with site data blocked in its
    // settings (as managed workstations may have it), UnknownError "The user denied permission to
    // access the database" — an UnknownError otherwise is a damaged or failing store, which no
    // setting mends: told as it is, like anything else. The browser's own words go with the page,
    // for whoever looks after the machine.
    const refused =
      error instanceof DOMException &&
      (['SecurityError', 'InvalidStateError'].includes(error.name) || (error.name === 'UnknownError' && /denied permission/i.test(error.message)));
    if (!refused) throw error;
    console.error(error);
    await failedToStart({ kind: 'no-storage', detail: error.message });
    return;
  }
  let startDocumentRefusal: StartDocumentRefusal | undefined;
  let store: DocumentStore;
  try {
    // The example standing in for a start document that could not be loaded is not stored until it
    // is changed: the next start tries the installation's document again (the server may be back, the file fixed).
    store = await DocumentStore.open(
      database,
      async () => {
        const start = await loadStartDocument(new URL(startDocumentFileName, document.baseURI), language);
        startDocumentRefusal = start.refusal;
        return start.document;
      },
      { firstDocumentStandsIn: () => startDocumentRefusal !== undefined },
    );
  } catch (error) {
    if (!(error instanceof UnreadableStoredDocument)) throw error;
    // Never written over: the app does not start on it, and offers it as a file.
    await failedToStart({ kind: 'unreadable-document', document: error.document, ...(error.version !== undefined && { version: error.version }) });
    return;
  }
  store.language = language;
  applyTheme(store.document.organisation.theme);

  const lease = new EditingLease((state) => {
    if (state === 'taken-over') {
      store.stopEditing();
      lease.waitInLine();
    }
    if (state === 'editing' && !store.editable) {
      // The editing tab let go: this one edits now, from what that tab saved last.
      store.takeOver().then(
        () => void app.startedEditingOnItsOwn(),
        (error: unknown) => {
          // Not readable here (a newer version of the app saved it): edit nothing, and hand the lease on.
          lease.release();
          app.storedDocumentUnreadable(error);
        },
      );
    }
    app.leaseState = state;
  });
  const leaseState = await lease.acquire();
  if (leaseState === 'editing') await store.startEditing();
  else lease.waitInLine();
  app.attach(store, database, lease, leaseState);
  if (startDocumentRefusal) app.startDocumentRefused(startDocumentRefusal);
  if (store.goneTheme !== undefined) app.storedThemeGone(store.goneTheme);

  // A read-only tab follows what the editing tab saves.
  const channel = new BroadcastChannel(installationName());
  store.addEventListener('save', () => {
    if (store.editable && store.saveState.kind === 'saved') channel.postMessage({ type: 'saved', revision: store.revision });
  });
  channel.addEventListener('message', () => void store.reloadFromStorage().catch((error: unknown) => app.storedDocumentUnreadable(error)));
}

/** How long a failed start waits for the installation's start document, for its theme, before it speaks. */
const themePatience = 3000;

/**
 * Says on the page why the app cannot start, in the installation's own theme when it has a start
 * document (a city's fork looks like the city even here): reading that file needs neither storage
 * nor a secure page. Without one, or when the server is slow, in the example's theme.
 */
async function failedToStart(failure: StartFailure) {
  const startDocument = loadStartDocument(new URL(startDocumentFileName, document.baseURI), initialUiLanguage());
  const slowServer = new Promise<undefined>((resolve) => setTimeout(() => resolve(undefined), themePatience));
  const start = await Promise.race([startDocument, slowServer]);
  document.querySelector('admin-app')?.failedToStart(failure, start?.document.organisation.theme);
}

// Whatever else fails on the way is said on the page, not left on "wird geladen" for good.
start().catch((error: unknown) => {
  // Kept in the console for whoever looks into it, also when the app runs already and carries on.
  console.error(error);
  void failedToStart({ kind: 'unexpected', detail: error instanceof Error ? error.message : String(error) });
});

/**
 * An installation under a path of its own once shared the origin's one database with any other
 * installation there. On its first start with a database of its own, it takes a copy of what that
 * shared database holds, so nothing written before is lost; from then on each keeps its own.
 */
async function takeOverSharedDocument(database: DocumentDatabase): Promise<void> {
  if (databaseName === sharedDatabaseName) return;
  try {
    const existing = await indexedDB.databases();
    if (!existing.some(({ name }) => name === sharedDatabaseName)) return;
    const shared = await DocumentDatabase.open(sharedDatabaseName);
    try {
      await database.copyFrom(shared);
    } finally {
      shared.close();
    }
  } catch (error) {
    // Unreadable here (written by a newer version of the app, say): the shared database stays as it
    // is, untouched, and this installation starts as a new one would.
    console.error(error);
  }
}
