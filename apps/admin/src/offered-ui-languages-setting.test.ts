import { describe, expect, it } from 'vitest';
import { parseOfferedUiLanguages } from './offered-ui-languages-setting.js';

const translated = ['de', 'en'] as const;

describe('the MDK_UI_LANGUAGES setting', () => {
  it.each([undefined, '', ' , '])('offers every language the app is translated into when it is %j', (setting) => {
    expect(parseOfferedUiLanguages(setting, translated)).toEqual(['de', 'en']);
  });

  it('offers the languages it names, the first as the default, each once', () => {
    expect(parseOfferedUiLanguages('de', translated)).toEqual(['de']);
    expect(parseOfferedUiLanguages('en, de en', translated)).toEqual(['en', 'de']);
  });

  it('stops with an error that names the unknown codes and the languages there are', () => {
    expect(() => parseOfferedUiLanguages('de, fr, Deutsch', translated)).toThrow(
      'MDK_UI_LANGUAGES names "fr", "Deutsch", which the app has no interface in. Its languages: de, en.',
    );
  });
});
