import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import {
  countListEntries,
  createExampleDocument,
  describeImportError,
  exportDocument,
  hasDocumentShape,
  importDocument,
  importEntryLimit,
  importSizeLimit,
  validateDocument,
  withoutUnsafeAddresses,
  type StrategyDocument,
} from '../src/index.js';

const exampleText = exportDocument(createExampleDocument());

describe('import', () => {
  it('reads back what export wrote, as text and as bytes, with or without a byte order mark', () => {
    const expected = { ok: true, document: createExampleDocument(), problems: [] };
    expect(importDocument(exampleText)).toEqual(expected);
    expect(importDocument(new TextEncoder().encode(exampleText))).toEqual(expected);
    expect(importDocument(`\uFEFF${exampleText}`)).toEqual(expected);
  });

  it('refuses a file that is not JSON, and one that is not UTF-8', () => {
    const result = importDocument('<html>Strategie</html>');
    expect(result).toMatchObject({ ok: false, error: { reason: 'not-json' } });
    expect(importDocument(new Uint8Array([0x7b, 0xff, 0x7d]))).toMatchObject({ ok: false, error: { reason: 'not-json' } });
    // A valid document saved in Windows-1252 ("ü" as the one byte 0xFC): JSON as such, but not UTF-8.
    // Read leniently it would import "M\uFFFDnchen"; it is refused instead.
    const text = exportDocument({ ...createExampleDocument(), hero: { ...createExampleDocument().hero, title: 'München' } })
      // What Windows-1252 cannot hold, written as JSON escapes: the file stays valid JSON in every other way.
      .replace(/[\u0100-\uffff]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
    const latin1 = Uint8Array.from(text, (character) => character.charCodeAt(0));
    expect(latin1).toContain(0xfc);
    expect(JSON.parse(new TextDecoder('windows-1252').decode(latin1)).hero.title).toBe('München');
    expect(importDocument(latin1)).toMatchObject({ ok: false, error: { reason: 'not-json' } });
    if (!result.ok) expect(describeImportError(result.error, 'de')).toMatch(/keine JSON-Datei/);
  });

  it('refuses a file over 5 MB before reading it', () => {
    const tooLarge = `${exampleText.slice(0, -2)}${' '.repeat(importSizeLimit)}}`;
    const result = importDocument(tooLarge);
    expect(result).toMatchObject({ ok: false, error: { reason: 'too-large', limit: 5 * 1024 * 1024 } });
    if (!result.ok) expect(describeImportError(result.error, 'en')).toBe('The file is 5 MB; files up to 5 MB can be imported.');
    // Multi-byte characters count as the bytes a file holds, not as string length.
    expect(importDocument('ü'.repeat(importSizeLimit / 2 + 1))).toMatchObject({ ok: false, error: { reason: 'too-large' } });
    // Exactly 5 MB is still read (the example, padded with spaces JSON allows at its end).
    const atLimit = `${exampleText}${' '.repeat(importSizeLimit - new TextEncoder().encode(exampleText).length)}`;
    expect(new TextEncoder().encode(atLimit)).toHaveLength(importSizeLimit);
    expect(importDocument(atLimit)).toMatchObject({ ok: true });
  });

  it('refuses a file with more list entries than the form can draw, however small the file', () => {
    const document = createExampleDocument();
    // The talk holds 96 list entries, 9 of them the sovereignty terms replaced below.
    const otherEntries = 96 - document.sovereignty.terms.length;
    // A hundred thousand one-letter terms: about 500 kB, yet enough to freeze the form that draws them.
    document.sovereignty.terms = Array.from({ length: 100_000 }, () => 'a');
    const result = importDocument(exportDocument(document));
    expect(result).toMatchObject({ ok: false, error: { reason: 'too-many-entries', limit: importEntryLimit } });
    if (!result.ok) {
      expect(describeImportError(result.error, 'de')).toBe('Die Datei enthält 100.087 Listeneinträge; importiert werden Dokumente mit bis zu 2.000.');
      expect(describeImportError(result.error, 'en')).toBe('The file holds 100,087 list entries; documents with up to 2,000 can be imported.');
    }
    // Entries count wherever they are, nested lists' included; up to the limit is taken.
    document.sovereignty.terms = Array.from({ length: importEntryLimit - otherEntries }, (_, index) => `Begriff ${index}`);
    expect(importDocument(exportDocument(document)).ok).toBe(true);
    expect(countListEntries(document)).toBe(importEntryLimit);
    document.sovereignty.terms.push('Einer zu viel');
    expect(importDocument(exportDocument(document))).toMatchObject({ ok: false, error: { reason: 'too-many-entries', count: importEntryLimit + 1 } });
  });

  // A guard for the entry count, which walks the whole file: a recursion would overflow the stack here.
  it('counts the entries of a file nested a hundred thousand levels deep without throwing', () => {
    const lists = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    expect(importDocument(lists)).toMatchObject({ ok: false, error: { reason: 'too-many-entries', count: 99_999 } });
    const objects = `${'{"a":'.repeat(100_000)}[]${'}'.repeat(100_000)}`;
    expect(importDocument(objects)).toMatchObject({ ok: false, error: { reason: 'unknown-version' } });
  });

  it('refuses a document of a newer format and says to update', () => {
    const result = importDocument(exampleText.replace('"schemaVersion": 2', '"schemaVersion": 3'));
    expect(result).toEqual({ ok: false, error: { reason: 'future-version', version: 3, supported: 2 } });
    if (!result.ok) {
      expect(describeImportError(result.error, 'de')).toBe(
        'Die Datei stammt aus einer neueren Version der Anwendung (Format 3; diese kennt Format 2). Bitten Sie die Stelle, die die Anwendung betreut, sie zu aktualisieren.',
      );
    }
  });

  it.each([['{}'], ['[]'], ['"text"'], ['{"schemaVersion": "2"}'], ['{"schemaVersion": 0}'], ['{"schemaVersion": 1.5}']])(
    'refuses %s as not a strategy document',
    (text) => {
      const result = importDocument(text);
      expect(result.ok).toBe(false);
      if (!result.ok) expect(['unknown-version', 'invalid']).toContain(result.error.reason);
    },
  );

  it('refuses wrong types with every problem named, and counts them', () => {
    const broken = exampleText.replace('"value": 1600000', '"value": "1,6 Mio."').replace('"newTab": true', '"newTab": "ja"');
    const result = importDocument(broken, 'en');
    expect(result).toEqual({
      ok: false,
      error: {
        reason: 'invalid',
        problems: [
          {
            path: 'keyFigures.groups[0].figures[0].value',
            location: 'Key figures › Group 1 › Key figure 1 › Value',
            message: 'A number belongs here, for example 1600000. Found: “1,6 Mio.”.',
          },
          { path: 'channels.items[1].newTab', location: 'Channels › Channel 2 › Open in a new tab', message: 'This must be true (yes) or false (no). Found: “ja”.' },
        ],
      },
    });
    if (!result.ok) {
      expect(describeImportError(result.error, 'en')).toBe('The file has 2 errors; nothing was changed. Correct the file where they are listed and import it again.');
    }
  });

  it('takes a key figure without a spoken label (written before it existed) and keeps one that has it', () => {
    const written = JSON.parse(exampleText);
    const [first, second] = written.keyFigures.groups[0].figures;
    delete first.spokenLabel;
    second.spokenLabel = 'Unternehmen in München';
    const result = importDocument(JSON.stringify(written));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [readFirst, readSecond] = result.document.keyFigures.groups[0]!.figures;
    expect(readFirst!.spokenLabel).toBe('');
    expect(readSecond!.spokenLabel).toBe('Unternehmen in München');
    // A wrong type is refused at its path, like any other field.
    second.spokenLabel = 42;
    expect(importDocument(JSON.stringify(written))).toMatchObject({
      ok: false,
      error: { reason: 'invalid', problems: [{ path: 'keyFigures.groups[0].figures[1].spokenLabel' }] },
    });
  });

  it('takes a key figure group without a spoken heading (written before it existed) and keeps one that has it', () => {
    const written = JSON.parse(exampleText);
    const [users, administration] = written.keyFigures.groups;
    delete users.spokenHeading;
    administration.spokenHeading = 'Verwaltung der Stadt';
    const result = importDocument(JSON.stringify(written));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.keyFigures.groups.map((group) => group.spokenHeading)).toEqual(['', 'Verwaltung der Stadt']);
    administration.spokenHeading = ['kein Text'];
    expect(importDocument(JSON.stringify(written))).toMatchObject({
      ok: false,
      error: { reason: 'invalid', problems: [{ path: 'keyFigures.groups[1].spokenHeading' }] },
    });
  });

  it("takes a publication without size or pages (written before they existed), and names a page count that is no whole number", () => {
    const written = JSON.parse(exampleText);
    const [publication] = written.publications.items;
    delete publication.size;
    delete publication.pages;
    const result = importDocument(JSON.stringify(written));
    expect(result).toMatchObject({ ok: true, problems: [] });
    if (!result.ok) return;
    expect(result.document.publications.items[0]).toMatchObject({ size: '', pages: '' });

    publication.size = '2,4 MB';
    publication.pages = '48 Seiten';
    const drafted = importDocument(JSON.stringify(written), 'de');
    // A draft with a problem to fix in the form, not a refused file.
    expect(drafted).toMatchObject({
      ok: true,
      problems: [{ path: 'publications.items[0].pages', message: 'Bitte die Anzahl der Seiten als ganze Zahl ab 1 eintragen, zum Beispiel 48, oder das Feld leer lassen.' }],
    });
    if (!drafted.ok) return;
    expect(drafted.document.publications.items[0]).toMatchObject({ size: '2,4 MB', pages: '48 Seiten' });
    for (const pages of ['0', '-3', '4.5', ' 48']) {
      publication.pages = pages;
      expect(importDocument(JSON.stringify(written)), pages).toMatchObject({ ok: true, problems: [{ path: 'publications.items[0].pages' }] });
    }
    publication.pages = '48';
    expect(importDocument(JSON.stringify(written))).toMatchObject({ ok: true, problems: [] });
  });

  it('takes an organisation without a home page link (written before it existed), and refuses an unsafe one', () => {
    const written = JSON.parse(exampleText);
    delete written.organisation.homeHref;
    const result = importDocument(JSON.stringify(written));
    expect(result).toMatchObject({ ok: true, problems: [] });
    if (result.ok) expect(result.document.organisation.homeHref).toBe('');
    written.organisation.homeHref = 'https://stadt.example.org/';
    const linked = importDocument(JSON.stringify(written));
    expect(linked.ok && linked.document.organisation.homeHref).toBe('https://stadt.example.org/');
    written.organisation.homeHref = 'javascript:alert(1)';
    expect(importDocument(JSON.stringify(written))).toMatchObject({
      ok: false,
      error: { reason: 'invalid', problems: [{ path: 'organisation.homeHref' }] },
    });
  });

  it('brings a version 1 file up to date', async () => {
    const version1 = await readFile(new URL('./fixtures/strategy-document-v1.json', import.meta.url), 'utf8');
    const result = importDocument(version1);
    expect(result.ok && result.migratedFrom).toBe(1);
  });
});

