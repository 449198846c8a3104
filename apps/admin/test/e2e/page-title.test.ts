import { describe, expect, it } from 'vitest';
import { openApp, openFreshApp, useBrowser } from './harness.js';

/** The page's name (WCAG 2.4.2) is in the UI's language, not only the German of index.html. */
const env = useBrowser();

describe('the page title', () => {
  it('follows the UI language when it is switched, and back, and after a reload', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    expect(await page.title()).toBe('Strategie-Editor · München.Digital Kit');

    await page.locator('#ui-language').selectOption('en');
    await expect.poll(() => page.title()).toBe('Strategy editor · München.Digital Kit');

    // The language chosen last is the one the app starts in, and its title with it.
    await page.reload();
    await openApp(page, env.url);
    await expect.poll(() => page.title()).toBe('Strategy editor · München.Digital Kit');

    await page.locator('#ui-language').selectOption('de');
    await expect.poll(() => page.title()).toBe('Strategie-Editor · München.Digital Kit');
    await context.close();
  });
});
