import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axNodeOf } from './accessibility-tree.js';
import { focusedId, importFile, openFreshApp, storedDocument, useBrowser } from './harness.js';

/**
 * The message box under the toolbar (an import's note, an import refused, the error summary): shown
 * only while it has something to say — no empty bordered box in any theme, mode or width —, inside
 * the main landmark, so landmark navigation finds it, and true to the document: a note that says
 * "Mit „Rückgängig“ machen Sie den Import ungeschehen" goes once the import is undone.
 */
const env = useBrowser();

/** The box as a person meets it: whether it takes up room on screen, and whether a screen reader finds it. */
async function shown(page: Page) {
  const box = await page.locator('#admin-message').boundingBox();
  return { onScreen: box !== null && box.height > 0, inTree: (await axNodeOf(page, '#admin-message')).included };
}

/** What axe's best-practice rule "region" finds on the page: content outside every landmark. */
async function outsideLandmarks(page: Page): Promise<string[]> {
  const { readFile } = await import('node:fs/promises');
  const { createRequire } = await import('node:module');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(`${await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')};void 0`);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: { nodes: { target: string[] }[] }[] }> } }).axe;
    // The rule looks at the whole page: content outside every landmark, the message box among it.
    const result = await axe.run(document, { runOnly: { type: 'rule', values: ['region'] }, resultTypes: ['violations'] });
    return result.violations.flatMap((violation) => violation.nodes.map((node) => node.target.join(' ')));
  });
}

describe('the message box', () => {
  for (const width of [1280, 320]) {
    for (const [theme, colorScheme] of [
      ['muenchen', 'light'],
      ['musterstadt', 'dark'],
    ] as const) {
      it(`is not shown while it has nothing to say (${width} px, ${theme}, ${colorScheme})`, async () => {
        const { context, page } = await openFreshApp(env.browser, env.url, { width });
        await page.emulateMedia({ colorScheme });
        await page.locator('#field-organisation-theme').selectOption(theme);
        expect(await shown(page)).toEqual({ onScreen: false, inTree: false });

        await page.locator('#field-hero-title').fill('');
        await page.locator('#show-problems').click();
        await expect.poll(() => focusedId(page)).toBe('admin-message');
        expect(await shown(page)).toEqual({ onScreen: true, inTree: true });
        await context.close();
      });
    }
  }

  it('is inside the main landmark', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    await page.locator('#field-hero-title').fill('');
    await page.locator('#show-problems').click();
    await expect.poll(() => focusedId(page)).toBe('admin-message');
    expect(await outsideLandmarks(page)).toEqual([]);
    expect(await page.locator('#admin-message').evaluate((box) => box.closest('main, [role="main"]')?.id)).toBe('editor');
    await context.close();
  });

  it('lets go of the import note once Rückgängig undoes the import, by button or by Ctrl+Z from the note', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const stored = (await storedDocument(page))!.document;
    const file = JSON.stringify({ ...stored, hero: { ...stored.hero, subtitle: 'Importiert' } });
    const box = page.locator('#admin-message');

    await importFile(page, 'strategie.json', file);
    await expect.poll(() => box.textContent()).toContain('„strategie.json“ importiert.');
    expect(await box.textContent()).toContain('Mit „Rückgängig“ machen Sie den Import ungeschehen.');
    // An edit after the import does not make the note untrue: undo would still reach the import.
    await page.locator('#field-hero-speaker').fill('Jemand');
    await page.locator('#undo').click();
    await expect.poll(() => page.locator('#field-hero-speaker').inputValue()).toBe(stored.hero.speaker);
    expect(await box.textContent()).toContain('importiert');

    await page.locator('#undo').click();
    await expect.poll(() => page.locator('#field-hero-subtitle').inputValue()).toBe(stored.hero.subtitle);
    await expect.poll(() => box.textContent()).not.toContain('importiert');
    expect(await shown(page)).toEqual({ onScreen: false, inTree: false });

    // Again, undone by Ctrl+Z while the note has focus (it takes focus when it appears): focus goes
    // to "Rückgängig", not to the page.
    await importFile(page, 'strategie.json', file);
    await expect.poll(() => focusedId(page)).toBe('admin-message');
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.locator('#field-hero-subtitle').inputValue()).toBe(stored.hero.subtitle);
    await expect.poll(() => shown(page)).toEqual({ onScreen: false, inTree: false });
    expect(await focusedId(page)).toBe('undo');
    await context.close();
  });

  it('closes by its button once read, with focus on the form it stood above; the next message shows again', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    await importFile(page, 'kaputt.json', '{ "schemaVersion": 2, ');
    const box = page.locator('#admin-message');
    await expect.poll(() => box.getByRole('heading').textContent()).toBe('Import abgelehnt');
    await expect.poll(() => focusedId(page)).toBe('admin-message');
    // Focused, the box says its heading and then why, and that nothing changed: not its heading alone.
    const focusedBox = await axNodeOf(page, '#admin-message');
    expect(focusedBox.name).toBe('Import abgelehnt');
    expect(focusedBox.description).toMatch(/^Die Datei ist keine JSON-Datei .* Das geöffnete Dokument ist unverändert\.$/);

    await page.keyboard.press('Tab');
    await expect.poll(() => focusedId(page)).toBe('dismiss-message');
    await page.keyboard.press('Enter');
    await expect.poll(async () => (await shown(page)).onScreen).toBe(false);
    expect((await shown(page)).inTree).toBe(false);
    await expect.poll(() => focusedId(page)).toBe('editor');

    await importFile(page, 'kaputt.json', '{ "schemaVersion": 2, ');
    await expect.poll(async () => (await shown(page)).onScreen).toBe(true);
    await expect.poll(() => focusedId(page)).toBe('admin-message');
    await context.close();
  });
});