describe('import of a draft (a document with problems a person fixes in the form, as the app exports it)', () => {
  /** The example as a person may leave it: emptied, mistyped and too long fields, a removed source still cited. */
  const draft = () => {
    const document = createExampleDocument();
    document.organisation.city = '';
    document.organisation.imprintHref = 'www.muenchen.de/impressum';
    document.hero.title = 'x'.repeat(301);
    document.hero.date = '3.6.2025';
    document.sovereignty.terms.push('  ');
    document.vision.emphasis = 'niemand';
    document.keyFigures.groups[1]!.figures[0]!.sourceId = 'entfernte-quelle';
    document.channels.items[0]!.href = '';
    document.contact.email = 'digital at example.org';
    document.contact.phone = 'ruf an';
    return document;
  };

  it('takes the draft as it is, every value kept, and returns its problems: where, in words, and what to do', () => {
    const document = draft();
    const result = importDocument(exportDocument(document), 'de');
    expect(result).toEqual({
      ok: true,
      document,
      problems: [
        { path: 'organisation.city', location: 'Organisation und Marke › Stadt', message: 'Bitte ausfüllen.' },
        {
          path: 'organisation.imprintHref',
          location: 'Organisation und Marke › Link zum Impressum',
          message: 'Bitte „https://“ voranstellen: https://www.muenchen.de/impressum',
        },
        { path: 'hero.title', location: 'Titel › Titel', message: 'Bitte auf höchstens 300 Zeichen kürzen; jetzt sind es 301.' },
        { path: 'hero.date', location: 'Titel › Datum', message: 'Bitte ein Datum wie 2025, 2025-06 oder 2025-06-03 eintragen.' },
        { path: 'sovereignty.terms[9]', location: 'Begriffe › Begriff 10', message: 'Bitte ausfüllen.' },
        {
          path: 'vision.emphasis',
          location: 'Vision › Hervorgehobenes Wort',
          message: 'Dieses Wort steht nicht im Text. Bitte ein Wort aus dem Text eintragen oder das Feld leeren.',
        },
        {
          path: 'keyFigures.groups[1].figures[0].sourceId',
          location: 'Kennzahlen › Gruppe 2 › Kennzahl 1 › Quelle',
          message: 'Diese Quelle gibt es nicht. Bitte eine Quelle aus der Quellenliste wählen oder keine.',
        },
        { path: 'channels.items[0].href', location: 'Kanäle › Kanal 1 › Link', message: 'Bitte einen Link eintragen, zum Beispiel https://example.org/seite.' },
        { path: 'contact.email', location: 'Kontakt › E-Mail-Adresse', message: 'Bitte eine E-Mail-Adresse wie name@example.org eintragen.' },
        {
          path: 'contact.phone',
          location: 'Kontakt › Telefon',
          message: 'Bitte eine Telefonnummer aus Ziffern, Leerzeichen und + ( ) / - eintragen, zum Beispiel +49 89 233-12345.',
        },
      ],
    });
    // The same problems validation names for the document, in English too.
    const validated = validateDocument(document, 'en');
    const english = importDocument(exportDocument(document), 'en');
    expect(english.ok && english.problems.map(({ path, message }) => ({ path, message }))).toEqual(!validated.ok && validated.problems);
    expect(english.ok && english.problems[0]).toEqual({ path: 'organisation.city', location: 'Organisation and brand › City', message: 'Please enter a value.' });
  });

  it('refuses a draft that also holds what cannot be read, naming only that', () => {
    const file = JSON.parse(exportDocument(draft()));
    file.keyFigures.groups[0].figures[0].value = 'viel';
    const result = importDocument(JSON.stringify(file), 'de');
    expect(result).toEqual({
      ok: false,
      error: {
        reason: 'invalid',
        problems: [
          {
            path: 'keyFigures.groups[0].figures[0].value',
            location: 'Kennzahlen › Gruppe 1 › Kennzahl 1 › Wert',
            message: 'Hier gehört eine Zahl hin, zum Beispiel 1600000. Gefunden: „viel“.',
          },
        ],
      },
    });
    if (!result.ok) {
      expect(describeImportError(result.error, 'de')).toBe(
        'Die Datei enthält einen Fehler; nichts wurde geändert. Korrigieren Sie die Datei an der genannten Stelle und importieren Sie sie erneut.',
      );
    }
  });

  it.each([
    { what: 'an unsafe link', change: (file: StrategyDocument) => (file.organisation.privacyHref = 'javascript:alert(1)'), path: 'organisation.privacyHref' },
    { what: 'an unsafe link too long for the field', change: (file: StrategyDocument) => (file.sources.items[0]!.href = `javascript:${'x'.repeat(2000)}`), path: 'sources.items[0].href' },
    { what: 'an unsafe logo', change: (file: StrategyDocument) => (file.organisation.logo = { src: 'data:text/html;base64,PHNjcmlwdD4=', alt: '' }), path: 'organisation.logo.src' },
    { what: 'a malformed identifier', change: (file: StrategyDocument) => (file.sources.items[0]!.id = 'Quelle 1!'), path: 'sources.items[0].id' },
    { what: 'an identifier used twice', change: (file: StrategyDocument) => (file.mission.items[1]!.id = file.mission.items[0]!.id), path: 'mission.items' },
    { what: 'a value no choice has', change: (file: StrategyDocument) => ((file.organisation as { theme: string }).theme = 'lila'), path: 'organisation.theme' },
  ])('refuses $what in a draft, however many content problems it has', ({ change, path }) => {
    const file = draft();
    change(file);
    const result = importDocument(exportDocument(file), 'en');
    expect(result.ok).toBe(false);
    if (!result.ok && result.error.reason === 'invalid') expect(result.error.problems.map((problem) => problem.path)).toEqual([path]);
  });
});

