import { describe, expect, it } from 'vitest';
import { dimensionEntries, dimensionListConverter } from './dimensions.js';

describe('dimensionListConverter', () => {
  it('reads a JSON array of {title, points} objects; points may be left out', () => {
    expect(dimensionListConverter.fromAttribute('[{"title": "Menschen", "points": ["Befähigen"]}, {"title": "Ethik"}]')).toEqual([
      { title: 'Menschen', points: ['Befähigen'] },
      { title: 'Ethik', points: [] },
    ]);
    expect(dimensionListConverter.fromAttribute('')).toEqual([]);
    expect(dimensionListConverter.fromAttribute(null)).toEqual([]);
  });

  it('gives null, never throws, for malformed input', () => {
    const bad = ['[{title: "x"}]', '{"title": "x"}', '["Menschen"]', '[{"points": []}]', '[{"title": 1}]', '[{"title": "x", "points": "y"}]', '[{"title": "x", "points": [1]}]', '[null]', '[[]]', '[', 'null'];
    for (const value of bad) {
      expect(() => dimensionListConverter.fromAttribute(value)).not.toThrow();
      expect(dimensionListConverter.fromAttribute(value), value).toBeNull();
    }
  });

  it('writes the attribute back as JSON', () => {
    expect(dimensionListConverter.toAttribute([{ title: 'a', points: ['b'] }])).toBe('[{"title":"a","points":["b"]}]');
    expect(dimensionListConverter.toAttribute(null)).toBeNull();
  });
});

describe('dimensionEntries', () => {
  it('keeps what can be shown, trimmed, and drops what cannot', () => {
    expect(
      dimensionEntries([
        { title: ' Menschen ', points: [' Befähigen ', ''] },
        { title: '', points: [] },
        { title: 'Ohne Punkte' },
        { points: ['Ohne Titel'] },
        null,
        'Menschen',
        { title: 5, points: 'x' },
      ]),
    ).toEqual([
      { title: 'Menschen', points: ['Befähigen'] },
      { title: 'Ohne Punkte', points: [] },
      { title: '', points: ['Ohne Titel'] },
    ]);
    expect(dimensionEntries(null)).toEqual([]);
    expect(dimensionEntries('x' as unknown as unknown[])).toEqual([]);
  });
});
