import * as v from 'valibot';
import { compareDocumentPlaces } from './document-order.js';
import { locationOf } from './locations.js';
import { migrateToCurrentVersion } from './migrations.js';
import { codeOf, describeIssue, keysOf, pathText, problemOf, refusedOnImport, type Language, type Problem } from './problems.js';
import { currentSchemaVersion, strategyDocumentSchema, type StrategyDocument } from './schema.js';

/** The largest file an import reads: 5 MB. */
export const importSizeLimit = 5 * 1024 * 1024;

/**
 * The most list entries (figures, sources, points, terms … in all, nested ones included) an import
 * takes: twenty times the talk's 96. The admin's form draws each entry and checks the whole document
 * on every key press, so a file with a hundred thousand one-letter terms, well under 5 MB, would freeze
 * the tab that opened it, and every later start, which reads it back from storage.
 */
export const importEntryLimit = 2000;

/**
 * A problem an import found: where (`path`, for programs: `keyFigures.groups[0].figures[0].value`),
 * where in words (`location`, for people: "Kennzahlen › Gruppe 1 › Kennzahl 1 › Wert", the words of
 * the admin's form) and what to do (`message`), in the language the import was asked for.
 */
export interface ImportProblem extends Problem {
  location: string;
}

/**
 * Why an import was refused. The current document is never touched by a refused import. `invalid`
 * is a file that is JSON but cannot be read or trusted as a document: a wrong structure or type, a
 * field the format does not know or one it lacks, an unsafe link, broken identifiers.
 */
export type ImportError =
  | { reason: 'too-large'; size: number; limit: number }
  | { reason: 'too-many-entries'; count: number; limit: number }
  | { reason: 'not-json'; detail: string }
  | { reason: 'unknown-version' }
  | { reason: 'future-version'; version: number; supported: number }
  | { reason: 'invalid'; problems: ImportProblem[] };

/**
 * What an import gives. A file that can be read and trusted is imported as it is, a draft too: the
 * app exports a draft as it is, so it must read it back. Its content problems (an empty required
 * field, a malformed e-mail address, a figure citing a source that does not exist …) come with it in
 * `problems`, always present and empty only for a complete document: the same problems, in the same
 * order, as `validateDocument` names for the document, each with its `location`. Show them as the
 * form's own errors; they are what publishing waits for.
 */
export type ImportResult =
  | { ok: true; document: StrategyDocument; problems: ImportProblem[]; migratedFrom?: number }
  | { ok: false; error: ImportError };

export type ValidationResult = { ok: true; document: StrategyDocument } | { ok: false; problems: Problem[] };

/** The issues a parse found, in the document's order. */
function check(value: unknown, language: Language) {
  // The schema itself stops each field at its first problem; `abortPipeEarly` here would also stop
  // the rules spanning fields whenever any field has a problem.
  const result = v.safeParse(strategyDocumentSchema, value, { lang: language, message: describeIssue });
  const issues = result.success ? [] : [...result.issues].sort((a, b) => compareDocumentPlaces(keysOf(a), keysOf(b)));
  return { output: result.output, issues };
}

/**
 * Whether an import refuses a file for an issue: a wrong structure or type (valibot's schema issues:
 * a wrong type, a field missing or unknown, a value no list of choices has), a number JSON cannot
 * hold (1e400), and the rules of `refusedOnImport` (unsafe links, identifiers). Content problems
 * pass: the form shows and fixes them.
 */
function refuses(issue: v.BaseIssue<unknown>): boolean {
  const code = codeOf(issue);
  return breaksShape(issue) || (code !== undefined && refusedOnImport.has(code));
}

/** Whether an issue breaks the document's shape: a wrong structure or type, a number JSON cannot hold, identifiers. */
function breaksShape(issue: v.BaseIssue<unknown>): boolean {
  const code = codeOf(issue);
  return issue.kind === 'schema' || issue.type === 'finite' || code === 'id' || code === 'duplicateId';
}

