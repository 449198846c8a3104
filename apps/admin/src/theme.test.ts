// A city that adds a theme folder to the tokens package finds it in the editor's theme choice and
// as a stylesheet the editor, the preview and the published site can link, with no change here.
import { createExampleDocument } from '@muenchen-digital/content';
import { themeLabels, themeNames, tokenValues } from '@muenchen-digital/tokens';
import { describe, expect, it, vi } from 'vitest';
import { formSections, type ValueField } from './editor/form-model.js';
import { exampleDocument, exampleTheme, offeredThemes, themeChoices } from './offered-themes.js';
import { applyTheme, themeStylesheets } from './theme.js';

describe('the city themes', () => {
  it('are offered in the form as this installation offers them (MDK_THEMES), by the names in their brand.json', () => {
    const organisation = formSections().find((section) => section.id === 'organisation');
    const themeField = organisation?.fields.find((field): field is ValueField => field.key === 'theme');
    const options = themeField?.options?.(exampleDocument()) ?? [];
    expect(themeLabels).toEqual(expect.objectContaining({ muenchen: 'München', musterstadt: 'Musterstadt' }));
    expect(options).toEqual(offeredThemes.map((value) => ({ value, label: themeLabels[value] })));
    // The repository's .env offers every theme the tokens package builds; a fork may offer fewer.
    expect(themeNames).toEqual(expect.arrayContaining([...offeredThemes]));
  });

  it.each(themeNames)('%s is linked by applyTheme, and the page then has its colours', async (theme) => {
    applyTheme(theme);
    const link = document.querySelector<HTMLLinkElement>('link[data-mdk-theme]');
    await vi.waitFor(() => expect(link?.sheet).toBeTruthy(), { timeout: 10_000 });
    await vi.waitFor(
      () => expect(getComputedStyle(document.documentElement).getPropertyValue('--mdk-color-accent-default').trim()).toBe(tokenValues[theme].light['color.accent.default']),
      { timeout: 10_000 },
    );
  });

  it('stay a choice for a document whose theme the installation does not offer', () => {
    // A fork offering Musterstadt only, with a document imported from München: opening the form
    // must not change its look, and München stays selectable.
    expect(themeChoices('muenchen', ['musterstadt'])).toEqual(['musterstadt', 'muenchen']);
    expect(themeChoices('musterstadt', ['musterstadt'])).toEqual(['musterstadt']);
  });

  it('start the example document in its own theme where that is offered, else in the first one offered', () => {
    expect(exampleDocument(['musterstadt', 'muenchen']).organisation.theme).toBe('muenchen');
    expect(exampleDocument(['musterstadt']).organisation.theme).toBe('musterstadt');
    expect(exampleTheme(['musterstadt'])).toBe('musterstadt');
    // Only the theme: the rest is the example.
    expect({ ...exampleDocument(['musterstadt']), organisation: {} }).toEqual({ ...createExampleDocument(), organisation: {} });
  });

  it('has a stylesheet for every theme and for nothing else', () => {
    expect(Object.keys(themeStylesheets).sort()).toEqual([...themeNames].sort());
  });
});
