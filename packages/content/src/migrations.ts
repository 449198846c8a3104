import { currentSchemaVersion } from './schema.js';

/**
 * How a document written by an older version of the format becomes a current one. Each step takes a
 * document of version n (as parsed JSON, not yet validated) and returns one of version n + 1; the
 * result is validated against the current schema afterwards, so a step only reshapes and never
 * has to judge. Steps never throw on odd input: what they do not recognise they pass on unchanged,
 * and validation names it.
 *
 * Version 1 (the first draft of the format) differed from version 2 in three places:
 * - `brand` held what is now `organisation`, without the footer's links;
 * - key figures were one flat list, each naming its group by heading and its source by number:
 *   `keyFigures: { heading, figures: [{ group: "VERWALTUNG", source: 2, …no id }] }`;
 * - sources were plain strings, cited by their position: `sources: { heading, items: ["…"] }`.
 */
type JsonObject = Record<string, unknown>;
type Migration = (document: JsonObject) => JsonObject;

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);

const fromVersion1: Migration = (document) => {
  const { brand, keyFigures, sources, ...rest } = document;
  const organisation = isObject(brand)
    ? { imprintHref: '', privacyHref: '', accessibilityHref: '', ...brand }
    : brand;

  const migratedSources =
    isObject(sources) && Array.isArray(sources.items)
      ? {
          ...sources,
          items: sources.items.map((text: unknown, index) => ({ id: `source-${index + 1}`, text, href: '' })),
        }
      : sources;

  let migratedKeyFigures = keyFigures;
  if (isObject(keyFigures) && Array.isArray(keyFigures.figures)) {
    const groups = new Map<unknown, { id: string; heading: unknown; figures: JsonObject[] }>();
    keyFigures.figures.forEach((figure: unknown, index) => {
      if (!isObject(figure)) return;
      const { group, source, ...fields } = figure;
      let entry = groups.get(group);
      if (entry === undefined) {
        entry = { id: `group-${groups.size + 1}`, heading: group, figures: [] };
        groups.set(group, entry);
      }
      const sourceId = typeof source === 'number' ? `source-${source}` : source === null || source === undefined ? '' : source;
      entry.figures.push({ id: `figure-${index + 1}`, ...fields, sourceId });
    });
    const keyFigureFields: JsonObject = { ...keyFigures };
    delete keyFigureFields.figures;
    migratedKeyFigures = { ...keyFigureFields, groups: [...groups.values()] };
  }

  // A field the old file lacks stays absent, so validation names it as missing ("Dieses Pflichtfeld
  // fehlt."), as it does in a current file; set to undefined, it would read as a field of the wrong type.
  return {
    ...rest,
    schemaVersion: 2,
    ...(Object.hasOwn(document, 'brand') && { organisation }),
    ...(Object.hasOwn(document, 'keyFigures') && { keyFigures: migratedKeyFigures }),
    ...(Object.hasOwn(document, 'sources') && { sources: migratedSources }),
  };
};

/** `migrations[n]` turns version n into version n + 1. */
const migrations: Record<number, Migration> = { 1: fromVersion1 };

export const oldestSupportedVersion = 1;

export type MigrationResult =
  | { ok: true; document: unknown; migratedFrom?: number }
  | { ok: false; reason: 'unknown-version' }
  | { ok: false; reason: 'future-version'; version: number };

/**
 * Brings a parsed document to the current version. A document without a recognisable version, or
 * with a version this code does not know yet (written by a newer app), is refused untouched.
 */
export function migrateToCurrentVersion(parsed: unknown): MigrationResult {
  if (!isObject(parsed)) return { ok: true, document: parsed };
  const version = parsed.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < oldestSupportedVersion) {
    return { ok: false, reason: 'unknown-version' };
  }
  if (version > currentSchemaVersion) return { ok: false, reason: 'future-version', version };
  let document = parsed;
  for (let step = version; step < currentSchemaVersion; step += 1) {
    const migrate = migrations[step];
    if (migrate === undefined) return { ok: false, reason: 'unknown-version' };
    document = migrate(document);
  }
  return version === currentSchemaVersion ? { ok: true, document } : { ok: true, document, migratedFrom: version };
}