/**
 * Whether a value (in the current format) has the document's shape throughout: every field there,
 * of its type, with ids that tell entries apart. Content problems are allowed, an unsafe link typed
 * into a field too: an app stores drafts. A document read back from storage that fails this was
 * damaged there, and must not be edited, shown or written over as a document.
 */
export function hasDocumentShape(value: unknown): value is StrategyDocument {
  return !check(value, 'de').issues.some(breaksShape);
}

/**
 * Checks a value against the current schema. On success the document returned is a fresh copy: it
 * shares nothing with the value passed in. On failure every problem at once, in the document's
 * order, each naming its path and what to do, in `language` — one problem per field: a field's
 * rules are checked in order and the first it breaks is the one to fix (blank text that is also too
 * long is "Bitte ausfüllen."). The rules spanning fields (a figure cites a source that exists)
 * are checked too while other fields have problems, wherever the fields they compare can be read.
 */
export function validateDocument(value: unknown, language: Language = 'de'): ValidationResult {
  const { output, issues } = check(value, language);
  if (issues.length === 0) return { ok: true, document: output as StrategyDocument };
  return { ok: false, problems: issues.map((issue) => problemOf(issue, language)) };
}

const byteOrderMark = '\uFEFF';

/**
 * How many entries the lists in a value hold, nested lists' entries included, wherever they are: in a
 * parsed file, under a key the format does not know too, since the whole file is held in memory. An
 * editor compares a document's count with `importEntryLimit` before adding an entry, so that what it
 * exports can be imported again. A loop, not a recursion: a file nested a hundred thousand levels
 * deep must not overflow the stack.
 */
export function countListEntries(value: unknown): number {
  let entries = 0;
  const waiting = [value];
  while (waiting.length > 0) {
    const next = waiting.pop();
    if (typeof next !== 'object' || next === null) continue;
    if (Array.isArray(next)) entries += next.length;
    // One at a time: spreading a list of a million entries into push() would overflow the stack too.
    for (const child of Object.values(next)) waiting.push(child);
  }
  return entries;
}

/**
 * Reads a document from the text (or bytes) of a JSON file: checks its size, parses it, brings an
 * older version up to date and checks it. Refuses only what it cannot read or trust (see
 * `ImportError`); a draft with content problems is imported with them (see `ImportResult`). Never throws.
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

  const entries = countListEntries(parsed);
  if (entries > importEntryLimit) return { ok: false, error: { reason: 'too-many-entries', count: entries, limit: importEntryLimit } };

  const migrated = migrateToCurrentVersion(parsed);
  if (!migrated.ok) {
    return migrated.reason === 'future-version'
      ? { ok: false, error: { reason: 'future-version', version: migrated.version, supported: currentSchemaVersion } }
      : { ok: false, error: { reason: 'unknown-version' } };
  }
  const { output, issues } = check(migrated.document, language);
  const located = (found: v.BaseIssue<unknown>[]): ImportProblem[] =>
    found.map((issue) => ({ ...problemOf(issue, language), location: locationOf(keysOf(issue), language) }));
  const refused = issues.filter(refuses);
  if (refused.length > 0) return { ok: false, error: { reason: 'invalid', problems: located(refused) } };
  // Without a refused issue the parse's output has the document's shape and types: a fresh copy of
  // the file's document, content problems and all.
  const document = output as StrategyDocument;
  const problems = located(issues);
  return migrated.migratedFrom === undefined
    ? { ok: true, document, problems }
    : { ok: true, document, problems, migratedFrom: migrated.migratedFrom };
}

/** An address an export left out, because an import refuses it: where it was, and what it said. */
export interface EmptiedAddress {
  /** The field, as in `Problem.path`: `channels.items[2].href`. */
  path: string;
  /** The field in words, as in `ImportProblem.location`. */
  location: string;
  /** What the field held: `htps://example.org`, `javascript:…`. */
  address: string;
}

