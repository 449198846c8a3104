import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axNodeOf } from './accessibility-tree.js';
import { lastAnnounced, openFreshApp, publishAnyway, storedDocument, useBrowser } from './harness.js';

/**
 * Status messages (4.1.3): the regions a screen reader listens to are there from the first render and
 * stay the same element while their words change — a region added together with its message is not
 * announced. Saving says "In diesem Browser gespeichert um 14:32"; list changes, exports and publishing
 * (while it works; what it did is shown above the form) speak through their own polite status
 * regions, never through role=alert plus aria-live at once.
 */
const env = useBrowser();
const regions = ['#save-status', '#announcer', '#publish-status'];

/** Tags each region's element, so the test can tell later whether it is still the same element. */
const tagRegions = (page: Page) =>
  page.evaluate((selectors) => selectors.forEach((selector) => ((document.querySelector(selector) as HTMLElement & { mdkTag?: string }).mdkTag = selector)), regions);
const untagged = (page: Page) =>
  page.evaluate((selectors) => selectors.filter((selector) => (document.querySelector(selector) as (HTMLElement & { mdkTag?: string }) | null)?.mdkTag !== selector), regions);

describe('status messages', () => {
  it('are polite status regions from the first render, which keep their element while the words change', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    for (const region of regions) {
      const node = await axNodeOf(page, region);
      expect({ region, role: node.role, live: node.properties.live, included: node.included }).toEqual({ region, role: 'status', live: 'polite', included: true });
    }
    await tagRegions(page);

    // Saving: the time, in the UI's format.
    await page.locator('#field-hero-title').fill('Neu');
    await expect.poll(() => page.locator('#save-status').textContent()).toMatch(/^In diesem Browser gespeichert um \d{2}:\d{2}$/);
    // Publishing (past its question about the example's placeholder addresses), an export, a list change.
    await Promise.all([page.waitForEvent('download'), publishAnyway(page)]);
    // Its result is seen, not only heard: above the form, with focus there (the message box's own test).
    await expect.poll(() => page.locator('#admin-message').innerText()).toContain(
      'Die Website wurde als ZIP-Datei heruntergeladen. Sie ist noch nicht online: Wie Sie sie hochladen, steht in der ZIP-Datei in LIESMICH.txt.',
    );
    expect(await page.locator('#admin-message').isVisible()).toBe(true);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('admin-message');
    // Said there once: the status region, which said "Die Website wird erstellt …", is quiet again.
    expect(await page.locator('#publish-status').textContent()).toBe('');
    await Promise.all([page.waitForEvent('download'), page.locator('#export').click()]);
    await expect.poll(() => lastAnnounced(page)).toBe('Das Dokument wird als Datei heruntergeladen.');
    await page.locator('#field-sovereignty-terms-add').click();
    await expect.poll(() => lastAnnounced(page)).toMatch(/^Begriff \d+ hinzugefügt\.$/);

    expect(await untagged(page)).toEqual([]);
    // No region is both an alert and a live region (VoiceOver would read it twice).
    expect(await page.locator('[role="alert"][aria-live], [role="status"][aria-live]').count()).toBe(0);
    await context.close();
  });

  /**
   * Text that a region loses and gets back within one frame is no change to the accessibility tree, so
   * a screen reader would hear the second "Nichts rückgängig zu machen." no more than the first of two
   * messages given at once. Each message is added to the region as a paragraph of its own: additions
   * are what a polite region reads, and, not atomic, it reads only them.
   */
  it('says the same sentence twice, and both of two sentences given at once: each is a paragraph added to the region', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const messages = () => page.evaluate(() => [...document.querySelectorAll('#announcer > *')].map((message) => message.textContent));
    expect((await axNodeOf(page, '#announcer')).properties.atomic).toBeFalsy();

    // Pressed, not clicked: with nothing to undo the button says so by aria-disabled.
    await page.locator('#undo').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await expect.poll(messages).toEqual(['Nichts rückgängig zu machen.', 'Nichts rückgängig zu machen.']);

    // Undoing the change that was the last problem: the undo and the all-clear, in one moment.
    await page.locator('#field-hero-title').fill('');
    await page.locator('#publish').click();
    await expect.poll(() => page.locator('#admin-message h2').textContent()).toBe('Veröffentlichen: Bitte zuerst 1 Angabe korrigieren');
    await page.locator('#undo').focus();
    await page.keyboard.press('Enter');
    await expect.poll(messages).toEqual(
      expect.arrayContaining(['Alle Angaben sind in Ordnung. „Veröffentlichen“ ist jetzt möglich.', 'Rückgängig: Änderung an „Titel“.']),
    );
    await context.close();
  });

  it('does not talk over typing: quick writes leave "In diesem Browser gespeichert um …" as it is; a slow one says "Wird gespeichert …"', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    // Every text the save status takes from now on, as a screen reader would be told.
    await page.evaluate(() => {
      const status = document.querySelector('#save-status')!;
      const seen: string[] = [];
      (window as unknown as { saveStatusTexts: string[] }).saveStatusTexts = seen;
      new MutationObserver(() => seen.push(status.textContent ?? '')).observe(status, { subtree: true, childList: true, characterData: true });
    });
    const texts = () => page.evaluate(() => (window as unknown as { saveStatusTexts: string[] }).saveStatusTexts);
    await page.locator('#field-hero-title').focus();
    await page.keyboard.press('End');
    await page.keyboard.type(' und weiter', { delay: 80 });
    await expect.poll(async () => (await storedDocument(page))?.document.hero.title).toMatch(/ und weiter$/);
    // Eleven keys, each followed by a write: at most the minute changed.
    expect((await texts()).filter((text) => !/^In diesem Browser gespeichert um \d{2}:\d{2}$/.test(text))).toEqual([]);
    expect(new Set(await texts()).size).toBeLessThanOrEqual(1);

    // Another connection keeps the document's store busy for 4 s: the next write waits for it.
    await page.evaluate(() => {
      const state = { started: false, done: false };
      (window as unknown as { blocker: typeof state }).blocker = state;
      const request = indexedDB.open('muenchen-digital-admin');
      request.onsuccess = () => {
        const transaction = request.result.transaction('documents', 'readwrite');
        const until = Date.now() + 4000;
        const spin = () => {
          state.started = true;
          if (Date.now() < until) transaction.objectStore('documents').get('current').onsuccess = spin;
        };
        spin();
        transaction.oncomplete = () => {
          request.result.close();
          state.done = true;
        };
      };
    });
    const blocker = () => page.evaluate(() => (window as unknown as { blocker: { started: boolean; done: boolean } }).blocker);
    await expect.poll(async () => (await blocker()).started).toBe(true);
    await page.keyboard.type('!');
    await expect.poll(() => page.locator('#save-status').textContent(), { timeout: 3500 }).toBe('Wird gespeichert …');
    await expect.poll(async () => (await blocker()).done, { timeout: 8000 }).toBe(true);
    await expect.poll(() => page.locator('#save-status').textContent()).toMatch(/^In diesem Browser gespeichert um \d{2}:\d{2}$/);
    expect((await storedDocument(page))?.document.hero.title).toMatch(/ und weiter!$/);
    await context.close();
  });
});
