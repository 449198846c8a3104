import { describe, expect, it } from 'vitest';
import { parseOfferedThemes } from './offered-themes-setting.js';

const built = ['augsburg', 'muenchen', 'musterstadt'] as const;

describe('the MDK_THEMES setting', () => {
  it.each([undefined, '', '  ', ' , '])('offers every theme the tokens package builds when it is %j', (setting) => {
    expect(parseOfferedThemes(setting, built)).toEqual(['augsburg', 'muenchen', 'musterstadt']);
  });

  it('offers the themes it names, in its order, each once', () => {
    expect(parseOfferedThemes('musterstadt', built)).toEqual(['musterstadt']);
    expect(parseOfferedThemes('musterstadt, muenchen', built)).toEqual(['musterstadt', 'muenchen']);
    expect(parseOfferedThemes(' muenchen musterstadt,muenchen ', built)).toEqual(['muenchen', 'musterstadt']);
  });

  it('stops with an error that names the unknown themes and the ones there are', () => {
    expect(() => parseOfferedThemes('muenchen, beispilstadt, München', built)).toThrow(
      'MDK_THEMES names "beispilstadt", "München", which the tokens package does not build. Its themes: augsburg, muenchen, musterstadt.',
    );
  });
});
