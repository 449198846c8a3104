import { describe, expect, it } from 'vitest';
import { dimensionEntries } from './dimensions.js';

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
