import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axNodeOf, axNodesOf, includedAxNodes, normalised } from './accessibility-tree.js';
import { axeViolations } from './axe.js';
import { focusedId, lastAnnounced, openApp, openAppWithQuota, openFreshApp, useBrowser } from './harness.js';

/**
 * Named versions in a modal dialog: save, restore, delete after asking, and Esc returns focus to
 * "Versionen". A restore first keeps the document it replaces as a version of its own.
 */
const env = useBrowser();
const title = '#field-hero-title';

describe('the versions dialog', () => {
  it('asks for a name in its own words when there is none (empty, or blanks only), and saves nothing', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const dialog = page.locator('admin-versions-dialog dialog');
    const asked = 'Geben Sie der Version einen Namen, zum Beispiel „Vor der Sitzung am Montag“.';
    // Each in a freshly opened dialog, so one case's error cannot stand in for the other's.
    for (const typed of ['   ', '']) {
      await page.locator('#versions').click();
      await expect.poll(() => dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(true);
      expect(await page.getByRole('alert').count()).toBe(0);
      await page.locator('#version-name').fill(typed);
      await page.keyboard.press('Enter');
      await expect.poll(() => page.getByRole('alert').textContent(), { message: JSON.stringify(typed) }).toBe(`Fehler: ${asked}`);
      const field = await axNodeOf(page, '#version-name');
      expect(field.properties.invalid).toBe('true');
      expect(normalised(field.description)).toContain(`Fehler: ${asked}`);
      expect(await focusedId(page)).toBe('version-name');
      expect(await dialog.getByRole('listitem').count()).toBe(0);
      await page.keyboard.press('Escape');
      await expect.poll(() => dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(false);
    }
    // A name puts it right.
    await page.locator('#versions').click();
    await page.locator('#version-name').fill('');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('alert').count()).toBe(1);
    await page.keyboard.type('Mit Namen');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByRole('listitem').count()).toBe(1);
    expect(await page.getByRole('alert').count()).toBe(0);
    expect((await axNodeOf(page, '#version-name')).properties.invalid).not.toBe('true');
    await context.close();
  });

  it('saves a named version, restores it after a change, and closes by Esc with focus back on its button', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    await page.locator(title).fill('Stand der Sitzung');

    await page.locator('#versions').click();
    const dialog = page.locator('admin-versions-dialog dialog');
    await expect.poll(() => dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(true);
    expect(await focusedId(page)).toBe('version-name');
    await page.keyboard.type('Vor der Sitzung');
    // Enter twice in a row, as an impatient hand does: one version.
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByRole('listitem').count()).toBe(1);
    // Said inside the dialog: the page's own status region behind a modal dialog is inert.
    await expect.poll(() => lastAnnounced(page, '#versions-status')).toBe('Version „Vor der Sitzung“ gespeichert.');
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

  it('says so in the dialog, and keeps the name, when the browser cannot store a version', async () => {
    // Room for the document with a large logo, but not for a second copy of it as a version.
    const { context, page, restoreQuota } = await openAppWithQuota(env.browser, env.url, 1_000_000);
    // Random bytes: Chromium compresses what IndexedDB stores, and a repeated byte would take no room.
    const logo = randomBytes(400_000);
    await page.locator('#field-organisation-logo-file').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: logo });
    await expect.poll(() => page.locator('#save-status').textContent(), { timeout: 10_000 }).toContain('In diesem Browser gespeichert um');

    await page.locator('#versions').click();
    const dialog = page.locator('admin-versions-dialog dialog');
    await page.locator('#version-name').fill('Mit Logo');
    await page.keyboard.press('Enter');

    const alert = dialog.locator('#version-name-error');
    await expect.poll(() => alert.textContent(), { timeout: 10_000 }).toContain('Version „Mit Logo“ nicht gespeichert');
    expect(await alert.textContent(), 'what to do').toContain('löschen Sie ältere Versionen unter „Versionen“');
    expect((await axNodeOf(page, '#version-name-error')).role).toBe('alert');
    expect(await page.locator('#version-name').inputValue(), 'the name stays for another try').toBe('Mit Logo');
    expect(await page.locator('#version-name').getAttribute('aria-describedby')).toContain('version-name-error');
    // The name is fine: a full storage does not mark it invalid.
    expect((await axNodeOf(page, '#version-name')).properties.invalid).not.toBe('true');
    expect(await dialog.getByRole('listitem').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // Room again: the same name, saved; the error goes and the field empties.
    await restoreQuota();
    await page.locator('#version-name').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByRole('listitem').count(), { timeout: 10_000 }).toBe(1);
    expect(await alert.count(), 'the error goes once the version is saved').toBe(0);
    expect(await page.locator('#version-name').inputValue()).toBe('');
    await expect.poll(() => lastAnnounced(page, '#versions-status')).toBe('Version „Mit Logo“ gespeichert.');
    // Two versions saved in a row, both kept: after the first, a second save is taken again.
    await page.locator('#version-name').fill('Noch eine');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByRole('listitem').count(), { timeout: 10_000 }).toBe(2);
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
      name: 'Vor dem Veröffentlichen prüfen',
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

  /** Opens "Versionen" and saves the current document under each name, oldest first. */
  async function saveVersions(page: Page, ...names: string[]) {
    await page.locator('#versions').click();
    const dialog = page.locator('admin-versions-dialog dialog');
    await expect.poll(() => dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(true);
    for (const [index, name] of names.entries()) {
      await page.locator('#version-name').fill(name);
      await page.locator('#version-name').press('Enter');
      await expect.poll(() => dialog.locator('.admin-version-list > li').count()).toBe(index + 1);
    }
    return dialog;
  }

  /** The versions' names as the list shows them, newest first (read from their restore buttons). */
  const versionNames = async (dialog: ReturnType<Page['locator']>) =>
    (await dialog.getByRole('button', { name: / wiederherstellen \(/ }).allTextContents()).map((text) => text.trim().replace(/^„(.*)“ wiederherstellen$/, '$1'));

  const activeText = (page: Page) => page.evaluate(() => document.activeElement?.textContent?.trim() ?? '');

  it('tells versions of the same name apart: each button names when its version was saved', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const dialog = await saveVersions(page, 'Sitzung');
    // A second later (the names give the time to the second), the same name again.
    await page.waitForTimeout(1100);
    await page.locator('#version-name').fill('Sitzung');
    await page.locator('#version-name').press('Enter');
    await expect.poll(() => dialog.locator('.admin-version-list > li').count()).toBe(2);
    const names = (await axNodesOf(page, 'admin-versions-dialog .admin-version-actions button')).map((node) => node.name);
    expect(names).toHaveLength(4);
    for (const name of names) expect(name).toMatch(/^„Sitzung“ (wiederherstellen|löschen) \(.+\d{2}:\d{2}:\d{2}\)$/);
    expect(new Set(names).size, 'every name once').toBe(4);
    await context.close();
  });

  it('asks before deleting a version, by keyboard; then focus goes to the next version and a status says so', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const dialog = await saveVersions(page, 'Erste', 'Zweite', 'Dritte');
    const names = () => versionNames(dialog);
    expect(await names()).toEqual(['Dritte', 'Zweite', 'Erste']);

    // Delete asks first; focus goes to the safe answer, so a second Enter deletes nothing.
    await dialog.getByRole('button', { name: '„Zweite“ löschen' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => activeText(page)).toBe('Abbrechen');
    const question = await axNodeOf(page, 'admin-versions-dialog [role="group"]');
    expect(question.name).toBe('Version „Zweite“ endgültig löschen?');
    expect(await axeViolations(page)).toEqual([]);
    await page.keyboard.press('Enter');
    await expect.poll(() => activeText(page)).toBe('„Zweite“ löschen');
    expect(await names()).toEqual(['Dritte', 'Zweite', 'Erste']);

    // Esc while asked takes the question back, not the dialog.
    await page.keyboard.press('Enter');
    await expect.poll(() => activeText(page)).toBe('Abbrechen');
    await page.keyboard.press('Escape');
    await expect.poll(() => activeText(page)).toBe('„Zweite“ löschen');
    expect(await dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(true);

    // Asked again and confirmed: the version goes, focus moves to the one that took its place,
    // which is its restore button (never another delete button), and the dialog's status says so.
    await page.keyboard.press('Enter');
    await expect.poll(() => activeText(page)).toBe('Abbrechen');
    await page.keyboard.press('Shift+Tab');
    expect(await activeText(page)).toBe('Ja, „Zweite“ löschen');
    await page.keyboard.press('Enter');
    await expect.poll(() => names()).toEqual(['Dritte', 'Erste']);
    await expect.poll(() => activeText(page)).toBe('„Erste“ wiederherstellen');
    await expect.poll(() => lastAnnounced(page, 'admin-versions-dialog [role="status"]')).toBe('Version „Zweite“ gelöscht.');
    const status = await axNodeOf(page, 'admin-versions-dialog [role="status"]');
    expect({ live: status.properties.live, included: status.included }).toEqual({ live: 'polite', included: true });

    // The last in the list: focus goes to the one before it. The only one: to the list's heading.
    await dialog.getByRole('button', { name: '„Erste“ löschen' }).click();
    await dialog.getByRole('button', { name: 'Ja, „Erste“ löschen' }).click();
    await expect.poll(() => activeText(page)).toBe('„Dritte“ wiederherstellen');
    await dialog.getByRole('button', { name: '„Dritte“ löschen' }).click();
    await dialog.getByRole('button', { name: 'Ja, „Dritte“ löschen' }).click();
    await expect.poll(() => focusedId(page)).toBe('versions-list-title');
    await expect.poll(() => lastAnnounced(page, 'admin-versions-dialog [role="status"]')).toBe('Version „Dritte“ gelöscht.');
    expect(await dialog.textContent()).toContain('Noch keine Versionen gespeichert.');
    // Esc still closes the dialog and returns focus to "Versionen".
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedId(page)).toBe('versions');
    await context.close();
  });

  it('says in the row, and keeps the version, when the browser refuses to delete it; asked again, it tries again', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const dialog = await saveVersions(page, 'Erste', 'Zweite');
    // From now on the browser refuses every deletion in IndexedDB, as it does when its storage
    // fails (the same kind of fault the start-failure tests give IndexedDB's open).
    await page.evaluate(() => {
      IDBObjectStore.prototype.delete = () => {
        throw new DOMException('The browser refused the deletion', 'UnknownError');
      };
    });

    await dialog.getByRole('button', { name: '„Zweite“ löschen' }).click();
    await dialog.getByRole('button', { name: 'Ja, „Zweite“ löschen' }).click();
    const alert = dialog.locator('.admin-version-list [role=alert]');
    await expect.poll(() => alert.textContent(), { timeout: 10_000 }).toContain('Version „Zweite“ nicht gelöscht');
    expect((await axNodeOf(page, 'admin-versions-dialog .admin-version-list [role=alert]')).role).toBe('alert');
    expect(await versionNames(dialog), 'the row stays').toEqual(['Zweite', 'Erste']);
    // Focus is back on the version's own "löschen", which the reason describes.
    await expect.poll(() => activeText(page)).toBe('„Zweite“ löschen');
    const button = await axNodeOf(page, `#${await page.evaluate(() => document.activeElement?.id)}`);
    expect(button.description).toContain('Fehler: Version „Zweite“ nicht gelöscht');
    expect(await axeViolations(page)).toEqual([]);

    // Asked again: the old reason goes; confirmed, the deletion is tried again (and refused again).
    await page.keyboard.press('Enter');
    await expect.poll(() => activeText(page)).toBe('Abbrechen');
    expect(await alert.count()).toBe(0);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => alert.textContent(), { timeout: 10_000 }).toContain('Version „Zweite“ nicht gelöscht');

    // Closed, the dialog forgets the reason, and focus returns to "Versionen".
    await page.keyboard.press('Escape');
    await expect.poll(() => focusedId(page)).toBe('versions');
    expect(await alert.count()).toBe(0);
    await context.close();
  });

  it('opens all the same when the browser will not list the versions, says why, and still saves a new one', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const dialog = await saveVersions(page, 'Erste');
    await page.keyboard.press('Escape');
    // From now on the browser refuses to read IndexedDB's versions index, as when its storage fails.
    await page.evaluate(() => {
      (window as unknown as { realGetAll: unknown }).realGetAll = IDBIndex.prototype.getAll;
      IDBIndex.prototype.getAll = () => {
        throw new DOMException('The browser refused the read', 'UnknownError');
      };
    });

    await page.locator('#versions').click();
    await expect.poll(() => dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(true);
    expect(await focusedId(page)).toBe('version-name');
    // Not "none saved yet": the reason, which a screen reader hears as the dialog's description.
    expect(await dialog.locator('#versions-unreadable').textContent()).toContain('Die gespeicherten Versionen ließen sich nicht lesen');
    expect(await dialog.getByText('Noch keine Versionen gespeichert.').count()).toBe(0);
    expect((await axNodeOf(page, 'admin-versions-dialog dialog')).description).toContain('Die gespeicherten Versionen ließen sich nicht lesen');
    expect(await axeViolations(page)).toEqual([]);

    await page.keyboard.type('Zweite');
    await page.keyboard.press('Enter');
    // Heard: the list still cannot be read (the dialog's description was said only as it opened).
    await expect.poll(() => lastAnnounced(page, '#versions-status')).toBe('Version „Zweite“ gespeichert. Die Liste der Versionen ließ sich nicht neu lesen.');

    // The browser reads again: opened anew, the dialog lists both, and the reason is gone.
    await page.keyboard.press('Escape');
    await page.evaluate(() => {
      IDBIndex.prototype.getAll = (window as unknown as { realGetAll: typeof IDBIndex.prototype.getAll }).realGetAll;
    });
    await page.locator('#versions').click();
    await expect.poll(() => versionNames(dialog)).toEqual(['Zweite', 'Erste']);
    expect(await dialog.locator('#versions-unreadable').count()).toBe(0);
    expect(await dialog.getAttribute('aria-describedby')).toBeNull();
    await context.close();
  });

  it.each([1280, 320])('keeps a gap of at least 8 px between a version’s buttons, each at least 24 × 24 px (%d px wide)', async (width) => {
    const { context, page } = await openFreshApp(env.browser, env.url, { width });
    const dialog = await saveVersions(page, 'Ein Stand mit einem ziemlich langen Namen');
    const buttons = dialog.locator('.admin-version-list > li button');
    const boxes = await buttons.evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect));
    expect(boxes).toHaveLength(2);
    for (const box of boxes) expect(box.width >= 24 && box.height >= 24).toBe(true);
    const [restore, remove] = boxes as [DOMRect, DOMRect];
    const horizontalGap = Math.max(remove.left - restore.right, restore.left - remove.right);
    const verticalGap = Math.max(remove.top - restore.bottom, restore.top - remove.bottom);
    expect(Math.max(horizontalGap, verticalGap)).toBeGreaterThanOrEqual(8);
    // The confirmation's buttons too.
    await dialog.getByRole('button', { name: /^„.*“ löschen \(/ }).click();
    const confirm = await dialog.locator('[role="group"] button').evaluateAll((elements) => elements.map((element) => element.getBoundingClientRect().toJSON() as DOMRect));
    expect(confirm).toHaveLength(2);
    const [yes, no] = confirm as [DOMRect, DOMRect];
    expect(Math.max(no.left - yes.right, no.top - yes.bottom)).toBeGreaterThanOrEqual(8);
    await context.close();
  });

  it('keeps the document a restore replaces as a version, which brings it back after a reload', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    await page.locator(title).fill('Alter Stand');
    const dialog = await saveVersions(page, 'Alt');
    await page.keyboard.press('Escape');
    await page.locator(title).fill('Neuer Stand, nur hier');

    await page.locator('#versions').click();
    await dialog.getByRole('button', { name: '„Alt“ wiederherstellen' }).click();
    await expect.poll(() => page.locator(title).inputValue()).toBe('Alter Stand');
    const message = (await page.locator('#admin-message').textContent()) ?? '';
    expect(message).toMatch(/Version „Alt“ wiederhergestellt\. Der vorige Stand ist als Version „Vor dem Wiederherstellen am [^“]+“ gespeichert\./);

    // After a reload the in-memory undo is gone; the version is not.
    await openApp(page, env.url);
    expect(await page.locator(title).inputValue()).toBe('Alter Stand');
    await page.locator('#versions').click();
    await expect.poll(() => versionNames(dialog)).toEqual([expect.stringMatching(/^Vor dem Wiederherstellen am /), 'Alt']);
    await dialog.getByRole('button', { name: /^„Vor dem Wiederherstellen am .*“ wiederherstellen \(/ }).click();
    await expect.poll(() => page.locator(title).inputValue()).toBe('Neuer Stand, nur hier');
    await context.close();
  });
});
