import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exportedJson, openApp, openFreshApp, previewWindow, useBrowser } from './harness.js';

/** "Switching the theme re-brands everything": the editor, its preview, and the saved document. */
const env = useBrowser();

const accent = (target: Page | Frame) => target.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--mdk-color-accent-default').trim().toLowerCase());

describe('switching the theme', () => {
  it('re-brands the editor and its preview at once, and the document keeps it', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const preview = await previewWindow(page);
    await expect.poll(() => accent(preview)).toBe('#005a9f');
    expect(await accent(page)).toBe('#005a9f');

    await page.getByRole('combobox', { name: 'Erscheinungsbild' }).selectOption('musterstadt');
    // The aubergine of the example city, in both documents.
    await expect.poll(() => accent(page)).toBe('#7a1f5c');
    await expect.poll(() => accent(preview)).toBe('#7a1f5c');
    // The document says it.
    expect(JSON.parse(await exportedJson(page)).organisation.theme).toBe('musterstadt');

    await page.reload();
    await openApp(page, env.url);
    await expect.poll(() => accent(page)).toBe('#7a1f5c');
    await context.close();
  });

  it('has one theme control, in the form: the document\'s city theme, which the editor wears too', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    // By accessible name, wherever it is: one "Erscheinungsbild", the field of "Organisation und Marke".
    const themes = page.getByRole('combobox', { name: /Erscheinungsbild/ });
    expect(await themes.count()).toBe(1);
    expect(await themes.getAttribute('id')).toBe('field-organisation-theme');
    expect(await page.getByRole('banner').getByRole('combobox').count()).toBe(1);
    expect(await page.getByRole('banner').getByRole('combobox', { name: 'Sprache der Oberfläche' }).count()).toBe(1);
    await context.close();
  });
});
