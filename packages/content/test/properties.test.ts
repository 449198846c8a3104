import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportDocument, importDocument, pathText, validateDocument } from '../src/index.js';
import { leavesAndBranches, setAt, validDocument, wrongTypeFor } from './arbitraries.js';

type Json = Parameters<typeof leavesAndBranches>[0];

describe('every valid document', () => {
  it('passes validation', () => {
    fc.assert(
      fc.property(validDocument, (document) => {
        const result = validateDocument(document);
        if (!result.ok) throw new Error(JSON.stringify(result.problems));
      }),
    );
  });

  it('survives export → import unchanged', () => {
    fc.assert(
      fc.property(validDocument, (document) => {
        const result = importDocument(exportDocument(document));
        expect(result).toEqual({ ok: true, document });
      }),
    );
  });
});

describe('every invalid document is refused, naming the path and the problem', () => {
  /** A document and one of its places other than the version (whose absence is its own refusal). */
  const documentAndPlace = validDocument.chain((document) => {
    const places = leavesAndBranches(document as unknown as Json).filter(({ path }) => path[0] !== 'schemaVersion');
    return fc.tuple(fc.constant(document), fc.constantFrom(...places));
  });

  it('a value of the wrong type anywhere', () => {
    fc.assert(
      fc.property(documentAndPlace, ([document, place]) => {
        const broken = setAt(document as unknown as Json, place.path, wrongTypeFor(place.value));
        const result = importDocument(JSON.stringify(broken), 'en');
        expect(result.ok).toBe(false);
        if (result.ok || result.error.reason !== 'invalid') throw new Error(`expected "invalid", got ${JSON.stringify(result)}`);
        const problem = result.error.problems.find(({ path }) => path === pathText(place.path));
        expect(problem, `no problem at ${pathText(place.path)}: ${JSON.stringify(result.error.problems)}`).toBeDefined();
        expect(problem?.message).toMatch(/^(Expected|The format)|^[A-Z]/);
      }),
    );
  });

  it('a field the format does not know, in any object', () => {
    const documentAndObject = validDocument.chain((document) => {
      const objects = [{ path: [] as (string | number)[], value: document as unknown as Json }, ...leavesAndBranches(document as unknown as Json)].filter(
        ({ value }) => typeof value === 'object' && value !== null && !Array.isArray(value),
      );
      return fc.tuple(fc.constant(document), fc.constantFrom(...objects));
    });
    fc.assert(
      fc.property(documentAndObject, ([document, place]) => {
        const broken = place.path.length === 0
          ? { ...(document as unknown as Record<string, Json>), surprise: true }
          : setAt(document as unknown as Json, place.path, { ...(place.value as Record<string, Json>), surprise: true });
        const result = importDocument(JSON.stringify(broken), 'de');
        if (result.ok || result.error.reason !== 'invalid') throw new Error(`expected "invalid", got ${JSON.stringify(result)}`);
        expect(result.error.problems).toContainEqual({
          path: pathText([...place.path, 'surprise']),
          message: 'Dieses Feld kennt das Format nicht; bitte entfernen.',
        });
      }),
    );
  });

  it('an unsafe link in any link field', () => {
    const linkKeys = new Set(['href', 'imprintHref', 'privacyHref', 'accessibilityHref']);
    const documentAndLink = validDocument
      .filter((document) => leavesAndBranches(document as unknown as Json).some(({ path }) => linkKeys.has(String(path.at(-1)))))
      .chain((document) => {
        const links = leavesAndBranches(document as unknown as Json).filter(({ path }) => linkKeys.has(String(path.at(-1))));
        return fc.tuple(
          fc.constant(document),
          fc.constantFrom(...links),
          fc.constantFrom('javascript:alert(1)', 'JavaScript:alert(1)', ' javascript:alert(1)', 'java\nscript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'),
        );
      });
    fc.assert(
      fc.property(documentAndLink, ([document, place, unsafe]) => {
        const result = importDocument(JSON.stringify(setAt(document as unknown as Json, place.path, unsafe)), 'en');
        if (result.ok || result.error.reason !== 'invalid') throw new Error(`expected "invalid", got ${JSON.stringify(result)}`);
        expect(result.error.problems).toContainEqual({
          path: pathText(place.path),
          message: 'Only links with https:, http:, mailto: or tel:, relative addresses and #fragments are allowed.',
        });
      }),
    );
  });
});
