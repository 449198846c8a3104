import { describe, expect, it } from 'vitest';
import { textOf } from './text.js';

describe('textOf', () => {
  it('trims a text', () => {
    expect(textOf('  Menschen ')).toBe('Menschen');
    expect(textOf('   ')).toBe('');
  });

  it('gives "" for a removed attribute (null) or a property set to nothing', () => {
    expect(textOf(null)).toBe('');
    expect(textOf(undefined)).toBe('');
  });

  it('shows anything else a script sets as text, never throwing', () => {
    expect(textOf(2025)).toBe('2025');
    expect(textOf(0)).toBe('0');
    expect(textOf(false)).toBe('false');
  });
});
