import { describe, expect, it } from 'vitest';
import { axNodeOf } from './accessibility-tree.js';
import { focusedId, openFreshApp, useBrowser } from './harness.js';

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
    // Focus goes along, not only the view: a screen reader says where it is, and Tab goes on from there.
    expect(await focusedId(page)).toBe('section-key-figures');
    const section = await axNodeOf(page, '#section-key-figures');
    expect({ role: section.role, name: section.name }).toEqual({ role: 'group', name: 'Kennzahlen' });
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('section')?.id)).toBe('section-key-figures');
    await context.close();
  });
});
