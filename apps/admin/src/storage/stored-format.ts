import { currentSchemaVersion, hasDocumentShape, migrateToCurrentVersion, type StrategyDocument, type ThemeName } from '@muenchen-digital/content';
import { storedInThisInstallationsTheme } from '../io/foreign-theme.js';
import { exampleTheme } from '../offered-themes.js';

/**
 * A document read back from the browser's storage (the working document, a named version, an edit
 * kept on leaving) in the format this app writes. It may have been stored by an earlier version of
 * the app, in an earlier format: it is brought up to date the way an import is. Its content is not
 * judged: a stored document may hold what the form allows while someone is still typing (an empty
 * required field), and the form shows those problems itself. Its shape is: storage can be damaged or
 * written by other code on the same site, and a document missing a part would stop the app.
 *
 * A theme this installation no longer builds (its folder renamed or removed since) is the one break
 * of shape that is mended: the document is read in `themeInstead` (the example's here), and
 * `goneTheme` names the theme it had. Only what is read changes; what is stored stays as it was until
 * the document is written again, so with the folder back before then it opens in its own theme.
 */
export type StoredFormat =
  | { ok: true; document: StrategyDocument; migratedFrom?: number; goneTheme?: string }
  /** Written by a newer version of the app (`version` > the current format), or damaged or unrecognisable (no `version`). */
  | { ok: false; version?: number };

export function inCurrentFormat(stored: unknown, themeInstead: ThemeName = exampleTheme()): StoredFormat {
  const result = migrateToCurrentVersion(stored);
  if (!result.ok) return result.reason === 'future-version' ? { ok: false, version: result.version } : { ok: false };
  const migrated = result.migratedFrom === undefined ? {} : { migratedFrom: result.migratedFrom };
  if (hasDocumentShape(result.document)) return { ok: true, document: result.document, ...migrated };
  const inThemeHere = storedInThisInstallationsTheme(result.document, themeInstead);
  if (inThemeHere === undefined) return { ok: false };
  return { ok: true, document: inThemeHere.document as StrategyDocument, ...migrated, goneTheme: inThemeHere.goneTheme };
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
