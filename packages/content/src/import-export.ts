import * as v from 'valibot';
import { compareDocumentPlaces } from './document-order.js';
import { migrateToCurrentVersion } from './migrations.js';
import { describeIssue, problemOf, type Language, type Problem } from './problems.js';
import { currentSchemaVersion, strategyDocumentSchema, type StrategyDocument } from './schema.js';

/** The largest file an import reads: 5 MB. */
export const importSizeLimit = 5 * 1024 * 1024;

/** Why an import was refused. The current document is never touched by a refused import. */
export type ImportError =
  | { reason: 'too-large'; size: number; limit: number }
  | { reason: 'not-json'; detail: string }
  | { reason: 'unknown-version' }
  | { reason: 'future-version'; version: number; supported: number }
  | { reason: 'invalid'; problems: Problem[] };

export type ImportResult =
  | { ok: true; document: StrategyDocument; migratedFrom?: number }
  | { ok: false; error: ImportError };

export type ValidationResult = { ok: true; document: StrategyDocument } | { ok: false; problems: Problem[] };

/**
 * Checks a value against the current schema. On success the document returned is a fresh copy: it
 * shares nothing with the value passed in. On failure every problem at once, in the document's
 * order, each naming its path and what is wrong, in `language` — one problem per field: a field's
 * rules are checked in order and the first it breaks is the one to fix (blank text that is also too
 * long is "must not be empty"). The rules spanning fields (a figure cites a source that exists)
 * are checked too while other fields have problems, wherever the fields they compare can be read.
 */
export function validateDocument(value: unknown, language: Language = 'de'): ValidationResult {
  // The schema itself stops each field at its first problem; `abortPipeEarly` here would also stop
  // the rules spanning fields whenever any field has a problem.
  const result = v.safeParse(strategyDocumentSchema, value, { lang: language, message: describeIssue });
  if (result.success) return { ok: true, document: result.output };
  const keysOf = (issue: v.BaseIssue<unknown>) => (issue.path ?? []).map((item) => item.key as string | number);
  const issues = [...result.issues].sort((a, b) => compareDocumentPlaces(keysOf(a), keysOf(b)));
  return { ok: false, problems: issues.map((issue) => problemOf(issue, language)) };
}

const byteOrderMark = '\uFEFF';

/**
 * Reads a document from the text (or bytes) of a JSON file: checks its size, parses it, brings an
 * older version up to date and validates it. Never throws.
 */
export function importDocument(file: string | Uint8Array, language: Language = 'de'): ImportResult {
  const size = typeof file === 'string' ? new TextEncoder().encode(file).byteLength : file.byteLength;
  if (size > importSizeLimit) return { ok: false, error: { reason: 'too-large', size, limit: importSizeLimit } };

  let parsed: unknown;
  try {
    const text = typeof file === 'string' ? file : new TextDecoder('utf-8', { fatal: true }).decode(file);
    parsed = JSON.parse(text.startsWith(byteOrderMark) ? text.slice(1) : text);
  } catch (error) {
    return { ok: false, error: { reason: 'not-json', detail: error instanceof Error ? error.message : String(error) } };
  }

  const migrated = migrateToCurrentVersion(parsed);
  if (!migrated.ok) {
    return migrated.reason === 'future-version'
      ? { ok: false, error: { reason: 'future-version', version: migrated.version, supported: currentSchemaVersion } }
      : { ok: false, error: { reason: 'unknown-version' } };
  }
  const validated = validateDocument(migrated.document, language);
  if (!validated.ok) return { ok: false, error: { reason: 'invalid', problems: validated.problems } };
  return migrated.migratedFrom === undefined
    ? { ok: true, document: validated.document }
    : { ok: true, document: validated.document, migratedFrom: migrated.migratedFrom };
}

/** The document as the text of a JSON file, indented for people who open it. */
export function exportDocument(document: StrategyDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

const megabytes = (bytes: number, language: Language) =>
  new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));

/** One sentence saying why an import was refused; `invalid` adds its problems as a list separately. */
export function describeImportError(error: ImportError, language: Language = 'de'): string {
  const de = language === 'de';
  switch (error.reason) {
    case 'too-large':
      return de
        ? `Die Datei ist ${megabytes(error.size, language)} MB groß; importiert werden Dateien bis ${megabytes(error.limit, language)} MB.`
        : `The file is ${megabytes(error.size, language)} MB; files up to ${megabytes(error.limit, language)} MB can be imported.`;
    case 'not-json':
      return de
        ? 'Die Datei ist keine JSON-Datei (oder sie ist beschädigt). Importieren Sie eine Datei, die Sie aus dieser Anwendung exportiert haben.'
        : 'The file is not a JSON file (or it is damaged). Import a file you exported from this application.';
    case 'unknown-version':
      return de
        ? 'Die Datei ist kein Strategie-Dokument: Ihr fehlt eine gültige Angabe „schemaVersion“.'
        : 'The file is not a strategy document: it lacks a valid "schemaVersion".';
    case 'future-version':
      return de
        ? `Die Datei stammt aus einer neueren Version der Anwendung (Format ${error.version}; diese kennt Format ${error.supported}). Aktualisieren Sie die Anwendung, um sie zu öffnen.`
        : `The file comes from a newer version of the application (format ${error.version}; this one knows format ${error.supported}). Update the application to open it.`;
    case 'invalid':
      return de
        ? `Die Datei enthält ${error.problems.length === 1 ? 'einen Fehler' : `${error.problems.length} Fehler`}; nichts wurde geändert.`
        : `The file has ${error.problems.length === 1 ? 'one error' : `${error.problems.length} errors`}; nothing was changed.`;
  }
}
