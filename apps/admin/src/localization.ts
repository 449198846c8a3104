import { configureLocalization, msg } from '@lit/localize';
import { sourceLocale, targetLocales } from './generated/locale-codes.js';

/**
 * The UI's language, with @lit/localize in runtime mode: German is the source, English is loaded on
 * demand, and switching re-renders every element marked `@localized()` without a reload.
 */
export const { getLocale, setLocale } = configureLocalization({
  sourceLocale,
  targetLocales,
  loadLocale: (locale) => import(`./generated/locales/${locale}.ts`),
});

export type UiLanguage = 'de' | 'en';
const storageKey = 'muenchen-digital-admin/ui-language';

/** The language chosen last, else German: the app's teams work in German first. */
export function initialUiLanguage(): UiLanguage {
  const stored = localStorage.getItem(storageKey);
  return stored === 'en' ? 'en' : 'de';
}

export async function switchUiLanguage(language: UiLanguage): Promise<void> {
  localStorage.setItem(storageKey, language);
  document.documentElement.lang = language;
  await setLocale(language);
  // index.html's <title> is German; the page's name follows the UI language (WCAG 2.4.2).
  document.title = msg('Strategie-Editor · München.Digital Kit');
}
