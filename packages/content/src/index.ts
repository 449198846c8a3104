export * from './schema.js';
export { createExampleDocument } from './example-document.js';
export {
  importDocument,
  exportDocument,
  withoutUnsafeAddresses,
  validateDocument,
  describeImportError,
  hasDocumentShape,
  countListEntries,
  importEntryLimit,
  importSizeLimit,
  type EmptiedAddress,
  type ImportError,
  type ImportProblem,
  type ImportResult,
  type ValidationResult,
} from './import-export.js';
export { migrateToCurrentVersion, oldestSupportedVersion, type MigrationResult } from './migrations.js';
export { languages, pathText, type Language, type Problem } from './problems.js';
export { locationOf } from './locations.js';
export { isSafeLink, isSafeImageSource, allowedLinkSchemes, checkLink, meantLink, type LinkVerdict } from './safe-link.js';
