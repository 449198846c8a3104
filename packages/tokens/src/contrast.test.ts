import { describe, expect, it } from 'vitest';
import { contrastRatio, parseHexColor } from './contrast.js';

describe('contrastRatio', () => {
  it('gives 21:1 for black on white and 1:1 for a colour on itself', () => {
    expect(contrastRatio('#000000', '#FFFFFF')).toBeCloseTo(21, 5);
    expect(contrastRatio('#005A9F', '#005a9f')).toBe(1);
  });

  it('matches the published ratios of the München brand colours on white', () => {
    expect(contrastRatio('#005A9F', '#FFFFFF')).toBeCloseTo(7.1, 1);
    expect(contrastRatio('#1B98D5', '#FFFFFF')).toBeCloseTo(3.2, 1);
    expect(contrastRatio('#FFE400', '#005A9F')).toBeCloseTo(5.5, 1);
    expect(contrastRatio('#7A1F5C', '#FFFFFF')).toBeCloseTo(9.6, 1);
  });

  it('is symmetric', () => {
    expect(contrastRatio('#3A5368', '#F2F6FA')).toBe(contrastRatio('#F2F6FA', '#3A5368'));
  });
});

describe('parseHexColor', () => {
  it('reads short and long forms', () => {
    expect(parseHexColor('#fff')).toEqual([255, 255, 255]);
    expect(parseHexColor('#005A9F')).toEqual([0, 90, 159]);
  });

  it('refuses what is not an opaque hex colour, naming it', () => {
    expect(() => parseHexColor('rgb(0 0 0)')).toThrow('Not an opaque hex colour: "rgb(0 0 0)"');
    expect(() => parseHexColor('#12345678')).toThrow(/Not an opaque hex colour/);
  });
});
