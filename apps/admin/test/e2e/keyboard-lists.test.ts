import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { focusedId, lastAnnounced, openFreshApp, tabTo, useBrowser } from './harness.js';

/**
 * Lists by keyboard alone (Tab, Enter, typing): adding puts focus in the new item's first field,
 * moving keeps focus on the moved item's button, removing puts it on the add button — and the
 * status region says each time what happened.
 */
const env = useBrowser();
const group = 'field-keyFigures-groups-2';
const figure = (index: number) => `${group}-figures-${index}`;
const announced = (page: Page) => lastAnnounced(page);

describe('lists by keyboard', () => {
  it('adds, moves and removes a key figure', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    await page.locator('#field-keyFigures-heading').focus();

    await tabTo(page, '#field-keyFigures-groups-add');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe(`${group}-heading`);
    await expect.poll(() => announced(page)).toBe('Gruppe 3 hinzugefügt.');

    for (const position of [1, 2, 3]) {
      await tabTo(page, `#${group}-figures-add`, 20);
      await page.keyboard.press('Enter');
      await expect.poll(() => focusedId(page)).toBe(`${figure(position - 1)}-value`);
      await expect.poll(() => announced(page)).toBe(`Kennzahl ${position} hinzugefügt.`);
    }
    await tabTo(page, `#${figure(2)}-label`, 10);
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Dritte');

    await tabTo(page, `#${figure(2)}-up`, 10);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe(`${figure(1)}-up`);
    await expect.poll(() => announced(page)).toBe('„Dritte“ von Position 3 auf Position 2 verschoben.');
    expect(await page.locator(`#${figure(1)} > legend`).textContent()).toBe('Kennzahl 2: Dritte');

    // At the top its "up" button is disabled: focus goes to its "down" button.
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe(`${figure(0)}-down`);
    await expect.poll(() => announced(page)).toBe('„Dritte“ von Position 2 auf Position 1 verschoben.');

    await page.keyboard.press('Tab');
    expect(await focusedId(page)).toBe(`${figure(0)}-remove`);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe(`${group}-figures-add`);
    await expect.poll(() => announced(page)).toBe('„Dritte“ (Kennzahl 1) entfernt.');
    expect(await page.locator(`#${group} .admin-item`).count()).toBe(2);
    // The legends renumber: what was Kennzahl 2 and 3 is now 1 and 2.
    expect(await page.locator(`#${group} .admin-item > legend`).allTextContents()).toEqual(['Kennzahl 1', 'Kennzahl 2']);
    await context.close();
  });

  it('undoes a move by keyboard with focus following the moved item back, and says which item', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const terms = 'field-sovereignty-terms';
    const second = await page.locator(`#${terms}-1`).inputValue();
    await page.locator(`#${terms}-1-up`).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator(`#${terms}-0`).inputValue()).toBe(second);
    // At the top "up" is disabled: focus is on the moved term's "down".
    await expect.poll(() => focusedId(page)).toBe(`${terms}-0-down`);

    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator(`#${terms}-1`).inputValue()).toBe(second);
    await expect.poll(() => announced(page)).toBe(`Rückgängig: Verschieben von „${second}“.`);
    // The button focus is on belongs to the same term as before: Enter again moves it, not another.
    await expect.poll(() => focusedId(page)).toBe(`${terms}-1-down`);
    await page.keyboard.press('Control+y');
    await expect.poll(() => page.locator(`#${terms}-0`).inputValue()).toBe(second);
    await expect.poll(() => announced(page)).toBe(`Wiederholt: Verschieben von „${second}“.`);
    await expect.poll(() => focusedId(page)).toBe(`${terms}-0-down`);

    // Adding and removing, undone, say which entry too.
    await page.locator(`#${terms}-0-remove`).click();
    await page.locator('#undo').click();
    await expect.poll(() => announced(page)).toBe(`Rückgängig: Entfernen von „${second}“.`);
    await context.close();
  });

  it('adds a term to a text list with focus in the new field', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const terms = await page.locator('#section-sovereignty .admin-text-entry').count();
    await page.locator('#field-sovereignty-heading').focus();
    await tabTo(page, '#field-sovereignty-terms-add', 60);
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe(`field-sovereignty-terms-${terms}`);
    await expect.poll(() => announced(page)).toBe(`Begriff ${terms + 1} hinzugefügt.`);
    // Removed while still empty, it has no name but its label, which is said once.
    await page.locator(`#field-sovereignty-terms-${terms}-remove`).click();
    await expect.poll(() => announced(page)).toBe(`Begriff ${terms + 1} entfernt.`);
    await context.close();
  });
});
