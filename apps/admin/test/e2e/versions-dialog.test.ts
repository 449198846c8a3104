import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axNodeOf, includedAxNodes } from './accessibility-tree.js';
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

  /** Where focus lands on each of `presses` presses of Tab: inside the dialog, on the page behind it, or outside the page (the browser's own UI). */
  async function tabStops(page: Page, presses: number) {
    const stops = new Set<string>();
    for (let press = 0; press < presses; press++) {
      await page.keyboard.press('Tab');
      stops.add(await page.evaluate(() => (document.activeElement === document.body ? 'browser' : document.activeElement?.closest('dialog[open]') ? 'dialog' : 'page behind')));
    }
    return [...stops].sort();
  }

  it.each([
    { dialog: 'admin-versions-dialog dialog', name: 'Versionen', open: async (page: Page) => page.locator('#versions').click() },
    {
      dialog: 'admin-publish-button dialog',
      name: 'Kennzahlen ohne Quelle',
      open: async (page: Page) => {
        await page.locator('#field-keyFigures-groups-0-figures-0-sourceId').selectOption('');
        await page.locator('#publish').click();
      },
    },
  ])('$name: a named modal dialog that leaves the page behind out of the tree and out of Tab’s reach', async ({ dialog, name, open }) => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    await open(page);
    await expect.poll(() => page.locator(dialog).evaluate((element: HTMLDialogElement) => element.open)).toBe(true);
    const node = await axNodeOf(page, dialog);
    expect({ role: node.role, name: node.name, modal: node.properties.modal }).toEqual({ role: 'dialog', name, modal: true });
    // The page behind is inert: its controls are not in the tree a screen reader browses.
    const reachable = (await includedAxNodes(page)).map((candidate) => candidate.name);
    expect(reachable).not.toContain('Rückgängig');
    expect(reachable).not.toContain('Zum Formular springen');
    // Tab goes round the dialog (and out to the browser's own UI), never to the page behind it.
    expect(await tabStops(page, 12)).not.toContain('page behind');
    await context.close();
  });
});
