import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import { axNodeOf, normalised } from './accessibility-tree.js';
import { exportedJson, focusedId, importFile, lastAnnounced, newContext, openApp, storedDocument, useBrowser } from './harness.js';

/**
 * One document, two tabs of one browser profile: the first edits, the second opens read-only until
 * "Hier bearbeiten" takes over; from then on nothing the first tab does is written.
 */
const env = useBrowser();
const title = '#field-hero-title';
const bannerTitle = (page: Page) => page.locator('#lease-title').textContent();

/** What tells a field's state at a glance: its boundary, its fill and its text colour. */
const look = (page: Page, selector: string) =>
  page.locator(selector).evaluate((field) => {
    const style = getComputedStyle(field);
    return { border: style.borderTopStyle, background: style.backgroundColor, color: style.color };
  });

/** WCAG's contrast ratio of two computed `rgb(…)` colours. */
function contrast(one: string, other: string): number {
  const luminance = (color: string) => {
    const [r, g, b] = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map((part) => {
      const channel = Number(part) / 255;
      return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const [light, dark] = [luminance(one), luminance(other)].sort((a, b) => b - a);
  return (light! + 0.05) / (dark! + 0.05);
}


/** The app opened in one tab (which edits), then in a second of the same browser context. */
async function twoTabs() {
  const context = await newContext(env.browser);
  const first = await context.newPage();
  await openApp(first, env.url);
  const second = await context.newPage();
  await openApp(second, env.url);
  return { context, first, second };
}
describe('two tabs', () => {
  it('opens the second read-only, lets it take over, and writes nothing from the first afterwards', async () => {
    const context = await newContext(env.browser);
    const first = await context.newPage();
    await openApp(first, env.url);
    await first.locator(title).fill('Aus dem ersten Tab');
    await expect.poll(async () => (await storedDocument(first))?.document.hero.title).toBe('Aus dem ersten Tab');

    const second = await context.newPage();
    await openApp(second, env.url);
    expect(await bannerTitle(second)).toBe('Nur lesen');
    expect(await second.locator(title).isDisabled()).toBe(true);
    expect(await second.locator('#import-button').isDisabled()).toBe(true);
    expect(await second.locator(title).inputValue()).toBe('Aus dem ersten Tab');
    expect(await second.locator('#save-status').textContent()).toContain('Nur lesen');

    // The read-only tab follows what the editing tab saves.
    await first.locator(title).fill('Noch im ersten Tab');
    await expect.poll(() => second.locator(title).inputValue()).toBe('Noch im ersten Tab');

    await second.locator('#take-over').click();
    await expect.poll(() => second.locator(title).isDisabled()).toBe(false);
    await expect.poll(() => bannerTitle(first)).toBe('In einem anderen Tab übernommen');
    expect(await first.locator(title).isDisabled()).toBe(true);
    expect(await first.locator('#field-keyMessage').isDisabled()).toBe(true);
    const afterTakeOver = await storedDocument(second);

    // The first tab tries everything it still can: a script-set value, undo by key and by button.
    await first.evaluate(() => {
      const field = document.querySelector<HTMLInputElement>('#field-hero-title')!;
      field.value = 'Darf nicht gespeichert werden';
      field.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await first.locator('#versions').focus();
    await first.keyboard.press('Control+z');
    await first.locator('#undo').click({ force: true });
    await first.waitForTimeout(500);
    const stored = await storedDocument(second);
    expect(stored?.revision).toBe(afterTakeOver?.revision);
    expect(stored?.document.hero.title).toBe('Noch im ersten Tab');

    // The tab that took over edits and saves.
    await second.locator(title).fill('Jetzt im zweiten Tab');
    await expect.poll(async () => (await storedDocument(second))?.document.hero.title).toBe('Jetzt im zweiten Tab');
    await expect.poll(() => first.locator(title).inputValue()).toBe('Jetzt im zweiten Tab');
    await context.close();
  });

  it('tells the tab that loses editing: focus in the form goes to "Hier bearbeiten", which says why; focus elsewhere stays, and the change is announced', async () => {
    const lostText = 'Dieses Dokument wird jetzt in einem anderen Tab bearbeitet. Dieser Tab speichert nichts mehr.';
    // Typing in a field when the other tab takes over.
    const { context, first, second } = await twoTabs();
    await first.locator(title).focus();
    await second.locator('#take-over').click();
    await expect.poll(() => focusedId(first)).toBe('take-over');
    const takeOver = await axNodeOf(first, '#take-over');
    expect([takeOver.name, normalised(takeOver.description)]).toEqual(['Hier bearbeiten', lostText]);

    // On a toolbar button when the first tab takes it back: focus stays, the status says it.
    await first.locator('#versions').focus();
    await second.locator('#versions').focus();
    await first.locator('#take-over').click();
    await expect.poll(() => bannerTitle(second)).toBe('In einem anderen Tab übernommen');
    await expect.poll(() => lastAnnounced(second)).toBe(lostText);
    expect(await focusedId(second)).toBe('versions');

    // On "Importieren …", which a tab that does not edit cannot use: focus goes to "Hier bearbeiten" too.
    await first.locator('#import-button').focus();
    await second.locator('#take-over').click();
    await expect.poll(() => focusedId(first)).toBe('take-over');
    await context.close();
  });

  it('with the versions dialog open in the tab that loses editing: focus leaves the now disabled button for the list\'s heading, and the dialog says why', async () => {
    const { context, first, second } = await twoTabs();
    await second.locator('#take-over').click();
    await expect.poll(() => second.locator('#field-hero-title').isDisabled()).toBe(false);
    await second.locator('#versions').click();
    await second.locator('#version-name').fill('Vor der Übergabe');
    await second.keyboard.press('Enter');
    await expect.poll(() => lastAnnounced(second, '#versions-status')).toBe('Version „Vor der Übergabe“ gespeichert.');
    await second.getByRole('button', { name: '„Vor der Übergabe“ wiederherstellen' }).focus();

    await first.locator('#take-over').click();
    await expect.poll(() => focusedId(second)).toBe('versions-list-title');
    await expect.poll(() => lastAnnounced(second, '#versions-status')).toBe(
      'Dieses Dokument wird jetzt in einem anderen Tab bearbeitet. Hier lässt sich keine Version mehr speichern, wiederherstellen oder löschen.',
    );
    expect(await second.getByRole('button', { name: '„Vor der Übergabe“ wiederherstellen' }).isDisabled()).toBe(true);
    await context.close();
  });

  it('shows the fields of a read-only tab as not editable, still readable, and passes axe', async () => {
    const { context, first, second } = await twoTabs();
    expect(await bannerTitle(second)).toBe('Nur lesen');

    for (const selector of [title, '#field-keyMessage', '#field-organisation-theme']) {
      expect(await second.locator(selector).isDisabled()).toBe(true);
      const editable = await look(first, selector);
      const readOnly = await look(second, selector);
      expect(readOnly.border, selector).not.toBe(editable.border);
      expect(readOnly.border, selector).toBe('dashed');
      expect(readOnly.background, selector).not.toBe(editable.background);
      // Greyed out, but not faded past reading: the text keeps 4.5:1 on its fill.
      expect(contrast(readOnly.color, readOnly.background), selector).toBeGreaterThanOrEqual(4.5);
    }
    expect(await axeViolations(second)).toEqual([]);
    await context.close();
  });

  it('lets a read-only tab edit by itself once the editing tab closes, and hands back after a take-over', async () => {
    const { context, first, second } = await twoTabs();
    expect(await bannerTitle(second)).toBe('Nur lesen');

    await first.close();
    await expect.poll(() => second.locator(title).isDisabled()).toBe(false);
    expect(await second.locator('#lease-title').count(), 'no read-only banner').toBe(0);
    await expect.poll(() => lastAnnounced(second)).toBe('Der Tab, der das Dokument bearbeitet hat, ist geschlossen oder neu geladen. Sie bearbeiten es jetzt in diesem Tab.');
    await second.locator(title).fill('Nach dem Schließen');
    await expect.poll(async () => (await storedDocument(second))?.document.hero.title).toBe('Nach dem Schließen');

    // A tab that was taken over gets the lease back when the tab that took it closes.
    const third = await context.newPage();
    await openApp(third, env.url);
    await third.locator('#take-over').click();
    await expect.poll(() => bannerTitle(second)).toBe('In einem anderen Tab übernommen');
    await third.locator(title).fill('Aus dem dritten Tab');
    await expect.poll(async () => (await storedDocument(third))?.document.hero.title).toBe('Aus dem dritten Tab');
    await third.close();
    await expect.poll(() => second.locator(title).isDisabled()).toBe(false);
    // It edits from what the closed tab saved last, and its own writes are taken.
    expect(await second.locator(title).inputValue()).toBe('Aus dem dritten Tab');
    await second.locator(title).fill('Wieder im zweiten Tab');
    await expect.poll(async () => (await storedDocument(second))?.document.hero.title).toBe('Wieder im zweiten Tab');
    await context.close();
  });

  it("does not claim an import that another tab's take-over stopped on its way", async () => {
    const { context, first, second } = await twoTabs();
    const file = (await exportedJson(first)).replace(/"title": "[^"]*"/, '"title": "Aus der Datei"');
    // The version kept before the import is written, but its answer waits until the test lets it go:
    // the take-over happens in between, as it may when storage is slow.
    await first.evaluate(() => {
      const gate = new Promise<void>((resolve) => ((window as unknown as { openGate: () => void }).openGate = resolve));
      const add = IDBObjectStore.prototype.add;
      IDBObjectStore.prototype.add = function (...args: Parameters<IDBObjectStore['add']>) {
        const request = add.apply(this, args);
        const listen = request.addEventListener.bind(request);
        request.addEventListener = ((type: string, listener: EventListener, options?: AddEventListenerOptions) =>
          listen(type, (event) => void gate.then(() => listener(event)), options)) as typeof request.addEventListener;
        return request;
      };
    });
    await importFile(first, 'strategie.json', file);
    await second.locator('#take-over').click();
    await expect.poll(() => bannerTitle(first)).toBe('In einem anderen Tab übernommen');
    await first.evaluate(() => (window as unknown as { openGate: () => void }).openGate());

    const message = first.locator('#admin-message');
    await expect.poll(() => message.getByRole('heading').innerText()).toBe('„strategie.json“ nicht importiert');
    expect(await message.innerText()).toContain('Dieses Dokument wird jetzt in einem anderen Tab bearbeitet. Dieser Tab speichert nichts mehr. Das geöffnete Dokument ist unverändert.');
    expect(await first.locator(title).inputValue()).not.toBe('Aus der Datei');
    expect((await storedDocument(second))?.document.hero.title).not.toBe('Aus der Datei');
    await context.close();
  });

  it('writes nothing, no version either, when the take-over comes while the file is still being read', async () => {
    const { context, first, second } = await twoTabs();
    const file = (await exportedJson(first)).replace(/"title": "[^"]*"/, '"title": "Aus der Datei"');
    // Reading the chosen file waits until the test lets it go: the take-over happens in between.
    await first.evaluate(() => {
      const gate = new Promise<void>((resolve) => ((window as unknown as { openGate: () => void }).openGate = resolve));
      const read = Blob.prototype.arrayBuffer;
      Blob.prototype.arrayBuffer = async function (this: Blob) {
        await gate;
        return read.call(this);
      };
    });
    await importFile(first, 'strategie.json', file);
    await second.locator('#take-over').click();
    await expect.poll(() => bannerTitle(first)).toBe('In einem anderen Tab übernommen');
    await first.evaluate(() => (window as unknown as { openGate: () => void }).openGate());

    await expect.poll(() => first.locator('#admin-message').getByRole('heading').innerText()).toBe('„strategie.json“ nicht importiert');
    const versionNames = await first.evaluate(
      () =>
        new Promise<string[]>((resolve, reject) => {
          const request = indexedDB.open('muenchen-digital-admin');
          request.onerror = () => reject(request.error);
          request.onsuccess = () => {
            const read = request.result.transaction('versions').objectStore('versions').getAll();
            read.onsuccess = () => resolve((read.result as Array<{ name: string }>).map((version) => version.name));
            read.onerror = () => reject(read.error);
          };
        }),
    );
    expect(versionNames.filter((name) => name.startsWith('Vor dem Import'))).toEqual([]);
    expect((await storedDocument(second))?.document.hero.title).not.toBe('Aus der Datei');
    await context.close();
  });

  it('gives focus back to the field it came from when editing comes back by itself, not to the page', async () => {
    const { context, first, second } = await twoTabs();
    await first.locator(title).focus();
    await second.locator('#take-over').click();
    await expect.poll(() => focusedId(first)).toBe('take-over');

    await second.close();
    await expect.poll(() => first.locator(title).isDisabled()).toBe(false);
    await expect.poll(() => lastAnnounced(first)).toBe('Der Tab, der das Dokument bearbeitet hat, ist geschlossen oder neu geladen. Sie bearbeiten es jetzt in diesem Tab.');
    await expect.poll(() => focusedId(first)).toBe(title.slice(1));
    await context.close();
  });
});
