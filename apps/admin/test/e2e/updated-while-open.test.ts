import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openFreshApp, previewWindow, useBrowser } from './harness.js';

/**
 * The city's IT deploys a new version of the app while a tab with the old one is open: the old
 * version's files, named by their content, are gone from the server. A file that page loads only on
 * demand — another theme's stylesheet, the English texts — then does not come. The page keeps what it
 * shows, and says to reload; nothing typed is lost (the document is in the browser, not in the files).
 */
const env = useBrowser();

const accent = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--mdk-color-accent-default').trim().toLowerCase());

describe('a file of the app that is gone from the server (a new version deployed)', () => {
  it('keeps the theme shown when the chosen one\'s stylesheet does not come, and says to reload', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    await previewWindow(page);
    await page.route('**/assets/musterstadt-*.css', (route) => route.fulfill({ status: 404, body: '' }));
    await page.getByRole('combobox', { name: 'Erscheinungsbild' }).selectOption('musterstadt');

    const message = page.locator('#admin-message');
    await expect.poll(() => message.getByRole('heading').innerText()).toBe('Erscheinungsbild nicht gewechselt');
    expect(await message.innerText()).toContain('Laden Sie die Seite neu. Ihr Dokument bleibt erhalten.');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('admin-message');
    // München's blue, not the bare browser defaults of a page without any theme.
    expect(await accent(page)).toBe('#005a9f');
    expect(await page.locator('link[data-mdk-theme]').count()).toBe(1);
    expect(await page.locator('link[data-mdk-theme]').getAttribute('href')).toMatch(/muenchen-[\w-]+\.css$/);

    // Once the file is there (the page reloaded on the new version), the theme chosen is worn.
    await page.unroute('**/assets/musterstadt-*.css');
    await page.reload();
    await expect.poll(() => accent(page)).toBe('#7a1f5c');
    await context.close();
  });

  it('keeps the interface language when the other one\'s texts do not come, and says to reload', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.route('**/assets/en-*.js', (route) => route.fulfill({ status: 404, body: '' }));
    const language = page.getByRole('combobox', { name: 'Sprache der Oberfläche' });
    await language.selectOption('en');

    const message = page.locator('#admin-message');
    await expect.poll(() => message.getByRole('heading').innerText()).toBe('Sprache nicht gewechselt');
    expect(await message.innerText()).toContain('Laden Sie die Seite neu.');
    // Everything as it was: the choice, the page's language (a screen reader's voice), the next start's.
    expect(await language.inputValue()).toBe('de');
    expect(await page.locator('html').getAttribute('lang')).toBe('de');
    expect(await page.evaluate(() => localStorage.getItem('muenchen-digital-admin/ui-language'))).not.toBe('en');
    expect(errors).toEqual([]);

    // The browser keeps a module that failed for the page's life: the file comes after a reload,
    // which starts in German (the failed choice was not remembered).
    await page.unroute('**/assets/en-*.js');
    await page.reload();
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('de');
    await language.selectOption('en');
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    await expect.poll(() => page.getByRole('button', { name: 'Undo' }).count()).toBe(1);
    await context.close();
  });
});
