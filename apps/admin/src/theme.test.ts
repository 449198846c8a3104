// A city that adds a theme folder to the tokens package finds it in the editor's theme choice and
// as a stylesheet the editor, the preview and the published site can link, with no change here.
import { createExampleDocument } from '@muenchen-digital/content';
import { themeNames, tokenValues } from '@muenchen-digital/tokens';
import { describe, expect, it, vi } from 'vitest';
import { formSections, type ValueField } from './editor/form-model.js';
import { applyTheme, themeStylesheets } from './theme.js';

describe('the city themes', () => {
  it('are offered in the form as the tokens package builds them, by the names in their brand.json', () => {
    const organisation = formSections().find((section) => section.id === 'organisation');
    const themeField = organisation?.fields.find((field): field is ValueField => field.key === 'theme');
    const options = themeField?.options?.(createExampleDocument()) ?? [];
    // The kit's two, by their names; and as many as the tokens package builds, in its order.
    expect(options).toEqual(expect.arrayContaining([{ value: 'muenchen', label: 'München' }, { value: 'musterstadt', label: 'Musterstadt' }]));
    expect(options.map((option) => option.value)).toEqual([...themeNames]);
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

  it('has a stylesheet for every theme and for nothing else', () => {
    expect(Object.keys(themeStylesheets).sort()).toEqual([...themeNames].sort());
  });
});