/**
 * The document as an export should write it: with every link and image source an import refuses
 * (a `javascript:` link, a mistyped `htps:` scheme) emptied, so the file can be imported again. The
 * form keeps such an address as a draft to put right; a file holding it would be refused whole. The
 * emptied fields are listed, for the export to name them. The document passed in is not changed.
 */
export function withoutUnsafeAddresses(document: StrategyDocument, language: Language = 'de'): { document: StrategyDocument; emptied: EmptiedAddress[] } {
  const unsafe = check(document, language).issues.filter((issue) => {
    const code = codeOf(issue);
    return (code === 'unsafeLink' || code === 'unsafeImage') && typeof issue.input === 'string';
  });
  if (unsafe.length === 0) return { document, emptied: [] };
  const copy = structuredClone(document);
  const emptied = unsafe.map((issue) => {
    const keys = keysOf(issue);
    const parent = keys.slice(0, -1).reduce<Record<string | number, unknown>>((node, key) => node[key] as Record<string | number, unknown>, copy as never);
    parent[keys.at(-1)!] = '';
    return { path: pathText(keys), location: locationOf(keys, language), address: issue.input as string };
  });
  return { document: copy, emptied };
}

/** The document as the text of a JSON file, indented for people who open it. */
export function exportDocument(document: StrategyDocument): string {
  return `${JSON.stringify(document, null, 2)}\n`;
}

const megabytes = (bytes: number, language: Language) =>
  new Intl.NumberFormat(language, { maximumFractionDigits: 1 }).format(bytes / (1024 * 1024));

const count = (number: number, language: Language) => new Intl.NumberFormat(language).format(number);

/** Why an import was refused and what to do, in a sentence or two; `invalid` adds its problems as a list separately. */
export function describeImportError(error: ImportError, language: Language = 'de'): string {
  const de = language === 'de';
  switch (error.reason) {
    case 'too-large':
      return de
        ? `Die Datei ist ${megabytes(error.size, language)} MB groß; importiert werden Dateien bis ${megabytes(error.limit, language)} MB.`
        : `The file is ${megabytes(error.size, language)} MB; files up to ${megabytes(error.limit, language)} MB can be imported.`;
    case 'too-many-entries':
      return de
        ? `Die Datei enthält ${count(error.count, language)} Listeneinträge; importiert werden Dokumente mit bis zu ${count(error.limit, language)}.`
        : `The file holds ${count(error.count, language)} list entries; documents with up to ${count(error.limit, language)} can be imported.`;
    case 'not-json':
      return de
        ? 'Die Datei ist keine JSON-Datei (oder sie ist beschädigt). Importieren Sie eine Datei, die Sie aus dieser Anwendung exportiert haben.'
        : 'The file is not a JSON file (or it is damaged). Import a file you exported from this application.';
    case 'unknown-version':
      return de
        ? 'Die Datei ist kein Strategie-Dokument: Ihr fehlt eine gültige Angabe „schemaVersion“. Importieren Sie eine Datei, die Sie aus dieser Anwendung exportiert haben.'
        : 'The file is not a strategy document: it lacks a valid "schemaVersion". Import a file you exported from this application.';
    case 'future-version':
      return de
        ? `Die Datei stammt aus einer neueren Version der Anwendung (Format ${error.version}; diese kennt Format ${error.supported}). Bitten Sie die Stelle, die die Anwendung betreut, sie zu aktualisieren.`
        : `The file comes from a newer version of the application (format ${error.version}; this one knows format ${error.supported}). Ask whoever looks after the application to update it.`;
    case 'invalid':
      return de
        ? `Die Datei enthält ${error.problems.length === 1 ? 'einen Fehler' : `${error.problems.length} Fehler`}; nichts wurde geändert. Korrigieren Sie die Datei an ${error.problems.length === 1 ? 'der genannten Stelle' : 'den genannten Stellen'} und importieren Sie sie erneut.`
        : `The file has ${error.problems.length === 1 ? 'one error' : `${error.problems.length} errors`}; nothing was changed. Correct the file where ${error.problems.length === 1 ? 'it is' : 'they are'} listed and import it again.`;
  }
}
