import { describe, expect, it } from 'vitest';
import { listEntries, stringListConverter } from './string-list.js';

describe('stringListConverter', () => {
  it('reads a JSON array of strings', () => {
    expect(stringListConverter.fromAttribute('["KI", "Cloud"]')).toEqual(['KI', 'Cloud']);
    expect(stringListConverter.fromAttribute('')).toEqual([]);
    expect(stringListConverter.fromAttribute(null)).toEqual([]);
  });

  it('gives null, never throws, for malformed input', () => {
    for (const bad of ['[KI, Cloud]', '{"a": 1}', '[1, 2]', '"KI"', '[', 'null']) {
      expect(() => stringListConverter.fromAttribute(bad)).not.toThrow();
      expect(stringListConverter.fromAttribute(bad), bad).toBeNull();
    }
  });
});

describe('listEntries', () => {
  it('keeps non-blank texts, trimmed', () => {
    expect(listEntries([' KI ', '', '  ', 'Cloud'])).toEqual(['KI', 'Cloud']);
    expect(listEntries(null)).toEqual([]);
    expect(listEntries([1, 'x'] as unknown[])).toEqual(['x']);
  });
});
