import type { Frame } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exportedJson, openApp, openFreshApp, previewWindow, useBrowser } from './harness.js';

/**
 * The document's language is the team's to set: a strategy written in English is published as
 * English, so screen readers speak it as English and the key figures are written and read the
 * English way (WCAG 3.1.1). The interface's own language is a separate choice.
 */
const env = useBrowser();

/** The first key figure of the preview as a screen reader gets it, and the preview page's language. */
const firstFigure = (preview: Frame) =>
  preview.evaluate(() => {
    const tile = document.querySelector('mdk-kpi-tile')!;
    return {
      lang: document.documentElement.lang,
      spoken: tile.shadowRoot!.querySelector('.visually-hidden')!.textContent!.trim(),
      shown: tile.shadowRoot!.querySelector('[part~="value"]')!.textContent!.trim(),
    };
  });

describe('the language of the document', () => {
  it('is chosen in the form, and the preview speaks and writes its figures in it', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const preview = await previewWindow(page);
    const language = page.getByRole('combobox', { name: 'Sprache der Inhalte' });
    expect(await language.inputValue()).toBe('de');
    expect(await language.getAttribute('aria-describedby')).toBeTruthy();
    await expect.poll(async () => (await firstFigure(preview)).spoken).toMatch(/^rund 1,6 Millionen /);

    await language.selectOption({ label: 'English' });

    await expect.poll(async () => (await firstFigure(preview)).lang).toBe('en');
    await expect.poll(async () => (await firstFigure(preview)).spoken).toMatch(/^about 1\.6 million /);
    expect((await firstFigure(preview)).shown).toBe('~1.6M');
    // The preview's page is named in the document's language too while the title is blank.
    await page.locator('#field-hero-title').fill('');
    await expect.poll(() => preview.title()).toBe('Preview');
    // The interface stays German: the two languages are separate choices.
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    expect(JSON.parse(await exportedJson(page)).language).toBe('en');

    await page.reload();
    await openApp(page, env.url);
    expect(await page.getByRole('combobox', { name: 'Sprache der Inhalte' }).inputValue()).toBe('en');
    await context.close();
  });
});
