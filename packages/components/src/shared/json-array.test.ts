import { describe, expect, it } from 'vitest';
import { jsonArrayConverter } from './json-array.js';

describe('jsonArrayConverter', () => {
  it('gives the attribute\'s array with its entries as they are: the element keeps the usable ones, as for a property', () => {
    expect(jsonArrayConverter.fromAttribute('["KI", 2, null, {"title": "A"}]')).toEqual(['KI', 2, null, { title: 'A' }]);
    expect(jsonArrayConverter.fromAttribute('  ')).toEqual([]);
    expect(jsonArrayConverter.fromAttribute(null)).toEqual([]);
  });

  it('gives null, never throws, for malformed JSON or anything but an array', () => {
    for (const bad of ['[KI, Cloud]', '{"a": 1}', '"KI"', '[', 'null', '2']) {
      expect(() => jsonArrayConverter.fromAttribute(bad)).not.toThrow();
      expect(jsonArrayConverter.fromAttribute(bad), bad).toBeNull();
    }
  });

  it('writes the attribute back as JSON', () => {
    expect(jsonArrayConverter.toAttribute([{ title: 'a', points: ['b'] }])).toBe('[{"title":"a","points":["b"]}]');
    expect(jsonArrayConverter.toAttribute(null)).toBeNull();
  });
});
