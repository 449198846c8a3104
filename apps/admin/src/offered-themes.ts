import { createExampleDocument, type StrategyDocument, type ThemeName } from '@muenchen-digital/content';

/** The themes this installation offers, in the order the choice lists them: `MDK_THEMES` (see `.env`). */
export const offeredThemes: readonly ThemeName[] = __MDK_OFFERED_THEMES__;

/**
 * The themes the editor's choice lists for a document in `current`: those offered, and the current
 * one too when it is not (an imported document, or a setting changed later), so opening the form
 * never changes a document's look by itself.
 */
export function themeChoices(current: ThemeName, offered: readonly ThemeName[] = offeredThemes): readonly ThemeName[] {
  return offered.includes(current) ? offered : [...offered, current];
}

/** The theme a document starting from the example takes: the example's own if offered, else the first offered. */
export function exampleTheme(offered: readonly ThemeName[] = offeredThemes): ThemeName {
  const own = createExampleDocument().organisation.theme;
  return offered.includes(own) ? own : (offered[0] ?? own);
}

/** The example document (the talk) in the theme an installation starts from. */
export function exampleDocument(offered: readonly ThemeName[] = offeredThemes): StrategyDocument {
  const document = createExampleDocument();
  document.organisation.theme = exampleTheme(offered);
  return document;
}
