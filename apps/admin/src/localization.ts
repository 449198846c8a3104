import { configureLocalization, msg, str } from '@lit/localize';
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

/** Each language by its own name, as language choices name them, whatever the UI's language. */
export const languageNames: Record<UiLanguage, string> = { de: 'Deutsch', en: 'English' };

/** The interface's languages in this installation (`MDK_UI_LANGUAGES`, see `.env`), the first the default. */
export const offeredUiLanguages: readonly UiLanguage[] = __MDK_UI_LANGUAGES__;

/**
 * The language chosen last, if this installation offers it, else its first (German, unless the
 * setting says otherwise). A browser that blocks site data throws on any use of localStorage: then
 * the first, and the start says what is wrong.
 */
export function initialUiLanguage(offered: readonly UiLanguage[] = offeredUiLanguages): UiLanguage {
  const first = offered[0] ?? 'de';
  try {
    const chosen = localStorage.getItem(storageKey);
    return offered.find((language) => language === chosen) ?? first;
  } catch {
    return first;
  }
}

/**
 * The locale dates and times are written in, in the UI's language: the reader's own regional form of
 * it where the browser names one ("en-GB": "28 Nov 2026, 14:32"), else German's, and for English
 * British English, as the published pages write dates, not Intl's default US form ("Nov 28, 2026, 2:32 PM").
 */
export function dateLocale(language: UiLanguage = getLocale() as UiLanguage, preferred: readonly string[] = navigator.languages): string {
  return preferred.find((tag) => tag.toLowerCase().startsWith(`${language}-`)) ?? (language === 'en' ? 'en-GB' : 'de-DE');
}

/**
 * Switches the UI to `language`; says whether it did. English comes as a file of its own, which may
 * not come — the app updated on the server while this page was open, its files renamed — and then
 * nothing changes: not the words, not the page's `lang`, not the choice remembered for the next start.
 */
export async function switchUiLanguage(language: UiLanguage): Promise<boolean> {
  try {
    await setLocale(language);
  } catch (error) {
    console.error(error);
    return false;
  }
  try {
    localStorage.setItem(storageKey, language);
  } catch {
    // Not remembered for the next start; this session still switches.
  }
  document.documentElement.lang = language;
  // index.html's <title> is German; the page's name follows the UI language (WCAG 2.4.2).
  updatePageTitle();
  return true;
}

let titleCity = '';

/**
 * Names the page (WCAG 2.4.2) in the UI language: the app, and once the document is open, whose
 * strategy it edits ("Strategie-Editor · Landeshauptstadt München"), so a city's tab names that city,
 * not this kit. Without `city`, the city named last.
 */
export function updatePageTitle(city = titleCity): void {
  titleCity = city.trim();
  document.title = titleCity ? msg(str`Strategie-Editor · ${titleCity}`) : msg('Strategie-Editor');
}
