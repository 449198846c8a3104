import { afterEach, describe, expect, it } from 'vitest';
import { missingBrowserFeatures } from './browser-support.js';

describe('missingBrowserFeatures', () => {
  const { getHTML } = Element.prototype;
  const { toSpliced } = Array.prototype;
  const NumberFormat = Intl.NumberFormat;

  afterEach(() => {
    Element.prototype.getHTML = getHTML;
    Array.prototype.toSpliced = toSpliced;
    Intl.NumberFormat = NumberFormat;
  });

  it('finds nothing missing in the Chromium the tests run in', () => {
    expect(missingBrowserFeatures()).toEqual([]);
  });

  it('names each feature a browser lacks, as an older one would', () => {
    // @ts-expect-error -- removed, as in a browser from before 2024
    delete Element.prototype.getHTML;
    // @ts-expect-error -- removed, as in a browser from before 2023
    delete Array.prototype.toSpliced;
    expect(missingBrowserFeatures()).toEqual(['Element.getHTML', 'Array.prototype.toSpliced']);
  });

  it('finds number formats missing where the newer options throw, as they do in older engines', () => {
    Intl.NumberFormat = function (locales?: string | string[], options?: Intl.NumberFormatOptions) {
      if (options?.signDisplay === 'negative') throw new RangeError('signDisplay must be one of auto, never, always, exceptZero');
      return new NumberFormat(locales, options);
    } as unknown as typeof Intl.NumberFormat;
    expect(missingBrowserFeatures()).toEqual(['Intl.NumberFormat (signDisplay "negative")']);
  });
});
