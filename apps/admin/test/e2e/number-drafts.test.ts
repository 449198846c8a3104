import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { axNodesOf, normalised } from './accessibility-tree.js';
import { exportedJson, openApp, openFreshApp, storedDocument, unzipToFolder, useBrowser } from './harness.js';

/**
 * A number field holding text that is not a number yet ("2.000.000,5x", "ca. 1,6") is a problem
 * like any other: counted, listed in the error summary, and publishing is refused while it stands —
 * the value before it, which the form no longer shows, is never published. The text stays through a
 * reload, and an export says that the file holds the value before it.
 */
const env = useBrowser();
const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

const firstValue = '#field-keyFigures-groups-0-figures-0-value';
const secondValue = '#field-keyFigures-groups-1-figures-0-value';

/**
 * Clicks "Veröffentlichen" and returns the published index.html, or undefined when nothing was
 * downloaded within `timeout` (a second, for a refusal; give more where a site is expected).
 */
async function publishedIndex(page: Page, timeout = 1000): Promise<string | undefined> {
  // Waited for as long again as the question may take to come.
  const download = page.waitForEvent('download', { timeout: 2 * timeout }).catch(() => undefined);
  await page.locator('#publish').click();
  // A document with problems is refused before the question: no dialog then. (The example's
  // placeholder addresses are asked about: answered, see `publishAnyway`.)
  const question = page.locator('admin-publish-button dialog[open]');
  if (await question.waitFor({ timeout }).then(() => true, () => false)) await question.locator('#publish-anyway').click();
  const started = await download;
  if (!started) return undefined;
  const folder = await unzipToFolder(new Uint8Array(await readFile(await started.path())));
  folders.push(folder);
  return readFile(join(folder, 'index.html'), 'utf8');
}

/** The permanent line's count, as it reads now ("1 Angabe muss noch korrigiert werden"), or null when there is none. */
const countLine = (page: Page) => page.evaluate(() => document.querySelector('#problem-count-text')?.textContent ?? null);

/** The error summary's link names as the browser's accessibility tree has them. */
const linkNames = async (page: Page) => (await axNodesOf(page, '#admin-message a')).map((node) => normalised(node.name));

