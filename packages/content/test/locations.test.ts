import { describe, expect, it } from 'vitest';
import { languages, locationOf, pathText, strategyDocumentSchema } from '../src/index.js';
import { documentPlaces, type PlaceWords } from '../src/locations.js';

type Keys = (string | number)[];

/** A valibot schema seen as data: what it holds, through pipes, configs and optional wrappers. */
interface SchemaNode {
  kind?: string;
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  wrapped?: SchemaNode;
  pipe?: SchemaNode[];
}

/** Every place the schema has: each field of each object, and the first item of each list. */
function schemaPlaces(node: SchemaNode, path: Keys = [], found = new Map<string, Keys>()): Map<string, Keys> {
  for (const [key, child] of Object.entries(node.entries ?? {})) {
    found.set(pathText([...path, key]), [...path, key]);
    schemaPlaces(child, [...path, key], found);
  }
  if (node.item) {
    found.set(pathText([...path, 0]), [...path, 0]);
    schemaPlaces(node.item, [...path, 0], found);
  }
  if (node.wrapped) schemaPlaces(node.wrapped, path, found);
  for (const step of node.pipe ?? []) if (step !== node && step.kind === 'schema') schemaPlaces(step, path, found);
  return found;
}

/** Every place the words of `locationOf` name, in the same notation. */
function placesWithWords(place: PlaceWords, path: Keys = [], found = new Set<string>()): Set<string> {
  const inside = place.item ? [...path, 0] : path;
  if (place.item) found.add(pathText(inside));
  for (const [key, field] of Object.entries(place.fields ?? {})) {
    found.add(pathText([...inside, key]));
    placesWithWords(field, [...inside, key], found);
  }
  return found;
}

const places = [...schemaPlaces(strategyDocumentSchema as unknown as SchemaNode).values()];

describe('locationOf: where a place is, in words', () => {
  it('has words for every place of the schema, and none for a place it lacks', () => {
    expect(places.length).toBeGreaterThan(100);
    expect([...placesWithWords(documentPlaces)].sort()).toEqual(places.map((keys) => pathText(keys)).sort());
  });

  it.each(languages)('names every place of the schema in words (%s): one per field, a list’s item by its position', (language) => {
    for (const keys of places) {
      const words = locationOf(keys, language).split(' › ');
      const said = `${pathText(keys)} → ${locationOf(keys, language)}`;
      // A list and its item's position make one step: "Gruppe 1".
      expect(words, said).toHaveLength(keys.filter((key) => typeof key === 'string').length);
      for (const word of words) expect(word, said).toMatch(/^[^"„“.\d]/u);
      expect(locationOf(pathText(keys), language), said).toBe(locationOf(keys, language));
    }
  });

  it.each([
    { path: 'keyFigures.groups[0].figures[0].value', de: 'Kennzahlen › Gruppe 1 › Kennzahl 1 › Wert', en: 'Key figures › Group 1 › Key figure 1 › Value' },
    { path: 'positionings.items[1].dimensions[4].points[2]', de: 'Positionierungen › Positionierung 2 › Dimension 5 › Punkt 3', en: 'Positionings › Positioning 2 › Dimension 5 › Point 3' },
    { path: 'mission.items', de: 'Mission › Leitsätze', en: 'Mission › Guiding principles' },
    { path: 'organisation.imprintHref', de: 'Organisation und Marke › Link zum Impressum', en: 'Organisation and brand › Link to the legal notice' },
    { path: '', de: 'Dokument', en: 'Document' },
    { path: 'hero.colour', de: 'Titel › „colour“', en: 'Title › “colour”' },
    { path: 'hero.__proto__', de: 'Titel › „__proto__“', en: 'Title › “__proto__”' },
    { path: 'surprise[0].text', de: '„surprise“ › 1. › „text“', en: '“surprise” › 1. › “text”' },
    // The field "Titel" in the form's section "Titel": both said, so that the section itself (a file
    // without "hero") and its field (a file without "hero.title") never read the same.
    { path: 'hero', de: 'Titel', en: 'Title' },
    { path: 'hero.title', de: 'Titel › Titel', en: 'Title › Title' },
    { path: 'sovereignty.terms[1]', de: 'Begriffe › Begriff 2', en: 'Terms › Term 2' },
    { path: 'recommendations.items[0].highlighted', de: 'Empfehlungen › Empfehlung 1 › Als Priorität kennzeichnen', en: 'Recommendations › Recommendation 1 › Mark as priority' },
  ])('names $path', ({ path, de, en }) => {
    expect(locationOf(path, 'de')).toBe(de);
    expect(locationOf(path, 'en')).toBe(en);
  });
});
