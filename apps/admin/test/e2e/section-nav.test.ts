import { describe, expect, it } from 'vitest';
import { openFreshApp, useBrowser } from './harness.js';

const env = useBrowser();

describe('the section navigation', () => {
  it('lists every section of the form from the first load, and its links lead there', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const links = page.getByRole('navigation', { name: 'Abschnitte' }).getByRole('link');
    await expect.poll(() => links.count()).toBe(16);
    expect(await links.first().textContent()).toBe('Dokument');

    await page.getByRole('link', { name: 'Kennzahlen', exact: true }).click();
    await expect.poll(() => page.evaluate(() => location.hash)).toBe('#section-key-figures');
    const sectionTop = await page.locator('#section-key-figures').evaluate((section) => section.getBoundingClientRect().top);
    expect(sectionTop).toBeLessThan(100);
    await context.close();
  });
});
