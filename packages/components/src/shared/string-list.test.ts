import { describe, expect, it } from 'vitest';
import { listEntries } from './string-list.js';

describe('listEntries', () => {
  it('keeps non-blank texts, trimmed', () => {
    expect(listEntries([' KI ', '', '  ', 'Cloud'])).toEqual(['KI', 'Cloud']);
    expect(listEntries(null)).toEqual([]);
    expect(listEntries([1, 'x'] as unknown[])).toEqual(['x']);
  });
});
