import { describe, expect, it } from 'vitest';
import { createExampleDocument, validateDocument } from '../src/index.js';

describe('the example document (the talk "Von der Strategie zum Handeln")', () => {
  const example = createExampleDocument();

  it('is valid', () => {
    expect(validateDocument(example)).toEqual({ ok: true, document: example });
  });

  it('has the talk’s title, subtitle and speaker', () => {
    expect(example.hero).toMatchObject({
      title: 'Von der Strategie zum Handeln',
      subtitle: 'Digitale Souveränität für eine zukunftsfähige Verwaltung',
      speaker: 'Wolfgang Glock',
    });
  });

  it('holds the 12 key figures in their two groups, with the golden attributes and sources', () => {
    const sourceText = new Map(example.sources.items.map((source, index) => [source.id, `${index + 1} ${source.text}`]));
    const rows = example.keyFigures.groups.flatMap((group) =>
      group.figures.map((figure) => [group.heading, figure.value, figure.qualifier, figure.unit, figure.notation, figure.label, sourceText.get(figure.sourceId)]),
    );
    expect(rows).toEqual([
      ['NUTZER*INNEN', 1600000, 'approx', 'none', 'compact', 'Bürger*innen', '2 Landeshauptstadt München'],
      ['NUTZER*INNEN', 90000, 'approx', 'none', 'standard', 'Unternehmen', '3 Statistisches Landesamt Bayern'],
      ['NUTZER*INNEN', 49, 'more-than', 'percent', 'standard', 'verfügen über digitale Basiskompetenzen', '1 digital-Index der Initiative D21 (2024/2025)'],
      ['NUTZER*INNEN', 70, 'more-than', 'percent', 'standard', 'wollen digitale Behördendienste nutzen', '4 eGovernment Monitor, Initiative D21'],
      ['NUTZER*INNEN', 185000, 'approx', 'none', 'standard', 'M-WLAN Nutzer*innen je Monat', '2 Landeshauptstadt München'],
      ['NUTZER*INNEN', 70000, 'more-than', 'none', 'standard', 'Online-Anträge mtl.', '2 Landeshauptstadt München'],
      ['NUTZER*INNEN', 100000, 'more-than', 'none', 'standard', 'Online-Terminvereinbarungen mtl.', '2 Landeshauptstadt München'],
      ['VERWALTUNG', 650, 'more-than', 'none', 'standard', 'M-WLAN Standorte', '2 Landeshauptstadt München'],
      ['VERWALTUNG', 300, 'more-than', 'none', 'standard', 'Online Dienste', '2 Landeshauptstadt München'],
      ['VERWALTUNG', 43000, 'approx', 'none', 'standard', 'Beschäftigte bei der LHM', '2 Landeshauptstadt München'],
      ['VERWALTUNG', 1400, 'more-than', 'none', 'standard', 'Beschäftigte in der IT', '2 Landeshauptstadt München'],
      ['VERWALTUNG', 1200, 'approx', 'none', 'standard', 'Fachanwendungen', '2 Landeshauptstadt München'],
    ]);
  });

  it('has the KI example’s five dimensions, the recommendations with starting points and measures, the channels and a role contact', () => {
    expect(example.positionings.items[0]?.dimensions.map(({ title }) => title)).toEqual([
      'Anwendung von KI-Lösungen',
      'Organisationsstruktur der KI-Implementierung',
      'Technologische Voraussetzungen und Architektur',
      'Menschen',
      'Ethik und Regulatorik',
    ]);
    expect(example.recommendations.items.filter((item) => item.startingPoint.length > 0 && item.measures.length > 0)).toHaveLength(3);
    expect(example.channels.items.map(({ platform }) => platform)).toContain('linkedin');
    // A role mailbox on example.org, never a person's real address.
    expect(example.contact.email).toMatch(/@example\.org$/);
  });

  it('is a fresh copy each time: editing one leaves the next untouched', () => {
    const first = createExampleDocument();
    first.hero.title = 'Geändert';
    expect(createExampleDocument().hero.title).toBe('Von der Strategie zum Handeln');
  });
});
