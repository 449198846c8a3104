import fc from 'fast-check';
import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { exportDocument, importDocument, locationOf, pathText, strategyDocumentSchema, validateDocument, withoutUnsafeAddresses, type StrategyDocument } from '../src/index.js';
import { compareDocumentPlaces } from '../src/document-order.js';
import { draftDocument, leavesAndBranches, linkKeys, setAt, validDocument, wrongTypeFor } from './arbitraries.js';

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
        expect(result).toEqual({ ok: true, document, problems: [] });
      }),
    );
  });
});

describe('every draft the form can hold', () => {
  it('survives export → import unchanged, with the problems it has, each with its location', () => {
    fc.assert(
      fc.property(draftDocument, (draft) => {
        const validated = validateDocument(draft, 'en');
        const expected = (validated.ok ? [] : validated.problems).map((problem) => ({ ...problem, location: locationOf(problem.path, 'en') }));
        expect(importDocument(exportDocument(draft), 'en')).toEqual({ ok: true, document: draft, problems: expected });
      }),
    );
  });

  it('is refused with an unsafe link in any link field, naming only what was refused', () => {
    const draftAndLink = draftDocument
      .filter((draft) => leavesAndBranches(draft as unknown as Json).some(({ path }) => linkKeys.has(String(path.at(-1)))))
      .chain((draft) => {
        const links = leavesAndBranches(draft as unknown as Json).filter(({ path }) => linkKeys.has(String(path.at(-1))));
        return fc.tuple(fc.constant(draft), fc.constantFrom(...links), fc.constantFrom('javascript:alert(1)', 'java\tscript:alert(1)', `javascript:${'x'.repeat(2001)}`));
      });
    fc.assert(
      fc.property(draftAndLink, ([draft, place, unsafe]) => {
        const result = importDocument(JSON.stringify(setAt(draft as unknown as Json, place.path, unsafe)), 'en');
        if (result.ok || result.error.reason !== 'invalid') throw new Error(`expected "invalid", got ${JSON.stringify(result)}`);
        expect(result.error.problems).toEqual([expect.objectContaining({ path: pathText(place.path) })]);
      }),
    );
  });

  it('with an unsafe link (a mistyped scheme too), is exported without it and imported again, the link named', () => {
    const draftAndLink = draftDocument
      .filter((draft) => leavesAndBranches(draft as unknown as Json).some(({ path }) => linkKeys.has(String(path.at(-1)))))
      .chain((draft) => {
        const links = leavesAndBranches(draft as unknown as Json).filter(({ path }) => linkKeys.has(String(path.at(-1))));
        return fc.tuple(fc.constant(draft), fc.constantFrom(...links), fc.constantFrom('htps://example.org', 'javascript:alert(1)', 'ftp://example.org/datei'));
      });
    fc.assert(
      fc.property(draftAndLink, ([draft, place, unsafe]) => {
        const withUnsafe = setAt(draft as unknown as Json, place.path, unsafe) as unknown as StrategyDocument;
        const before = structuredClone(withUnsafe);
        const { document, emptied } = withoutUnsafeAddresses(withUnsafe, 'en');
        expect(emptied).toEqual([{ path: pathText(place.path), location: locationOf(place.path, 'en'), address: unsafe }]);
        expect(withUnsafe, 'the document passed in stays as it was').toEqual(before);
        expect(document).toEqual(setAt(draft as unknown as Json, place.path, ''));
        expect(importDocument(exportDocument(document), 'en').ok).toBe(true);
      }),
    );
  });

  it('without unsafe addresses, is given back as it is', () => {
    fc.assert(
      fc.property(draftDocument, (draft) => {
        expect(withoutUnsafeAddresses(draft)).toEqual({ document: draft, emptied: [] });
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
          location: locationOf([...place.path, 'surprise'], 'de'),
          message: 'Dieses Feld gibt es im Format nicht. Bitte aus der Datei entfernen.',
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
          location: locationOf(place.path, 'en'),
          message: 'This kind of link is not allowed. Please enter an address with https:, http:, mailto: or tel:, a relative address or a #fragment.',
        });
      }),
    );
  });
});

