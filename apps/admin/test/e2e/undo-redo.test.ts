import { describe, expect, it } from 'vitest';
import { focusedId, openFreshApp, useBrowser } from './harness.js';

/** Undo and redo by the toolbar's buttons and by Ctrl+Z / Ctrl+Y where no text field has focus. */
const env = useBrowser();
const title = '#field-hero-title';

describe('undo and redo', () => {
  it('works by the toolbar buttons, and typing in one field is one step', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const original = await page.locator(title).inputValue();
    await page.locator(title).fill('');
    await page.locator(title).pressSequentially('Neuer Titel');

    await page.locator('#undo').click();
    await expect.poll(() => page.locator(title).inputValue()).toBe(original);
    await page.locator('#redo').click();
    await expect.poll(() => page.locator(title).inputValue()).toBe('Neuer Titel');
    await context.close();
  });

  it('works by Ctrl+Z and Ctrl+Y, outside text fields and in them, without splicing texts', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const original = await page.locator(title).inputValue();
    await page.locator(title).fill('Per Tastatur');
    await page.locator('#versions').focus();

    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator(title).inputValue()).toBe(original);
    await page.keyboard.press('Control+y');
    await expect.poll(() => page.locator(title).inputValue()).toBe('Per Tastatur');
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => page.locator(title).inputValue()).toBe('Per Tastatur');

    // In another text field Ctrl+Z is the document's undo too: the browser's own page-wide history
    // would splice the title's old and new text together here.
    const subtitle = await page.locator('#field-hero-subtitle').inputValue();
    await page.locator('#field-hero-subtitle').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator(title).inputValue()).toBe(original);
    expect(await page.locator('#field-hero-subtitle').inputValue()).toBe(subtitle);
    await context.close();
  });

  it('keeps focus on the undo button when the last step is undone', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    await page.locator(title).fill('Einmal');
    await page.locator('#undo').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#undo').getAttribute('aria-disabled')).toBe('true');
    expect(await focusedId(page)).toBe('undo');
    // Nothing left to undo: pressing again changes nothing.
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#redo').getAttribute('aria-disabled')).toBe('false');
    await context.close();
  });
});
