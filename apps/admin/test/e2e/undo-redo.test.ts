import { describe, expect, it } from 'vitest';
import { focusedId, lastAnnounced, openFreshApp, storedDocument, useBrowser } from './harness.js';

/**
 * Undo and redo by the toolbar's buttons and by Ctrl+Z / Ctrl+Y on the document's form and
 * commands — never inside a dialog or in a field that is not part of the document, where the
 * browser's own undo of that field stands — and what a screen reader hears when they act.
 */
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

  it('leaves the document alone on Ctrl+Z in the Versionen dialog: the name field undoes its own typing', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const original = await page.locator(title).inputValue();
    await page.locator(title).fill('Geänderter Titel');
    await page.locator('#versions').click();
    const dialog = page.locator('admin-versions-dialog dialog');
    await expect.poll(() => dialog.evaluate((element: HTMLDialogElement) => element.open)).toBe(true);
    await page.keyboard.type('Mein Stand');

    // The browser's own undo in the name field: the typed name goes, the title behind the modal stays.
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('#version-name').inputValue()).toBe('');
    expect(await page.locator(title).inputValue()).toBe('Geänderter Titel');
    // Pressed again, the browser's page-wide history would reach the title behind the dialog: it does not.
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    expect(await page.locator(title).inputValue()).toBe('Geänderter Titel');
    // The field's own redo brings the name back.
    await page.keyboard.press('Control+y');
    await expect.poll(() => page.locator('#version-name').inputValue()).toBe('Mein Stand');
    expect(await page.locator(title).inputValue()).toBe('Geänderter Titel');

    // Saved: the version and the working document hold the changed title.
    await page.keyboard.press('Enter');
    await expect.poll(() => dialog.getByRole('listitem').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(async () => (await storedDocument(page))?.document.hero.title).toBe('Geänderter Titel');
    await page.locator('#versions').click();
    await dialog.getByRole('button', { name: '„Mein Stand“ wiederherstellen' }).click();
    await expect.poll(() => page.locator(title).inputValue()).toBe('Geänderter Titel');

    // Back on the form, Ctrl+Z is the document's undo again (the restore, then the title).
    await page.locator(title).focus();
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator(title).inputValue()).toBe(original);
    await context.close();
  });

  it('leaves the document alone on Ctrl+Z in the UI language select, which is not part of the document', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    await page.locator(title).fill('Bleibt');
    await page.locator('#ui-language').focus();
    await page.keyboard.press('Control+z');
    await page.keyboard.press('Control+z');
    // Given time to act, nothing has: the title and the stored document keep the change.
    await page.waitForTimeout(300);
    expect(await page.locator(title).inputValue()).toBe('Bleibt');
    await expect.poll(async () => (await storedDocument(page))?.document.hero.title).toBe('Bleibt');
    await context.close();
  });

  it('takes focus to the place it changed when the step removes the focused element, never leaving it to the page', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    // An added figure, undone from its own value field: the field goes, focus goes to the list's add button.
    const figures = '#field-keyFigures-groups-0-figures';
    const items = page.locator(`fieldset.admin-item[id^="${figures.slice(1)}-"]`);
    const count = await items.count();
    await page.locator(`${figures}-add`).click();
    await expect.poll(() => focusedId(page)).toBe(`field-keyFigures-groups-0-figures-${count}-value`);
    await page.keyboard.press('Control+z');
    await expect.poll(() => items.count()).toBe(count);
    await expect.poll(() => focusedId(page)).toBe('field-keyFigures-groups-0-figures-add');

    // The problem count's "Angabe anzeigen" goes with the last problem: focus goes to the field undone.
    await page.locator(title).fill('');
    await page.locator('#show-problems').focus();
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator(title).inputValue()).not.toBe('');
    await expect.poll(() => focusedId(page)).toBe(title.slice(1));
    await context.close();
  });

  it('says politely what was undone or redone, and that there is nothing to undo, with focus kept', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    await page.locator(title).fill('Angesagt');

    await page.locator('#undo').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => lastAnnounced(page)).toBe('Rückgängig: Änderung an „Titel“.');
    expect(await focusedId(page)).toBe('undo');
    await page.keyboard.press('Enter');
    await expect.poll(() => lastAnnounced(page)).toBe('Nichts rückgängig zu machen.');
    expect(await focusedId(page)).toBe('undo');

    await page.locator('#redo').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => lastAnnounced(page)).toBe('Wiederholt: Änderung an „Titel“.');
    await page.keyboard.press('Enter');
    await expect.poll(() => lastAnnounced(page)).toBe('Nichts zu wiederholen.');
    expect(await focusedId(page)).toBe('redo');

    // By keyboard in a field of a list item: the field and the item it belongs to.
    const figureLabel = '#field-keyFigures-groups-0-figures-1-label';
    await page.locator(figureLabel).fill('Betriebe');
    await page.keyboard.press('Control+z');
    await expect.poll(() => lastAnnounced(page)).toBe('Rückgängig: Änderung an „Bezeichnung“ in „Kennzahl 2 (Unternehmen)“.');
    expect(await focusedId(page)).toBe(figureLabel.slice(1));
    await page.keyboard.press('Control+y');
    await expect.poll(() => lastAnnounced(page)).toBe('Wiederholt: Änderung an „Bezeichnung“ in „Kennzahl 2 (Betriebe)“.');

    // A list change names what it did, and to which entry.
    await page.locator('#field-sovereignty-terms-add').click();
    await page.locator('#undo').click();
    await expect.poll(() => lastAnnounced(page)).toMatch(/^Rückgängig: Hinzufügen von „Begriff \d+“\.$/);
    await context.close();
  });

  it('shows the undone choice in a select after a person has chosen in it', async () => {
    // Once a person picks an option, the browser no longer follows the options' `selected`
    // attributes: the select must be told its choice, or it keeps showing the undone one.
    const { context, page } = await openFreshApp(env.browser, env.url);
    const theme = page.locator('#field-organisation-theme');
    const original = await theme.inputValue();
    const other = original === 'muenchen' ? 'musterstadt' : 'muenchen';
    await theme.selectOption(other);
    await theme.selectOption(original);
    await theme.selectOption(other);
    await expect.poll(async () => (await storedDocument(page))?.document.organisation.theme).toBe(other);

    await page.keyboard.press('Control+z');
    await expect.poll(async () => (await storedDocument(page))?.document.organisation.theme).toBe(original);
    expect(await theme.inputValue()).toBe(original);
    await page.keyboard.press('Control+y');
    await expect.poll(async () => (await storedDocument(page))?.document.organisation.theme).toBe(other);
    expect(await theme.inputValue()).toBe(other);
    await context.close();
  });
});
