import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axNodeOf } from './accessibility-tree.js';
import { axeViolations } from './axe.js';
import { focusedId, lastAnnounced, openFreshApp, storedDocument, useBrowser } from './harness.js';

/**
 * Removing a source that key figures cite: a modal dialog says how many figures cite it and offers
 * the choice — remove it and leave those figures without a source (one undoable step), or keep it.
 * A source nobody cites goes at once, as any list item does.
 */
const env = useBrowser();
const removeSecond = '#field-sources-items-1-remove';
const dialogSelector = 'admin-strategy-form dialog';
/** Whether a modal dialog is open (counted, so a page without the dialog answers at once). */
const dialogOpen = async (page: Page) => (await page.locator('dialog[open]').count()) > 0;

const sourceIds = async (page: Page) => (await storedDocument(page))?.document.sources.items.map((source) => source.id);
const citing = async (page: Page, id: string) =>
  (await storedDocument(page))?.document.keyFigures.groups.flatMap((group) => group.figures).filter((figure) => figure.sourceId === id).length;

describe('removing a cited source', () => {
  it('asks first, says how many figures cite it, and keeps it on Esc or "Abbrechen"', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const dialog = page.locator(dialogSelector);
    expect(await page.locator(removeSecond).getAttribute('aria-label')).toBe('Entfernen: „Landeshauptstadt München“');

    await page.locator(removeSecond).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => dialogOpen(page)).toBe(true);
    const node = await axNodeOf(page, dialogSelector);
    expect({ role: node.role, name: node.name, modal: node.properties.modal }).toEqual({
      role: 'dialog',
      name: '„Landeshauptstadt München“ (Quelle 2) entfernen?',
      modal: true,
    });
    // Its two sentences apart: the description is read as one text.
    expect(node.description).toMatch(/^9 Kennzahlen nennen diese Quelle\. Wird sie entfernt, /);
    expect(await dialog.getByRole('listitem').allTextContents()).toContain('Kennzahl 1: Bürger*innen');
    expect(await axeViolations(page)).toEqual([]);
    // Focus on the answer that keeps everything: a second Enter removes nothing.
    await expect.poll(() => focusedId(page)).toBe('source-removal-cancel');
    await page.keyboard.press('Escape');
    await expect.poll(() => dialogOpen(page)).toBe(false);
    expect(await focusedId(page)).toBe(removeSecond.slice(1));
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('source-removal-cancel');
    await page.keyboard.press('Enter');
    await expect.poll(() => dialogOpen(page)).toBe(false);
    expect(await focusedId(page)).toBe(removeSecond.slice(1));
    expect(await sourceIds(page)).toContain('landeshauptstadt');
    expect(await citing(page, 'landeshauptstadt')).toBe(9);
    await context.close();
  });

  it('removes it and leaves the figures without a source in one step, which Undo takes back', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const dialog = page.locator(dialogSelector);
    await page.locator(removeSecond).click();
    await expect.poll(() => dialogOpen(page)).toBe(true);
    await dialog.getByRole('button', { name: 'Quelle entfernen' }).click();
    await expect.poll(() => sourceIds(page)).toEqual(['digital-index', 'landesamt', 'egovernment-monitor']);
    expect(await citing(page, 'landeshauptstadt')).toBe(0);
    // After removing, focus goes to the add button and the status says what was removed and what it means.
    expect(await focusedId(page)).toBe('field-sources-items-add');
    await expect.poll(() => lastAnnounced(page)).toBe('„Landeshauptstadt München“ (Quelle 2) entfernt. 9 Kennzahlen haben jetzt keine Quelle.');
    const select = page.locator('#field-keyFigures-groups-0-figures-0-sourceId');
    expect(await select.inputValue()).toBe('');
    expect(await page.locator('#problem-count').count()).toBe(0);

    await page.locator('#undo').click();
    await expect.poll(() => sourceIds(page)).toContain('landeshauptstadt');
    expect(await citing(page, 'landeshauptstadt')).toBe(9);
    expect(await select.inputValue()).toBe('landeshauptstadt');
    await context.close();
  });

  it('removes a source nobody cites at once', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    await page.locator('#field-sources-items-add').click();
    await page.locator('#field-sources-items-4-remove').click();
    await expect.poll(() => sourceIds(page)).toHaveLength(4);
    expect(await dialogOpen(page)).toBe(false);
    expect(await focusedId(page)).toBe('field-sources-items-add');
    await context.close();
  });
});
