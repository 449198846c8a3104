import { createExampleDocument } from '@muenchen-digital/content';
import { describe, expect, it } from 'vitest';
import { fieldContext } from './field-context.js';

/**
 * Where a field sits, in words, for the error summary: nine links "Quelle: Diese Quelle gibt es
 * nicht" cannot be told apart, "Gruppe 1 (NUTZER*INNEN), Kennzahl 3 (Bürger*innen), Quelle: …" can.
 */
describe('fieldContext', () => {
  const document = createExampleDocument();
  const figure = document.keyFigures.groups[0]!.figures[2]!;

  it('names the items around a field by their number and summary, outermost first', () => {
    expect(fieldContext(['keyFigures', 'groups', 0, 'figures', 2, 'sourceId'], document, 'Quelle')).toEqual([
      `Gruppe 1 (${document.keyFigures.groups[0]!.heading})`,
      `Kennzahl 3 (${figure.label})`,
    ]);
    expect(fieldContext(['sources', 'items', 1, 'href'], document, 'Link')).toEqual([`Quelle 2 (${document.sources.items[1]!.text})`]);
    const positioning = document.positionings.items[0]!;
    expect(fieldContext(['positionings', 'items', 0, 'dimensions', 1, 'title'], document, 'Titel')).toEqual([
      `Positionierung 1 (${positioning.heading})`,
      `Dimension 2 (${positioning.dimensions[1]!.title})`,
    ]);
  });

  it('names an item without a summary by its number, and text-list entries by their item', () => {
    const untitled = structuredClone(document);
    untitled.mission.items[0]!.title = '  ';
    expect(fieldContext(['mission', 'items', 0, 'title'], untitled, 'Titel')).toEqual(['Leitsatz 1']);
    expect(fieldContext(['recommendations', 'items', 1, 'measures', 0], document, 'Maßnahme 1')).toEqual([
      `Empfehlung 2 (${document.recommendations.items[1]!.title})`,
    ]);
  });

  it('names an item itself by the items around it only (its own legend is its label)', () => {
    expect(fieldContext(['keyFigures', 'groups', 1, 'figures', 0], document, 'Kennzahl 1')).toEqual([`Gruppe 2 (${document.keyFigures.groups[1]!.heading})`]);
  });

  it('names groups, and a section only where another section has a field of the same label', () => {
    expect(fieldContext(['challenges', 'administration', 'highlight', 'figure'], document, 'Zahl')).toEqual(['Für die Verwaltung', 'Hervorgehobene Tatsache']);
    expect(fieldContext(['keyFigures', 'heading'], document, 'Überschrift')).toEqual(['Kennzahlen']);
    expect(fieldContext(['organisation', 'city'], document, 'Stadt')).toEqual([]);
    // The hero's title is in the section "Titel": "Titel, Titel" would say nothing more.
    expect(fieldContext(['hero', 'title'], document, 'Titel')).toEqual([]);
    expect(fieldContext(['keyMessage'], document, 'Kernbotschaft')).toEqual([]);
  });
});
