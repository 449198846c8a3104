import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { createExampleDocument, describeImportError, exportDocument, importDocument, importSizeLimit } from '../src/index.js';

const exampleText = exportDocument(createExampleDocument());

describe('import', () => {
  it('reads back what export wrote, as text and as bytes, with or without a byte order mark', () => {
    const expected = { ok: true, document: createExampleDocument() };
    expect(importDocument(exampleText)).toEqual(expected);
    expect(importDocument(new TextEncoder().encode(exampleText))).toEqual(expected);
    expect(importDocument(`\uFEFF${exampleText}`)).toEqual(expected);
  });

  it('refuses a file that is not JSON, and one that is not UTF-8', () => {
    const result = importDocument('<html>Strategie</html>');
    expect(result).toMatchObject({ ok: false, error: { reason: 'not-json' } });
    expect(importDocument(new Uint8Array([0x7b, 0xff, 0x7d]))).toMatchObject({ ok: false, error: { reason: 'not-json' } });
    if (!result.ok) expect(describeImportError(result.error, 'de')).toMatch(/keine JSON-Datei/);
  });

  it('refuses a file over 5 MB before reading it', () => {
    const tooLarge = `${exampleText.slice(0, -2)}${' '.repeat(importSizeLimit)}}`;
    const result = importDocument(tooLarge);
    expect(result).toMatchObject({ ok: false, error: { reason: 'too-large', limit: 5 * 1024 * 1024 } });
    if (!result.ok) expect(describeImportError(result.error, 'en')).toBe('The file is 5 MB; files up to 5 MB can be imported.');
    // Multi-byte characters count as the bytes a file holds, not as string length.
    expect(importDocument('ü'.repeat(importSizeLimit / 2 + 1))).toMatchObject({ ok: false, error: { reason: 'too-large' } });
  });

  it('refuses a document of a newer format and says to update', () => {
    const result = importDocument(exampleText.replace('"schemaVersion": 2', '"schemaVersion": 3'));
    expect(result).toEqual({ ok: false, error: { reason: 'future-version', version: 3, supported: 2 } });
    if (!result.ok) {
      expect(describeImportError(result.error, 'de')).toBe(
        'Die Datei stammt aus einer neueren Version der Anwendung (Format 3; diese kennt Format 2). Aktualisieren Sie die Anwendung, um sie zu öffnen.',
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
          { path: 'keyFigures.groups[0].figures[0].value', message: 'Expected a number, received: "1,6 Mio.".' },
          { path: 'channels.items[1].newTab', message: 'Expected true or false, received: "ja".' },
        ],
      },
    });
    if (!result.ok) expect(describeImportError(result.error, 'en')).toBe('The file has 2 errors; nothing was changed.');
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

  it('brings a version 1 file up to date', async () => {
    const version1 = await readFile(new URL('./fixtures/strategy-document-v1.json', import.meta.url), 'utf8');
    const result = importDocument(version1);
    expect(result.ok && result.migratedFrom).toBe(1);
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
