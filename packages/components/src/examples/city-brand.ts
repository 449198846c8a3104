// The brand texts of the city themes, for the examples' brand header and footer: the examples
// follow the city chosen in the toolbar ("Theme"), as a re-branded site would. Not part of the API.
import { themeLabels, type ThemeName } from '@muenchen-digital/tokens';

export interface CityBrand {
  city: string;
  department: string;
  wordmark: string;
}

/** The texts of the kit's own two cities. A theme a city adds gets texts made from its name. */
const knownCityBrands: Partial<Record<ThemeName, CityBrand>> = {
  muenchen: { city: 'Landeshauptstadt München', department: 'IT-Referat', wordmark: 'München. Digital.' },
  // Musterstadt is the kit's fictional example city (see the brand header's Musterstadt story).
  musterstadt: { city: 'Stadt Musterstadt', department: 'Stabsstelle Digitalisierung', wordmark: 'Musterstadt. Digital.' },
};

function isThemeName(theme: unknown): theme is ThemeName {
  return typeof theme === 'string' && Object.hasOwn(themeLabels, theme);
}

/** The brand for a theme name as the toolbar global gives it; an unknown name falls back to München. */
export function cityBrandFor(theme: unknown): CityBrand {
  const name: ThemeName = isThemeName(theme) ? theme : 'muenchen';
  const label = themeLabels[name];
  return knownCityBrands[name] ?? { city: `Stadt ${label}`, department: 'Digitalisierung', wordmark: `${label}. Digital.` };
}
