import { createExampleDocument, exportDocument, importDocument, type ImportError } from '@muenchen-digital/content';
import { describe, expect, it } from 'vitest';
import { inThisInstallationsTheme } from './foreign-theme.js';

const encoded = (value: unknown) => new TextEncoder().encode(typeof value === 'string' ? value : JSON.stringify(value));

/** The example as another city's installation exports it: in its own theme, with `change` made. */
function fromAnotherInstallation(change: (document: { organisation: Record<string, unknown> }) => void = () => {}) {
  const document = JSON.parse(exportDocument(createExampleDocument())) as { organisation: Record<string, unknown> };
  document.organisation.theme = 'bad-toelz';
  change(document);
  return encoded(document);
}

describe('a document in a theme this installation does not build', () => {
  it('is taken in this installation’s theme, everything else as it was, saying which theme it named', () => {
    const bytes = fromAnotherInstallation();
    const refused = importDocument(bytes, 'de');
    expect(refused.ok).toBe(false);
    const retried = inThisInstallationsTheme(bytes, refused.ok ? { reason: 'unknown-version' } : refused.error, 'musterstadt');
    expect(retried?.foreignTheme).toBe('bad-toelz');
    const imported = importDocument(retried!.bytes, 'de');
    expect(imported.ok && imported.document.organisation.theme).toBe('musterstadt');
    expect(imported.ok && imported.document.hero.title).toBe(createExampleDocument().hero.title);
  });

  it('keeps the refusal when the file has another reason to be refused too', () => {
    const bytes = fromAnotherInstallation((document) => (document.organisation.imprintHref = 'javascript:alert(1)'));
    const refused = importDocument(bytes, 'de');
    expect(!refused.ok && refused.error.reason === 'invalid' && refused.error.problems.map((problem) => problem.path)).toEqual([
      'organisation.theme',
      'organisation.imprintHref',
    ]);
    expect(inThisInstallationsTheme(bytes, refused.ok ? { reason: 'unknown-version' } : refused.error, 'musterstadt')).toBeUndefined();
  });

  it('leaves every other refusal alone, and a theme that is no text', () => {
    expect(inThisInstallationsTheme(encoded('{ kein JSON'), { reason: 'not-json', detail: '' }, 'muenchen')).toBeUndefined();
    const themeProblem: ImportError = { reason: 'invalid', problems: [{ path: 'organisation.theme', location: '', message: '' }] };
    expect(inThisInstallationsTheme(fromAnotherInstallation((document) => (document.organisation.theme = 7)), themeProblem, 'muenchen')).toBeUndefined();
    expect(inThisInstallationsTheme(encoded({ organisation: null }), themeProblem, 'muenchen')).toBeUndefined();
  });
});
