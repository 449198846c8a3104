import { describe, expect, it } from 'vitest';
import { openApp, openFreshApp, previewFrame, useBrowser } from './harness.js';

const env = useBrowser();

describe('editing a key figure', () => {
  it('updates the preview, and survives a reload', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);

    const label = page.locator('#field-keyFigures-groups-0-figures-0-label');
    await label.fill('Einwohner*innen');
    const preview = await previewFrame(page);
    await expect.poll(() => preview.locator('mdk-kpi-tile').first().getAttribute('label')).toBe('Einwohner*innen');

    // Reload at once: the write that is still under way, or the change kept on leaving, survives it.
    await page.reload();
    await openApp(page, env.url);
    await expect.poll(() => page.locator('#field-keyFigures-groups-0-figures-0-label').inputValue()).toBe('Einwohner*innen');
    await context.close();
  });
});