describe('export', () => {
  it('writes indented JSON ending in a newline, with no markup interpreted', () => {
    const document = createExampleDocument();
    document.hero.subtitle = '<b>fett</b> & „zitiert“';
    const text = exportDocument(document);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('"subtitle": "<b>fett</b> & „zitiert“"');
    expect(text.split('\n')[1]).toBe('  "schemaVersion": 2,');
  });
});

describe('withoutUnsafeAddresses', () => {
  it('empties an unsafe logo source and a mistyped link, names both, and the file imports again', () => {
    const draft = createExampleDocument();
    draft.organisation.logo = { src: 'data:image/png;base64,', alt: 'Logo' };
    draft.channels.items[0]!.href = 'htps://example.org';
    expect(importDocument(exportDocument(draft)).ok, 'as it is, the file would be refused').toBe(false);

    const { document, emptied } = withoutUnsafeAddresses(draft);

    expect(emptied.map(({ path, address }) => ({ path, address }))).toEqual([
      { path: 'organisation.logo.src', address: 'data:image/png;base64,' },
      { path: 'channels.items[0].href', address: 'htps://example.org' },
    ]);
    expect(emptied[1]!.location).toMatch(/^Kanäle › /);
    expect(document.organisation.logo?.src).toBe('');
    expect(draft.channels.items[0]!.href, 'the document passed in keeps its draft').toBe('htps://example.org');
    expect(importDocument(exportDocument(document)).ok).toBe(true);
  });
});

