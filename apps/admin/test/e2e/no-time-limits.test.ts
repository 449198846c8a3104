import { describe, expect, it } from 'vitest';
import { importFile, newContext, openApp, storedDocument, useBrowser } from './harness.js';

/**
 * No time limits (2.2.1, 2.2.6): a person may leave the app open for hours — at a meeting, over
 * lunch — and come back to the same screen: still editing, the messages still there, nothing signed
 * out or thrown away, and the next change saved. The browser's clock is moved on by three hours.
 */
const env = useBrowser();

describe('no time limits', () => {
  it('after three hours untouched the tab still edits and saves, and every message is still shown', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await page.clock.install();
    await openApp(page, env.url);

    const stored = (await storedDocument(page))!.document;
    await importFile(page, 'strategie.json', JSON.stringify({ ...stored, hero: { ...stored.hero, subtitle: 'Importiert' } }));
    await expect.poll(() => page.locator('#admin-message').textContent()).toContain('„strategie.json“ importiert.');
    await page.locator('#field-hero-title').fill('');
    await expect.poll(() => page.locator('#problem-count').count()).toBe(1);

    await page.clock.fastForward('03:00:00');

    expect(await page.locator('#admin-message').textContent()).toContain('„strategie.json“ importiert.');
    expect(await page.locator('#problem-count-text').textContent()).toBe('1 Angabe muss noch korrigiert werden');
    expect(await page.locator('#lease-title').count()).toBe(0);
    expect(await page.locator('#field-hero-title').isDisabled()).toBe(false);
    // Undo still reaches back to before the pause.
    expect(await page.locator('#undo').getAttribute('aria-disabled')).toBe('false');

    await page.locator('#field-hero-title').fill('Nach drei Stunden');
    await expect.poll(async () => (await storedDocument(page))?.document.hero.title).toBe('Nach drei Stunden');
    await expect.poll(() => page.locator('#save-status').textContent()).toMatch(/^In diesem Browser gespeichert um \d{2}:\d{2}$/);
    await context.close();
  });
});
