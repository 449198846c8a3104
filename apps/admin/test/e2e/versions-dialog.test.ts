import { describe, expect, it } from 'vitest';
import { focusedId, openFreshApp, useBrowser } from './harness.js';

/** Named versions in a modal dialog: save, restore, and Esc returns focus to "Versionen". */
const env = useBrowser();
const title = '#field-hero-title';

describe('the versions dialog', () => {
  it('saves a named version, restores it after a change, and closes by Esc with focus back on its button', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    await page.locator(title).fill('Stand der Sitzung');

    await page.locator('#versions').click();
    const dialog = page.locator('admin-versions-dialog dialog');
    await expect.poll(() => dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(true);
    expect(await focusedId(page)).toBe('version-name');
    await page.keyboard.type('Vor der Sitzung');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByRole('listitem').count()).toBe(1);
    await expect.poll(() => page.locator('#announcer').textContent()).toBe('Version „Vor der Sitzung“ gespeichert.');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(false);
    expect(await focusedId(page)).toBe('versions');

    await page.locator(title).fill('Später geändert');
    await page.locator('#versions').click();
    await dialog.getByRole('button', { name: '„Vor der Sitzung“ wiederherstellen' }).click();
    await expect.poll(() => page.locator(title).inputValue()).toBe('Stand der Sitzung');
    expect(await dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(false);
    expect(await page.locator('#admin-message').textContent()).toContain('Version „Vor der Sitzung“ wiederhergestellt.');

    // Opened by keyboard, closed by Esc: focus is back on the button that opened it.
    await page.locator('#versions').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(false);
    expect(await focusedId(page)).toBe('versions');
    await context.close();
  });
});
