import { createExampleDocument } from '@muenchen-digital/content';
import { describe, expect, it } from 'vitest';
import { changedPlace, linkPlaces, placesAt, placeText } from './form-place.js';

/** The places of an error summary link, in the words the link says. */
const linkNames = (...args: Parameters<typeof linkPlaces>) => linkPlaces(...args).map(placeText);

/**
 * One walk through the form names a place for every message: the error summary's links ("Gruppe 1
 * (NUTZER*INNEN), Kennzahl 3 (Bürger*innen), Quelle: …" — nine links "Quelle: …" cannot be told
 * apart) and what undo or redo changed ("Änderung an „Bezeichnung“ in „Kennzahl 2 (Unternehmen)“").
 */
describe('placesAt', () => {
  const document = createExampleDocument();

  it('gives the places from the section to the field, items with their number and summary', () => {
    const figure = document.keyFigures.groups[0]!.figures[2]!;
    expect(placesAt(['keyFigures', 'groups', 0, 'figures', 2, 'sourceId'], document)).toEqual([
      { kind: 'section', label: 'Kennzahlen' },
      { kind: 'list', label: 'Gruppen' },
      { kind: 'item', label: 'Gruppe 1', number: 1, summary: document.keyFigures.groups[0]!.heading },
      { kind: 'list', label: 'Kennzahlen' },
      { kind: 'item', label: 'Kennzahl 3', number: 3, summary: figure.label },
      { kind: 'field', label: 'Quelle' },
    ]);
    expect(placesAt(['recommendations', 'items', 1, 'measures', 0], document).at(-1)).toEqual({ kind: 'entry', label: 'Maßnahme 1', number: 1 });
    expect(placesAt(['organisation', 'logo', 'alt'], document).at(-1)).toEqual({ kind: 'field', label: 'Logo' });
  });

  it('gives a channel without account and platform no summary, not an empty "()"', () => {
    const channels = structuredClone(document);
    Object.assign(channels.channels.items[0]!, { account: ' ', platform: '' });
    expect(placesAt(['channels', 'items', 0], channels).at(-1)).toEqual({ kind: 'item', label: 'Kanal 1', number: 1, summary: '' });
    Object.assign(channels.channels.items[0]!, { account: '', platform: 'mastodon' });
    expect(placesAt(['channels', 'items', 0], channels).at(-1)?.summary).toBe('mastodon');
  });

  it('gives nothing where the form shows nothing', () => {
    expect(placesAt([], document)).toEqual([]);
    expect(placesAt(['keyFigures', 'nonsense'], document)).toEqual([]);
    expect(placesAt(['nonsense'], document)).toEqual([]);
  });
});

describe('placeText', () => {
  it('names an item by its number and, in parentheses, its summary; parentheses typed inside become brackets', () => {
    expect(placeText({ kind: 'item', label: 'Kennzahl 3', number: 3, summary: 'Bürger*innen' })).toBe('Kennzahl 3 (Bürger*innen)');
    expect(placeText({ kind: 'item', label: 'Kennzahl 3', number: 3, summary: '' })).toBe('Kennzahl 3');
    expect(placeText({ kind: 'item', label: 'Kanal 1', number: 1, summary: '@muenchen (Mastodon)' })).toBe('Kanal 1 (@muenchen [Mastodon])');
    expect(placeText({ kind: 'item', label: 'Kennzahl 1', number: 1, summary: 'Anteil (in %' })).toBe('Kennzahl 1 (Anteil [in %)');
    expect(placeText({ kind: 'field', label: 'Wert (in %)' })).toBe('Wert (in %)');
  });
});

