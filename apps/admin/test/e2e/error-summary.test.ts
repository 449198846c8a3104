import { describe, expect, it } from 'vitest';
import { axNodeOf } from './accessibility-tree.js';
import { focusedId, openFreshApp, useBrowser } from './harness.js';

/**
 * An incomplete draft: a permanent line counts the problems and opens an error summary whose links
 * focus the fields; nothing the person entered is changed on the way (WCAG 3.3.1, 3.3.3, 3.3.7).
 */
const env = useBrowser();

describe('the error summary', () => {
  it('counts the problems, lists them with links to the fields, and keeps every value entered', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    expect(await page.locator('#problem-count').count()).toBe(0);

    await page.locator('#field-hero-title').fill('');
    await page.locator('#field-contact-email').fill('kein-at-zeichen');
    await page.locator('#field-mission-items-0-title').fill('   ');
    await page.locator('#field-hero-subtitle').fill('Bleibt stehen');

    const line = page.locator('#problem-count');
    await expect.poll(() => line.textContent()).toMatch(/^\s*3 Angaben sind noch unvollständig\s+—\s+anzeigen\s*$/);
    await page.locator('#show-problems').click();

    const summary = page.locator('#admin-message');
    await expect.poll(() => focusedId(page)).toBe('admin-message');
    expect(await summary.locator('h2').textContent()).toBe('3 Angaben sind noch unvollständig');
    // Focus lands on the summary: a screen reader says its heading there, not just "group" or nothing.
    const focusedSummary = await axNodeOf(page, '#admin-message');
    expect(focusedSummary.role).toBe('group');
    expect(focusedSummary.name).toBe('3 Angaben sind noch unvollständig');
    expect(await summary.getByRole('link').count()).toBe(3);
    const link = summary.getByRole('link', { name: 'Titel: Darf nicht leer sein.' }).first();
    expect(await link.getAttribute('href')).toBe('#field-hero-title');

    await link.click();
    expect(await focusedId(page)).toBe('field-hero-title');
    // The field says what is wrong, tied to it.
    expect(await page.locator('#field-hero-title').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#field-hero-title').getAttribute('aria-describedby')).toContain('field-hero-title-error');

    expect(await page.locator('#field-hero-title').inputValue()).toBe('');
    expect(await page.locator('#field-contact-email').inputValue()).toBe('kein-at-zeichen');
    expect(await page.locator('#field-mission-items-0-title').inputValue()).toBe('   ');
    expect(await page.locator('#field-hero-subtitle').inputValue()).toBe('Bleibt stehen');

    // Fixed, the count and the summary follow.
    await page.locator('#field-hero-title').fill('Wieder da');
    await expect.poll(() => line.textContent()).toMatch(/2 Angaben sind noch unvollständig/);
    expect(await summary.getByRole('link').count()).toBe(2);
    await context.close();
  });

  it('opens by keyboard and its links work by keyboard', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    await page.locator('#field-hero-title').fill('');
    await page.locator('#show-problems').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('admin-message');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe('field-hero-title');
    await context.close();
  });
});
