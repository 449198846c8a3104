import { describe, expect, it } from 'vitest';
import { axNodeOf } from './accessibility-tree.js';
import { openFreshApp, useBrowser } from './harness.js';

/**
 * A new, empty list entry is not an error yet: greeting a person with "Darf nicht leer sein" in the
 * field they were just taken to is premature (errors show when asked for, as in GOV.UK's error pattern). The count
 * of open problems says it at once; the field says it once it was edited, or once the person opens
 * the error summary.
 */
const env = useBrowser();
const term = (index: number) => `#field-sovereignty-terms-${index}`;
const invalid = async (page: Parameters<typeof axNodeOf>[0], selector: string) => (await axNodeOf(page, selector)).properties.invalid === 'true';

describe('errors of new list entries', () => {
  it('wait until the entry is edited or the error summary is opened; the count says them at once', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const terms = await page.locator('#section-sovereignty .admin-text-entry').count();
    await page.locator('#field-sovereignty-terms-add').click();
    await page.locator('#field-sovereignty-terms-add').click();
    const [first, second] = [term(terms), term(terms + 1)];
    await page.locator(second).waitFor();

    // Counted at once, but neither new field calls itself wrong yet.
    await expect.poll(() => page.locator('#problem-count-text').textContent()).toBe('2 Angaben müssen noch korrigiert werden');
    expect(await invalid(page, first)).toBe(false);
    expect(await invalid(page, second)).toBe(false);
    expect((await axNodeOf(page, first)).description).not.toContain('Fehler');

    // Edited and left empty, the first says so; the untouched second still waits.
    await page.locator(first).fill('Souveränität');
    await page.locator(first).fill('');
    await expect.poll(() => invalid(page, first)).toBe(true);
    expect((await axNodeOf(page, first)).description).toContain('Fehler: Bitte ausfüllen.');
    expect(await invalid(page, second)).toBe(false);

    // Asked for, every error shows, at its field too.
    await page.locator('#show-problems').click();
    await expect.poll(() => invalid(page, second)).toBe(true);
    expect(await page.locator('#admin-message a').count()).toBe(2);
    await context.close();
  });

  it('show at once for entries that are no longer new: after a move or removal shifts positions', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const terms = await page.locator('#section-sovereignty .admin-text-entry').count();
    await page.locator('#field-sovereignty-terms-add').click();
    const added = term(terms);
    await page.locator(added).waitFor();
    expect(await invalid(page, added)).toBe(false);

    await page.locator(`${added}-up`).click();
    await expect.poll(() => invalid(page, term(terms - 1))).toBe(true);
    await context.close();
  });
});
