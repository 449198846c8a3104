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

    await page.locator('#theme').selectOption('musterstadt');
    // The aubergine of the example city, in both documents.
    await expect.poll(() => accent(page)).toBe('#7a1f5c');
    await expect.poll(() => accent(preview)).toBe('#7a1f5c');
    // The form's own theme field follows, and the document says it.
    expect(await page.locator('#field-organisation-theme').inputValue()).toBe('musterstadt');
    expect(JSON.parse(await exportedJson(page)).organisation.theme).toBe('musterstadt');

    await page.reload();
    await openApp(page, env.url);
    await expect.poll(() => accent(page)).toBe('#7a1f5c');
    await context.close();
  });
});