describe('a number field that is not a number yet', () => {
  it('stops publishing, is counted and listed; what is published is what the form shows', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const stored = (await storedDocument(page))!.document.keyFigures.groups[0]!.figures[0]!;

    await page.locator(firstValue).fill('2.000.000,5x');
    expect(await page.locator(firstValue).getAttribute('aria-invalid')).toBe('true');
    expect(await publishedIndex(page), 'published while the field shows "2.000.000,5x"').toBeUndefined();
    await expect.poll(() => countLine(page)).toBe('1 Angabe muss noch korrigiert werden');
    await expect.poll(() => page.locator('#admin-message h2').textContent()).toBe('Veröffentlichen: Bitte zuerst 1 Angabe korrigieren');
    expect(await linkNames(page)).toEqual([
      `Gruppe 1 (NUTZER*INNEN), Kennzahl 1 (${stored.label}), Wert: Geben Sie eine Zahl ein, zum Beispiel 1600000, 1,6 Mio. oder 49,5; „rund“ oder „mehr als“ wählen Sie unter „Genauigkeit“. Bis dahin bleibt der vorige Wert 1600000 gespeichert.`,
    ]);

    // The document keeps the value before it; an export holds that value and says so.
    expect((await storedDocument(page))!.document.keyFigures.groups[0]!.figures[0]!.value).toBe(stored.value);
    expect(JSON.parse(await exportedJson(page)).keyFigures.groups[0].figures[0].value).toBe(stored.value);
    // Shown, not only announced: the file differs from what the form shows.
    await expect.poll(() => page.locator('#admin-message-heading').innerText()).toBe(
      'Das Dokument wird als Datei heruntergeladen. 1 Feld enthält noch keine Zahl: Die Datei enthält dort den vorigen Wert.',
    );
    expect(await page.locator('#admin-message').isVisible()).toBe(true);

    // A number again: the count goes, and the figure published is the one the form shows.
    await page.locator(firstValue).fill('2000000,5');
    await expect.poll(() => countLine(page)).toBeNull();
    expect(await publishedIndex(page)).toContain('value="2000000.5"');
    await context.close();
  });

  it('takes a short figure as the tiles show it, typed key by key: "1,6 Mio." is 1600000, never the 1,6 on the way', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    await page.locator(firstValue).fill('');
    await page.locator(firstValue).pressSequentially('1,2 Mio.', { delay: 30 });
    await expect.poll(async () => (await storedDocument(page))!.document.keyFigures.groups[0]!.figures[0]!.value).toBe(1_200_000);
    expect(await page.locator(firstValue).getAttribute('aria-invalid')).toBeNull();
    expect(await countLine(page)).toBeNull();
    await context.close();
  });

  it('of a key figure just added is empty, not a stand-in 0, and publishing asks for it', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const figures = await page.locator('[id^="field-keyFigures-groups-0-figures-"][id$="-value"]').count();
    await page.locator('#field-keyFigures-groups-0-figures-add').click();
    const newValue = `#field-keyFigures-groups-0-figures-${figures}-value`;
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(newValue.slice(1));
    expect(await page.locator(newValue).inputValue()).toBe('');

    expect(await publishedIndex(page), 'published with a figure nobody gave a value').toBeUndefined();
    await expect.poll(() => linkNames(page)).toContain(
      `Gruppe 1 (NUTZER*INNEN), Kennzahl ${figures + 1}, Wert: Geben Sie eine Zahl ein, zum Beispiel 1600000, 1,6 Mio. oder 49,5; „rund“ oder „mehr als“ wählen Sie unter „Genauigkeit“. Das Feld wird erst mit einer Zahl gespeichert.`,
    );

    // An export holds a number there (the format needs one), and says which: 0, not "the value before".
    expect(JSON.parse(await exportedJson(page)).keyFigures.groups[0].figures[figures].value).toBe(0);
    // Shown, not only announced: the file differs from what the form shows.
    await expect.poll(() => page.locator('#admin-message-heading').innerText()).toBe(
      'Das Dokument wird als Datei heruntergeladen. 1 neue Kennzahl hat noch keinen Wert: Die Datei enthält dort 0.',
    );
    expect(await page.locator('#admin-message').isVisible()).toBe(true);

    await page.locator(newValue).fill('12');
    await page.locator(`#field-keyFigures-groups-0-figures-${figures}-label`).fill('Neue Bürgerbüros');
    // With a source: a figure without one would first ask "Trotzdem veröffentlichen?".
    await page.locator(`#field-keyFigures-groups-0-figures-${figures}-sourceId`).selectOption({ index: 1 });
    await expect.poll(() => countLine(page)).toBeNull();
    expect(await publishedIndex(page, 20_000)).toContain('value="12"');
    await context.close();
  });

  it('keeps what was typed through a reload, with its error, its count, and publishing still refused', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    await page.locator(firstValue).fill('ca. 1,6');
    await expect.poll(() => page.locator(firstValue).getAttribute('aria-invalid')).toBe('true');

    await page.reload();
    await openApp(page, page.url());
    await expect.poll(() => page.locator(firstValue).inputValue()).toBe('ca. 1,6');
    expect(await page.locator(firstValue).getAttribute('aria-invalid')).toBe('true');
    expect(await countLine(page)).toBe('1 Angabe muss noch korrigiert werden');
    expect(await publishedIndex(page)).toBeUndefined();
    await context.close();
  });

  it('in English too, counts and lists every field that shows an error', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    await page.locator('#ui-language').selectOption('en');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.locator('#field-organisation-city').fill('');
    await page.locator(secondValue).fill('ca. 1,6');
    await expect.poll(() => countLine(page)).toBe('2 entries still need correcting');

    expect(await publishedIndex(page)).toBeUndefined();
    await expect.poll(() => page.locator('#admin-message h2').textContent()).toBe('Publish: please correct 2 entries first');
    const invalid = await page.locator('admin-strategy-form [aria-invalid="true"]').evaluateAll((fields) => fields.map((field) => `#${field.id}`));
    expect(invalid).toEqual(['#field-organisation-city', secondValue]);
    expect(await page.locator('#admin-message a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).hash))).toEqual(invalid);
    // What an item holds is the German document's text inside the English link: marked as German
    // (WCAG 3.1.2), so a screen reader says "Bürger*innen" as German, not in the English voice.
    const secondGroup = (await storedDocument(page))!.document.keyFigures.groups[1]!;
    expect(await linkNames(page)).toContain(
      `Group 2 (${secondGroup.heading}), Key figure 1 (${secondGroup.figures[0]!.label}), Value: Enter a number, for example 1600000, 1.6M or 49.5; choose “About” or “More than” under “Precision”. Until then the previous value, ${secondGroup.figures[0]!.value}, stays saved.`,
    );
    const documentTexts = await page.locator('#admin-message a span').evaluateAll((spans) => spans.map((span) => `${span.getAttribute('lang')}: ${span.textContent}`));
    expect(documentTexts).toEqual([`de: ${secondGroup.heading}`, `de: ${secondGroup.figures[0]!.label}`]);
    await context.close();
  });
});

describe('a number typed key by key', () => {
  // Each key is a separate input event, as a person types; `fill` would put the whole text at once.
  // On the way, "1,0" and "1.600" already read as numbers (1 and 1600); shown as stored, "1" and
  // "1600", the next keys made 15 and "1600.000" of them.
  it('keeps what is typed on the way ("1,0" to "1,05", "1.600" to "1.600.000"), and stores the number', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const storedValue = async () => (await storedDocument(page))?.document.keyFigures.groups[0]?.figures[0]?.value;
    const field = page.locator(firstValue);

    await field.fill('');
    await field.pressSequentially('1,05', { delay: 60 });
    await expect.poll(storedValue).toBe(1.05);
    expect(await field.inputValue()).toBe('1,05');

    await field.fill('');
    await field.pressSequentially('1.600.000', { delay: 60 });
    await expect.poll(storedValue).toBe(1_600_000);
    expect(await field.inputValue()).toBe('1.600.000');
    expect(await field.getAttribute('aria-invalid')).toBeNull();

    // In English the marks swap: "1.0" on the way to "1.05".
    await page.locator('#ui-language').selectOption('en');
    await field.fill('');
    await field.pressSequentially('1.05', { delay: 60 });
    await expect.poll(storedValue).toBe(1.05);
    expect(await field.inputValue()).toBe('1.05');

    // Undo puts the value before back, and the field shows it as stored.
    await page.locator('#undo').click();
    await expect.poll(() => field.inputValue()).not.toBe('1.05');
    const shown = await field.inputValue();
    await expect.poll(async () => String(await storedValue())).toBe(shown);
    await context.close();
  });
});