describe('linkPlaces', () => {
  const document = createExampleDocument();
  const figure = document.keyFigures.groups[0]!.figures[2]!;

  it('names the items around a field by their number and summary, outermost first, then the field', () => {
    expect(linkNames(['keyFigures', 'groups', 0, 'figures', 2, 'sourceId'], document, 'Quelle')).toEqual([
      `Gruppe 1 (${document.keyFigures.groups[0]!.heading})`,
      `Kennzahl 3 (${figure.label})`,
      'Quelle',
    ]);
    expect(linkNames(['sources', 'items', 1, 'href'], document, 'Link')).toEqual([`Quelle 2 (${document.sources.items[1]!.text})`, 'Link']);
    const positioning = document.positionings.items[0]!;
    expect(linkNames(['positionings', 'items', 0, 'dimensions', 1, 'title'], document, 'Titel')).toEqual([
      `Positionierung 1 (${positioning.heading})`,
      `Dimension 2 (${positioning.dimensions[1]!.title})`,
      'Titel',
    ]);
  });

  it('names an item without a summary by its number, and text-list entries by their item', () => {
    const untitled = structuredClone(document);
    untitled.mission.items[0]!.title = '  ';
    expect(linkNames(['mission', 'items', 0, 'title'], untitled, 'Titel')).toEqual(['Leitsatz 1', 'Titel']);
    expect(linkNames(['recommendations', 'items', 1, 'measures', 0], document, 'Maßnahme 1')).toEqual([
      `Empfehlung 2 (${document.recommendations.items[1]!.title})`,
      'Maßnahme 1',
    ]);
  });

  it('names an item itself as everywhere, after the items around it', () => {
    const second = document.keyFigures.groups[1]!;
    expect(linkNames(['keyFigures', 'groups', 1, 'figures', 0], document, `Kennzahl 1: ${second.figures[0]!.label}`)).toEqual([
      `Gruppe 2 (${second.heading})`,
      `Kennzahl 1 (${second.figures[0]!.label})`,
    ]);
  });

  it('names groups, and a section only where another section has a field of the same label', () => {
    expect(linkNames(['challenges', 'administration', 'highlight', 'figure'], document, 'Zahl')).toEqual(['Für die Verwaltung', 'Hervorgehobene Tatsache', 'Zahl']);
    expect(linkNames(['keyFigures', 'heading'], document, 'Überschrift')).toEqual(['Kennzahlen', 'Überschrift']);
    expect(linkNames(['organisation', 'city'], document, 'Stadt')).toEqual(['Stadt']);
    // The hero's title is in the section "Titel": "Titel, Titel" would say nothing more.
    expect(linkNames(['hero', 'title'], document, 'Titel')).toEqual(['Titel']);
    expect(linkNames(['keyMessage'], document, 'Kernbotschaft')).toEqual(['Kernbotschaft']);
    // The logo's text alternative keeps its own label, which says more than the walk's "Logo".
    expect(linkNames(['organisation', 'logo', 'alt'], document, 'Alternativtext des Logos')).toEqual(['Alternativtext des Logos']);
  });
});

describe('changedPlace', () => {
  const document = createExampleDocument();

  it('names the place and the innermost section, group or item it sits in', () => {
    const figure = document.keyFigures.groups[0]!.figures[1]!;
    expect(changedPlace(['keyFigures', 'groups', 0, 'figures', 1, 'label'], document)).toEqual({ label: 'Bezeichnung', within: `Kennzahl 2 (${figure.label})` });
    expect(changedPlace(['keyFigures', 'groups', 0, 'figures', 1], document)).toEqual({
      label: `Kennzahl 2 (${figure.label})`,
      within: `Gruppe 1 (${document.keyFigures.groups[0]!.heading})`,
    });
    expect(changedPlace(['recommendations', 'items', 1, 'measures', 0], document)).toEqual({
      label: 'Maßnahme 1',
      within: `Empfehlung 2 (${document.recommendations.items[1]!.title})`,
    });
    expect(changedPlace(['challenges', 'administration', 'highlight', 'figure'], document)).toEqual({ label: 'Zahl', within: 'Hervorgehobene Tatsache' });
    expect(changedPlace(['vision', 'heading'], document)).toEqual({ label: 'Überschrift', within: 'Vision' });
  });

  it('leaves out a section that says the same as the place, and names nothing where the form shows nothing', () => {
    expect(changedPlace(['hero', 'title'], document)).toEqual({ label: 'Titel' });
    expect(changedPlace(['sovereignty', 'terms'], document)).toEqual({ label: 'Begriffe' });
    expect(changedPlace(['keyMessage'], document)).toEqual({ label: 'Kernbotschaft' });
    expect(changedPlace(['vision'], document)).toEqual({ label: 'Vision' });
    expect(changedPlace([], document)).toBeUndefined();
    expect(changedPlace(['vision', 'nonsense'], document)).toBeUndefined();
  });
});
