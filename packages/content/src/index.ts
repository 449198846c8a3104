export * from './schema.js';
export { createExampleDocument } from './example-document.js';
export {
  importDocument,
  exportDocument,
  validateDocument,
  describeImportError,
  importSizeLimit,
  type ImportError,
  type ImportResult,
  type ValidationResult,
} from './import-export.js';
export { migrateToCurrentVersion, oldestSupportedVersion, type MigrationResult } from './migrations.js';
export { languages, pathText, type Language, type Problem } from './problems.js';
export { isSafeLink, isSafeImageSource, allowedLinkSchemes } from './safe-link.js';
