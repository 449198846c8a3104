// The brand texts of the two city themes, for the examples' brand header and footer: the examples
// follow the city chosen in the toolbar ("Theme"), as a re-branded site would. Not part of the API.
import type { ThemeName } from '@muenchen-digital/tokens';

export interface CityBrand {
  city: string;
  department: string;
  wordmark: string;
}

export const cityBrands: Record<ThemeName, CityBrand> = {
  muenchen: { city: 'Landeshauptstadt München', department: 'IT-Referat', wordmark: 'München. Digital.' },
  // Musterstadt is the kit's fictional example city (see the brand header's Musterstadt story).
  musterstadt: { city: 'Stadt Musterstadt', department: 'Stabsstelle Digitalisierung', wordmark: 'Musterstadt. Digital.' },
};

/** The brand for a theme name as the toolbar global gives it; an unknown name falls back to München. */
export function cityBrandFor(theme: unknown): CityBrand {
  return theme === 'musterstadt' ? cityBrands.musterstadt : cityBrands.muenchen;
}
