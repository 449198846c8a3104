import { currentSchemaVersion, hasDocumentShape, migrateToCurrentVersion, type StrategyDocument } from '@muenchen-digital/content';

/**
 * A document read back from the browser's storage (the working document, a named version, an edit
 * kept on leaving) in the format this app writes. It may have been stored by an earlier version of
 * the app, in an earlier format: it is brought up to date the way an import is. Its content is not
 * judged: a stored document may hold what the form allows while someone is still typing (an empty
 * required field), and the form shows those problems itself. Its shape is: storage can be damaged or
 * written by other code on the same site, and a document missing a part would stop the app.
 */
export type StoredFormat =
  | { ok: true; document: StrategyDocument; migratedFrom?: number }
  /** Written by a newer version of the app (`version` > the current format), or damaged or unrecognisable (no `version`). */
  | { ok: false; version?: number };

export function inCurrentFormat(stored: unknown): StoredFormat {
  const result = migrateToCurrentVersion(stored);
  if (!result.ok) return result.reason === 'future-version' ? { ok: false, version: result.version } : { ok: false };
  if (!hasDocumentShape(result.document)) return { ok: false };
  const { document } = result;
  return result.migratedFrom === undefined ? { ok: true, document } : { ok: true, document, migratedFrom: result.migratedFrom };
}

/**
 * The browser holds a working document this app cannot read: one a newer version of the app wrote
 * (a newer installation was opened in this browser, then an older one again), or a damaged one.
 * The app does not start on it, and never writes over it; `document` is the stored
 * value, as it was read, for the person to download.
 */
export class UnreadableStoredDocument extends Error {
  constructor(
    readonly document: unknown,
    readonly version: number | undefined,
  ) {
    super(
      version === undefined
        ? 'The document stored in this browser is damaged or has no format version this app knows.'
        : `The document stored in this browser is in format ${version}; this app reads up to format ${currentSchemaVersion}.`,
    );
    this.name = 'UnreadableStoredDocument';
  }
}
