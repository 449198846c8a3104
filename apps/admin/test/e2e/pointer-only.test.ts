import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axNodeOf } from './accessibility-tree.js';
import { focusedId, lastAnnounced, openFreshApp, previewFrame, useBrowser } from './harness.js';

/**
 * Every reorder and every upload by single clicks, without dragging (2.5.7): the list's buttons say
 * which item they move ("Nach oben: „Titel“", as Chromium names them: the short visible label first,
 * 2.5.3), focus stays with
 * the moved item, and the status region says what happened. The logo is chosen through a labelled
 * file control that names format and size before anything is chosen.
 */
const env = useBrowser();
const list = 'field-positionings-items-0-dimensions';
const announced = (page: Page) => lastAnnounced(page);

/** The dimensions' titles in the order the form shows them. */
const titles = (page: Page) =>
  page.evaluate(
    (prefix) =>
      [...document.querySelectorAll<HTMLInputElement>(`fieldset.admin-item[id^="${prefix}-"] > .admin-field input[id$="-title"]`)]
        .filter((input) => new RegExp(`^${prefix}-\\d+-title$`).test(input.id))
        .map((input) => input.value),
    list,
  );

describe('by pointer alone', () => {
  it('shows short labels on the list buttons, the start of their accessible names (2.5.3)', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    // The text drawn on screen: the entry's name is there for assistive technology only.
    const visible = (selector: string) =>
      page.locator(selector).evaluate((button) => {
        const walker = document.createTreeWalker(button, NodeFilter.SHOW_TEXT);
        const parts: string[] = [];
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const box = node.parentElement!.getBoundingClientRect();
          if (box.width > 1 && box.height > 1) parts.push(node.textContent ?? '');
        }
        return parts.join('').replace(/\s+/g, ' ').trim();
      });
    for (const [suffix, label] of [
      ['up', 'Nach oben'],
      ['down', 'Nach unten'],
      ['remove', 'Entfernen'],
    ] as const) {
      const selector = `#${list}-1-${suffix}`;
      expect(await visible(selector)).toBe(label);
      expect((await axNodeOf(page, selector)).name).toMatch(new RegExp(`^${label}: „.+“$`));
    }
    await context.close();
  });

  it('moves, removes and adds list items by clicks on buttons named after the item', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const before = await titles(page);
    expect(before.length).toBeGreaterThanOrEqual(3);
    const [first, second] = before as [string, string];

    // The buttons are named after what they move, as the accessibility tree has it.
    expect((await axNodeOf(page, `#${list}-1-up`)).name).toBe(`Nach oben: „${second}“`);
    expect((await axNodeOf(page, `#${list}-1-down`)).name).toBe(`Nach unten: „${second}“`);
    expect((await axNodeOf(page, `#${list}-1-remove`)).name).toBe(`Entfernen: „${second}“`);
    // At the top, "up" is not offered.
    expect((await axNodeOf(page, `#${list}-0-up`)).properties.disabled).toBe(true);

    await page.locator(`#${list}-1-up`).click();
    await expect.poll(() => titles(page)).toEqual([second, first, ...before.slice(2)]);
    await expect.poll(() => announced(page)).toBe(`„${second}“ von Position 2 auf Position 1 verschoben.`);
    // At the top its "up" button is disabled: focus is on its "down" button.
    expect(await focusedId(page)).toBe(`${list}-0-down`);

    await page.locator(`#${list}-0-down`).click();
    await expect.poll(() => titles(page)).toEqual(before);
    await expect.poll(() => announced(page)).toBe(`„${second}“ von Position 1 auf Position 2 verschoben.`);
    expect(await focusedId(page)).toBe(`${list}-1-down`);

    await page.locator(`#${list}-0-remove`).click();
    await expect.poll(() => titles(page)).toEqual(before.slice(1));
    await expect.poll(() => announced(page)).toBe(`„${first}“ (Dimension 1) entfernt.`);
    expect(await focusedId(page)).toBe(`${list}-add`);

    await page.locator(`#${list}-add`).click();
    await expect.poll(() => titles(page)).toEqual([...before.slice(1), '']);
    expect(await focusedId(page)).toBe(`${list}-${before.length - 1}-title`);
    await context.close();
  });

  it('chooses and removes the logo by clicks, with format and size shown before choosing', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const file = '#field-organisation-logo-file';
    expect(await page.locator(`${file}-hint`).isVisible()).toBe(true);
    expect(await page.locator(`${file}-hint`).textContent()).toMatch(/PNG, JPEG, WebP, GIF oder SVG, bis 1 MB/);
    const node = await axNodeOf(page, file);
    expect({ name: node.name, description: node.description }).toEqual({ name: 'Logo wählen', description: expect.stringContaining('bis 1 MB') });

    // A 1 × 1 px PNG, chosen through the browser's file chooser that a click opens.
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==', 'base64');
    const chooser = page.waitForEvent('filechooser');
    await page.locator(file).click();
    await (await chooser).setFiles({ name: 'logo.png', mimeType: 'image/png', buffer: png });
    await expect.poll(() => page.locator('.admin-logo-preview').count()).toBe(1);
    await expect.poll(() => announced(page)).toBe('Logo übernommen.');
    // Shown on the colour of the header band it is drawn for: a white logo would vanish on the white form.
    const header = (await previewFrame(page)).locator('mdk-brand-header');
    const bandColour = await header.evaluate((element) => getComputedStyle(element.shadowRoot!.querySelector('[part=band]')!).backgroundColor);
    expect(await page.locator('.admin-logo-preview').evaluate((image) => getComputedStyle(image).backgroundColor)).toBe(bandColour);

    await page.locator('#field-organisation-logo-remove').click();
    await expect.poll(() => page.locator('.admin-logo-preview').count()).toBe(0);
    await expect.poll(() => announced(page)).toBe('Logo entfernt.');
    expect(await focusedId(page)).toBe('field-organisation-logo-file');
    await context.close();
  });
});