describe('a field problem never hides a problem spanning fields', () => {
  type Keys = (string | number)[];
  const holds = (outer: Keys, inner: Keys) => outer.length <= inner.length && outer.every((key, index) => inner[index] === key);

  /**
   * A valid document in which one figure cites a source that does not exist and the emphasis is not
   * in the vision, and a place to break that is none of the fields these two rules read.
   */
  const documentWithSpanningProblems = validDocument
    .filter((document) => document.keyFigures.groups.some((group) => group.figures.length > 0))
    .chain((document) => {
      const citations = document.keyFigures.groups.flatMap((group, groupIndex) =>
        group.figures.map((_, figureIndex): Keys => ['keyFigures', 'groups', groupIndex, 'figures', figureIndex, 'sourceId']),
      );
      return fc.tuple(fc.constant(document), fc.constantFrom(...citations));
    })
    .chain(([document, citation]) => {
      const visionText = document.vision.text;
      let emphasis = '§';
      for (let n = 0; visionText.includes(emphasis); n += 1) emphasis = `§${n}`;
      const broken = setAt(setAt(document as unknown as Json, citation, 'no-such-source'), ['vision', 'emphasis'], emphasis);
      const read: Keys[] = [citation, ['vision', 'text'], ['vision', 'emphasis']];
      const places = leavesAndBranches(broken).filter(
        ({ path }) =>
          path[0] !== 'schemaVersion' &&
          !read.some((field) => holds(path, field)) &&
          // Which sources exist: the list, its items and their ids.
          !(path[0] === 'sources' && (path.length <= 3 || path[3] === 'id')),
      );
      return fc.tuple(fc.constant(broken), fc.constant(citation), fc.constantFrom(...places));
    });

  it('an unknown source and an emphasis not in the vision are reported beside any field problem, each field once', () => {
    fc.assert(
      fc.property(documentWithSpanningProblems, ([document, citation, place]) => {
        const result = validateDocument(setAt(document, place.path, wrongTypeFor(place.value)), 'en');
        if (result.ok) throw new Error('expected problems');
        const paths = result.problems.map(({ path }) => path);
        expect(result.problems).toContainEqual({ path: pathText(citation), message: 'There is no such source. Please choose one from the list of sources, or none.' });
        expect(result.problems).toContainEqual({
          path: 'vision.emphasis',
          message: 'This word is not in the text. Please enter a word from the text, or leave the field empty.',
        });
        expect(paths).toContain(pathText(place.path));
        expect(new Set(paths).size).toBe(paths.length);
      }),
    );
  });
});

describe('problems come in the order of the document', () => {
  it('the order valibot finds them in: the schema’s order of fields, items by position, a list after its items', () => {
    // validateDocument sorts its problems with compareDocumentPlaces, to put those of the rules
    // spanning fields among the others. The sort must keep the order of all the rest: here the
    // schema's own problems, unsorted, for several places broken at once (none inside another) —
    // wrong types, and objects emptied but for a field the format does not know.
    const documentAndPlaces = validDocument.chain((document) => {
      const places = leavesAndBranches(document as unknown as Json).filter(({ path }) => path[0] !== 'schemaVersion');
      return fc.tuple(fc.constant(document), fc.uniqueArray(fc.constantFrom(...places), { minLength: 2, maxLength: 6 }), fc.boolean());
    });
    fc.assert(
      fc.property(documentAndPlaces, ([document, places, emptyObjects]) => {
        const holdsAnother = (path: (string | number)[]) =>
          places.some((other) => other.path.length < path.length && other.path.every((key, index) => path[index] === key));
        const broken = places
          .filter(({ path }) => !holdsAnother(path))
          .reduce(
            (value, { path, value: old }) =>
              setAt(value, path, emptyObjects && typeof old === 'object' && old !== null && !Array.isArray(old) ? { surprise: true } : wrongTypeFor(old)),
            document as unknown as Json,
          );
        const result = v.safeParse(strategyDocumentSchema, broken);
        if (result.success) throw new Error('expected problems');
        const found = result.issues.filter(({ type }) => type !== 'raw_check').map((issue) => (issue.path ?? []).map(({ key }) => key as string | number));
        found.slice(1).forEach((place, index) => {
          expect(compareDocumentPlaces(found[index]!, place), `${pathText(found[index]!)} before ${pathText(place)}`).toBeLessThanOrEqual(0);
        });
      }),
    );
  });
});
