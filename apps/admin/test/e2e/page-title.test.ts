import { describe, expect, it } from 'vitest';
import { openApp, openFreshApp, useBrowser } from './harness.js';

/**
 * The page's name (WCAG 2.4.2) says whose strategy the tab edits — the document's city, so a fork's
 * tab names its own city and not this kit — in the UI's language, not only the German of index.html.
 */
const env = useBrowser();

describe('the page title', () => {
  it('names the city of the open document, and follows the UI language when it is switched, and back, and after a reload', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    expect(await page.title()).toBe('Strategie-Editor · Landeshauptstadt München');

    await page.locator('#ui-language').selectOption('en');
    await expect.poll(() => page.title()).toBe('Strategy editor · Landeshauptstadt München');

    // The language chosen last is the one the app starts in, and its title with it.
    await page.reload();
    await openApp(page, env.url);
    await expect.poll(() => page.title()).toBe('Strategy editor · Landeshauptstadt München');

    await page.locator('#ui-language').selectOption('de');
    await expect.poll(() => page.title()).toBe('Strategie-Editor · Landeshauptstadt München');
    await context.close();
  });

  it('follows the city as it is typed, and names the app alone while the city is blank', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const city = page.locator('#field-organisation-city');
    await city.fill('Musterstadt');
    await expect.poll(() => page.title()).toBe('Strategie-Editor · Musterstadt');
    await city.fill('   ');
    await expect.poll(() => page.title()).toBe('Strategie-Editor');
    await context.close();
  });
});
