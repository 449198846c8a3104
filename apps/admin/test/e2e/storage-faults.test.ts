import { describe, expect, it } from 'vitest';
import { axNodeOf } from './accessibility-tree.js';
import { clearSiteData, exportedJson, focusedId, lastAnnounced, openApp, openAppWithQuota, openFreshApp, storedDocument, useBrowser } from './harness.js';

/** When the browser refuses to store, and when a tab dies: no edit is lost without a warning. */
const env = useBrowser();
const title = '#field-hero-title';

describe('storage faults', () => {
  it('shows an alert with an export offer when the quota is used up, and keeps the document in memory', async () => {
    const { context, page, restoreQuota } = await openAppWithQuota(env.browser, env.url);

    // A logo of almost 1 MB (the most the editor takes) cannot fit any more.
    const logo = Buffer.alloc(900_000, 7);
    await page.locator('#field-organisation-logo-file').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: logo });
    await page.locator(title).fill('Nur noch im Speicher');

    const alert = page.locator('[role=alert]');
    await expect.poll(() => alert.textContent(), { timeout: 10_000 }).toContain('Der Speicher des Browsers für diese Seite ist voll');
    expect(await alert.getByRole('button', { name: 'Jetzt exportieren' }).isVisible()).toBe(true);
    // An alert as Chromium exposes it, and only an alert: with aria-live too, VoiceOver reads it twice.
    expect((await axNodeOf(page, '[role=alert]')).role).toBe('alert');
    expect(await alert.getAttribute('aria-live')).toBeNull();
    expect(await page.locator('#save-status').textContent()).toContain('Nicht gespeichert');
    expect(await page.locator(title).inputValue()).toBe('Nur noch im Speicher');
    expect((await storedDocument(page))?.document.hero.title).not.toBe('Nur noch im Speicher');

    // The export offered saves what is in memory, logo included.
    const [download] = await Promise.all([page.waitForEvent('download'), alert.getByRole('button', { name: 'Jetzt exportieren' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^strategie-.*\.json$/);
    const exported = JSON.parse(await exportedJson(page));
    expect(exported.hero.title).toBe('Nur noch im Speicher');
    expect(exported.organisation.logo.src).toMatch(/^data:image\/png;base64,/);

    // Space again: "Erneut speichern" writes it.
    await restoreQuota();
    await alert.getByRole('button', { name: 'Erneut speichern' }).click();
    await expect.poll(async () => (await storedDocument(page))?.document.hero.title).toBe('Nur noch im Speicher');
    await expect.poll(() => page.locator('[role=alert]').count()).toBe(0);
    await context.close();
  });

  it('while saving fails, keeps the alert in place as the person types, and says where a retry leaves things', async () => {
    const { context, page, restoreQuota } = await openAppWithQuota(env.browser, env.url);
    await page.locator('#field-organisation-logo-file').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.alloc(900_000, 7) });
    const alert = page.locator('[role=alert]');
    await expect.poll(() => alert.count(), { timeout: 10_000 }).toBe(1);
    // The alert element, marked; and every text the save status takes from now on.
    await page.evaluate(() => {
      (document.querySelector('[role=alert]') as HTMLElement & { marked?: boolean }).marked = true;
      const texts: string[] = [];
      (window as unknown as { statusTexts: string[] }).statusTexts = texts;
      new MutationObserver(() => texts.push(document.querySelector('#save-status')!.textContent!.trim())).observe(document.querySelector('#save-status')!, {
        subtree: true,
        childList: true,
        characterData: true,
      });
    });

    await page.locator(title).pressSequentially('abc');
    await expect.poll(() => page.locator(title).inputValue()).toContain('abc');
    await page.waitForTimeout(300);
    // The same alert, never taken away and brought back (which reads it out again), and no "In diesem Browser gespeichert".
    expect(await page.evaluate(() => (document.querySelector('[role=alert]') as HTMLElement & { marked?: boolean } | null)?.marked)).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { statusTexts: string[] }).statusTexts.filter((text) => text.startsWith('In diesem Browser gespeichert')))).toEqual([]);
    expect(await page.locator('#save-status').textContent()).toContain('Nicht gespeichert');

    // Still full: focus stays on the button, and the failure is said.
    const retry = alert.getByRole('button', { name: 'Erneut speichern' });
    await retry.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => lastAnnounced(page)).toContain('Wieder nicht gespeichert.');
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Erneut speichern');

    // Space again: saved, the alert goes, and focus is on the save status, which says so.
    await restoreQuota();
    await retry.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => alert.count()).toBe(0);
    await expect.poll(() => focusedId(page)).toBe('save-status');
    expect(await page.locator('#save-status').textContent()).toContain('In diesem Browser gespeichert um');
    await context.close();
  });

  it('writes the open document back when the site data is cleared while the page is open, and keeps it after a reload', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    await page.locator(title).fill('Vor dem Löschen');
    await expect.poll(async () => (await storedDocument(page))?.document.hero.title).toBe('Vor dem Löschen');

    // "Websitedaten löschen" in the browser's settings while the tab is open: Chromium deletes the
    // database and closes the page's connection to it.
    await clearSiteData(context, page, env.url, 'indexeddb,local_storage');

    // The next edit opens the database again and saves the whole document there: no alert, nothing lost.
    // The status said "In diesem Browser gespeichert um …" before the clearing too, so the wait is for the database.
    await page.locator(title).fill('Nach dem Löschen');
    await expect.poll(async () => (await storedDocument(page))?.document.hero.title, { timeout: 10_000 }).toBe('Nach dem Löschen');
    expect(await page.locator('#save-status').textContent()).toMatch(/^In diesem Browser gespeichert um/);
    expect(await page.locator('[role=alert]').count()).toBe(0);
    expect((await storedDocument(page))?.document.keyFigures.groups.length).toBeGreaterThan(0);

    await page.reload();
    await openApp(page, env.url);
    expect(await page.locator(title).inputValue()).toBe('Nach dem Löschen');
    await context.close();
  });

  it('keeps the last edit when the tab crashes after saying "In diesem Browser gespeichert"', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    await page.locator(title).fill('Vor dem Absturz');
    await expect.poll(async () => (await storedDocument(page))?.document.hero.title).toBe('Vor dem Absturz');
    await expect.poll(() => page.locator('#save-status').textContent()).toMatch(/^In diesem Browser gespeichert um/);

    const cdp = await context.newCDPSession(page);
    // The renderer dies at once: no pagehide, no beforeunload.
    void cdp.send('Page.crash').catch(() => undefined);
    await page.waitForEvent('crash');

    const next = await context.newPage();
    await openApp(next, env.url);
    // The crashed tab's lease died with it: the new tab edits.
    expect(await next.locator(title).isDisabled()).toBe(false);
    expect(await next.locator(title).inputValue()).toBe('Vor dem Absturz');
    await context.close();
  });
});