describe('hasDocumentShape', () => {
  it('takes a draft: content problems and links a person typed are what an app stores', () => {
    const draft = createExampleDocument();
    draft.hero.title = '';
    draft.organisation.homeHref = 'javascript:alert(1)';
    draft.sovereignty.terms = Array.from({ length: 1001 }, () => 'zu viele');
    expect(validateDocument(draft).ok).toBe(false);
    expect(hasDocumentShape(draft)).toBe(true);
  });

  it.each([
    ['nothing', null],
    ['a format version alone', { schemaVersion: 2 }],
    ['a missing part', Object.fromEntries(Object.entries(createExampleDocument()).filter(([key]) => key !== 'hero'))],
    ['a text where a list belongs', { ...createExampleDocument(), sovereignty: { ...createExampleDocument().sovereignty, terms: 'a' } }],
    ['a figure value that is not a number', (() => {
      const document = createExampleDocument();
      (document.keyFigures.groups[0]!.figures[0] as { value: unknown }).value = 'viele';
      return document;
    })()],
    ['two entries with one id', (() => {
      const document = createExampleDocument();
      document.sources.items[1]!.id = document.sources.items[0]!.id;
      return document;
    })()],
  ])('refuses a damaged one: %s', (_, damaged) => {
    expect(hasDocumentShape(damaged)).toBe(false);
  });
});
