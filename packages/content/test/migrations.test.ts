import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createExampleDocument, importDocument, migrateToCurrentVersion } from '../src/index.js';

const readVersion1 = async () => JSON.parse(await readFile(new URL('./fixtures/strategy-document-v1.json', import.meta.url), 'utf8')) as Record<string, unknown>;

describe('migration from version 1 (a file written by the first draft of the format)', () => {
  it('gives a valid current document with every text and figure of the old one', async () => {
    const result = importDocument(JSON.stringify(await readVersion1()));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const example = createExampleDocument();
    const { document } = result;

    expect(document.schemaVersion).toBe(2);
    // brand → organisation, with the footer's links added empty.
    expect(document.organisation).toEqual({ ...example.organisation, imprintHref: '', privacyHref: '', accessibilityHref: '' });
    // Sources were strings cited by number: now items with ids, in the same order.
    expect(document.sources.items.map(({ text }) => text)).toEqual(example.sources.items.map(({ text }) => text));
    // The flat figure list is grouped by its group headings, in order, each citing the same source.
    expect(document.keyFigures.groups.map(({ heading, figures }) => [heading, figures.length])).toEqual([
      ['NUTZER*INNEN', 7],
      ['VERWALTUNG', 5],
    ]);
    const citedText = (groups: typeof document.keyFigures.groups, sources: typeof document.sources.items) =>
      groups.flatMap(({ figures }) => figures.map((figure) => [figure.label, figure.value, sources.find(({ id }) => id === figure.sourceId)?.text]));
    expect(citedText(document.keyFigures.groups, document.sources.items)).toEqual(citedText(example.keyFigures.groups, example.sources.items));
    // Everything version 1 already had in today's shape comes through as it was.
    expect(document.recommendations).toEqual(example.recommendations);
    expect(document.vision).toEqual(example.vision);
  });

  it('gives a figure without a source an empty source', async () => {
    const version1 = await readVersion1();
    ((version1.keyFigures as { figures: Record<string, unknown>[] }).figures[0] as Record<string, unknown>).source = null;
    const result = importDocument(JSON.stringify(version1));
    expect(result.ok && result.document.keyFigures.groups[0]?.figures[0]?.sourceId).toBe('');
  });

  it('leaves what it does not recognise for validation to name, without throwing', async () => {
    const version1 = await readVersion1();
    version1.keyFigures = 'keine';
    version1.sources = { heading: 'Quellen', items: [42] };
    const result = importDocument(JSON.stringify(version1), 'en');
    expect(result.ok).toBe(false);
    if (!result.ok && result.error.reason === 'invalid') {
      expect(result.error.problems.map(({ path }) => path)).toEqual(['keyFigures', 'sources.items[0].text']);
    }
  });

  it.each(['de', 'en'] as const)('names a field the old file lacks as missing, as a current file does (%s)', (language) => {
    const problemsOf = (file: object) => {
      const result = importDocument(JSON.stringify(file), language);
      return !result.ok && result.error.reason === 'invalid' ? result.error.problems : [];
    };
    const version1 = problemsOf({ schemaVersion: 1 });
    expect(version1).toEqual(problemsOf({ schemaVersion: 2 }));
    expect(version1).toContainEqual({
      path: 'organisation',
      location: language === 'de' ? 'Organisation und Marke' : 'Organisation and brand',
      message: language === 'de' ? 'Dieses Pflichtfeld fehlt. Bitte in der Datei ergänzen.' : 'This required field is missing. Please add it to the file.',
    });
    expect(new Set(version1.map(({ message }) => message)).size).toBe(1);
    // The migration adds no field the file did not have, not even as undefined.
    expect(migrateToCurrentVersion({ schemaVersion: 1, hero: 'x' })).toStrictEqual({ ok: true, document: { schemaVersion: 2, hero: 'x' }, migratedFrom: 1 });
  });

  it('passes a current document through untouched and refuses a newer one', () => {
    const example = createExampleDocument();
    expect(migrateToCurrentVersion(example)).toEqual({ ok: true, document: example });
    expect(migrateToCurrentVersion({ ...example, schemaVersion: 7 })).toEqual({ ok: false, reason: 'future-version', version: 7 });
  });
});
