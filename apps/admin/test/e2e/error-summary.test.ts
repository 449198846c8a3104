import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axNodeOf, axNodesOf, normalised } from './accessibility-tree.js';
import { exportedJson, focusedId, importFile, lastAnnounced, openFreshApp, storedDocument, useBrowser } from './harness.js';

/**
 * An incomplete draft: a permanent line counts the problems and opens an error summary whose links
 * focus the fields; nothing the person entered is changed on the way (WCAG 3.3.1, 3.3.3, 3.3.7).
 */
const env = useBrowser();

/** The error summary's link names as the browser's accessibility tree has them. */
const linkNames = async (page: Page) => (await axNodesOf(page, '#admin-message a')).map((node) => normalised(node.name));

describe('the error summary', () => {
  it('counts the problems, lists them with links to the fields, and keeps every value entered', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    expect(await page.locator('#problem-count').count()).toBe(0);

    await page.locator('#field-hero-title').fill('');
    await page.locator('#field-contact-email').fill('kein-at-zeichen');
    await page.locator('#field-mission-items-0-title').fill('   ');
    await page.locator('#field-hero-subtitle').fill('Bleibt stehen');

    const line = page.locator('#problem-count');
    await expect.poll(() => line.textContent()).toMatch(/^\s*3 Angaben müssen noch korrigiert werden\s+—\s+Angaben anzeigen\s*$/);
    // The button is named by what it shows, also alone in a screen reader's list of buttons.
    expect((await axNodeOf(page, '#show-problems')).name).toBe('Angaben anzeigen');
    await page.locator('#show-problems').click();

    const summary = page.locator('#admin-message');
    await expect.poll(() => focusedId(page)).toBe('admin-message');
    expect(await summary.locator('h2').textContent()).toBe('3 Angaben müssen noch korrigiert werden');
    // Focus lands on the summary: a screen reader says its heading there, not just "group" or nothing.
    const focusedSummary = await axNodeOf(page, '#admin-message');
    expect(focusedSummary.role).toBe('group');
    expect(focusedSummary.name).toBe('3 Angaben müssen noch korrigiert werden');
    expect(await summary.getByRole('link').count()).toBe(3);
    const link = summary.getByRole('link', { name: 'Titel: Bitte ausfüllen.' }).first();
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
    await expect.poll(() => line.textContent()).toMatch(/2 Angaben müssen noch korrigiert werden/);
    expect(await summary.getByRole('link').count()).toBe(2);
    await context.close();
  });

  it('opens by keyboard and its links work by keyboard', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    await page.locator('#field-hero-title').fill('');
    await expect.poll(() => page.locator('#problem-count').textContent()).toMatch(/1 Angabe muss noch korrigiert werden\s+—\s+Angabe anzeigen\s*$/);
    await page.locator('#show-problems').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('admin-message');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await focusedId(page)).toBe('field-hero-title');
    await context.close();
  });

  it('names the items around each field, so that links of the same label can be told apart', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const document = (await storedDocument(page))!.document;
    const [firstGroup, secondGroup] = document.keyFigures.groups;
    await page.locator('#field-keyFigures-groups-0-figures-0-label').fill('');
    await page.locator('#field-keyFigures-groups-1-figures-0-label').fill('');
    await page.locator('#field-sources-items-0-href').fill('javascript:alert(1)');
    await page.locator('#field-sources-items-1-href').fill('javascript:alert(1)');
    await page.locator('#field-mission-items-0-title').fill('');
    await page.locator('#field-mission-items-1-title').fill('');
    await page.locator('#field-positionings-items-0-dimensions-1-title').fill('');
    await page.locator('#field-publications-items-0-href').fill('javascript:alert(1)');
    await page.locator('#show-problems').click();
    await expect.poll(() => focusedId(page)).toBe('admin-message');

    const names = await linkNames(page);
    const empty = 'Bitte ausfüllen.';
    const link = (await page.locator('#field-sources-items-0-href-error').textContent())!.replace(/^Fehler:\s*/, '').trim();
    expect(names).toEqual([
      `Gruppe 1 (${firstGroup!.heading}), Kennzahl 1, Bezeichnung: ${empty}`,
      `Gruppe 2 (${secondGroup!.heading}), Kennzahl 1, Bezeichnung: ${empty}`,
      // The example's first source says "(2024/2025)": inside the item's parentheses those become brackets.
      `Quelle 1 (${document.sources.items[0]!.text.replace('(2024/2025)', '[2024/2025]')}), Link: ${link}`,
      `Quelle 2 (${document.sources.items[1]!.text}), Link: ${link}`,
      `Leitsatz 1, Titel: ${empty}`,
      `Leitsatz 2, Titel: ${empty}`,
      `Positionierung 1 (${document.positionings.items[0]!.heading}), Dimension 2, Titel: ${empty}`,
      `Publikation 1 (${document.publications.items[0]!.title}), Link: ${link}`,
    ]);
    expect(new Set(names).size).toBe(names.length);
    await context.close();
  });

  it('follows the problems after publishing was refused: fixed entries leave it, and once none is left a status says so', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    await page.locator('#field-organisation-city').fill('');
    await page.locator('#field-hero-title').fill('');
    await page.locator('#field-contact-email').fill('kein-at-zeichen');
    await page.locator('#publish').click();
    const heading = page.locator('#admin-message h2');
    await expect.poll(() => heading.textContent()).toBe('Veröffentlichen: Bitte zuerst 3 Angaben korrigieren');
    expect(await linkNames(page)).toContain('Stadt: Bitte ausfüllen.');

    await page.locator('#field-organisation-city').fill('Musterstadt');
    await expect.poll(() => heading.textContent()).toBe('Veröffentlichen: Bitte zuerst 2 Angaben korrigieren');
    expect(await linkNames(page)).toEqual(['Titel: Bitte ausfüllen.', expect.stringMatching(/^E-Mail-Adresse: /)]);

    await page.locator('#field-hero-title').fill('Wieder da');
    await page.locator('#field-contact-email').fill('team@example.org');
    await expect.poll(() => heading.textContent()).toBe('Alle Angaben sind in Ordnung');
    expect(await page.locator('#admin-message').innerText()).toContain('„Veröffentlichen“ ist jetzt möglich.');
    expect(await page.locator('#admin-message a').count()).toBe(0);
    // Said politely, and focus stays in the field just corrected.
    await expect.poll(() => lastAnnounced(page)).toBe('Alle Angaben sind in Ordnung. „Veröffentlichen“ ist jetzt möglich.');
    expect(await focusedId(page)).toBe('field-contact-email');
    // Nothing there is an error any more.
    expect(await page.locator('#admin-message').getAttribute('class')).not.toContain('admin-message-error');
    await context.close();
  });

  it("shows a logo's alt text that is too long at its field, and the summary's link leads there", async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const strategy = JSON.parse(await exportedJson(page));
    // A one-pixel PNG, and an alt text over the 300 characters a short text may have.
    strategy.organisation.logo = {
      src: 'data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
      alt: 'Logo '.repeat(61),
    };
    await importFile(page, 'mit-logo.json', JSON.stringify(strategy));
    const alt = page.locator('#field-organisation-logo-alt');
    await expect.poll(() => alt.getAttribute('aria-invalid')).toBe('true');
    expect(normalised((await axNodeOf(page, '#field-organisation-logo-alt')).description)).toContain('Fehler: Bitte auf höchstens 300 Zeichen kürzen; jetzt sind es 305.');

    await page.locator('#show-problems').click();
    const link = page.locator('#admin-message').getByRole('link', { name: /Alternativtext des Logos/ });
    await link.click();
    await expect.poll(() => focusedId(page)).toBe('field-organisation-logo-alt');
    await context.close();
  });

  it("leads from a logo source that is not an image to the file button that replaces it, where the error is shown", async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const strategy = JSON.parse(await exportedJson(page));
    // A mail address where the image belongs, and an alt text that is too long: two problems in one group.
    strategy.organisation.logo = { src: 'mailto:logo@example.org', alt: 'Logo '.repeat(61) };
    await importFile(page, 'fremdes-logo.json', JSON.stringify(strategy));
    const file = page.locator('#field-organisation-logo-file');
    await expect.poll(() => file.getAttribute('aria-invalid')).toBe('true');

    await page.locator('#show-problems').click();
    const links = page.locator('#admin-message').getByRole('link');
    await expect.poll(() => links.count()).toBe(2);
    await links.filter({ hasNotText: 'Alternativtext' }).click();
    await expect.poll(() => focusedId(page)).toBe('field-organisation-logo-file');
    await links.filter({ hasText: 'Alternativtext' }).click();
    await expect.poll(() => focusedId(page)).toBe('field-organisation-logo-alt');
    await context.close();
  });
});
