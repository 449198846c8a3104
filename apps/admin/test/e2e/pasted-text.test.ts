import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axNodeOf, normalised } from './accessibility-tree.js';
import { focusedId, lastAnnounced, openFreshApp, storedDocument, useBrowser } from './harness.js';

/**
 * Text as it comes from a slide, a PDF, a mail signature or a browser's address bar: with a "%" or a
 * real minus sign, invisible characters and spaces nobody sees, an address in angle brackets. What
 * means nothing is left out as it is stored; what needs a decision gets a message that offers it.
 */
const env = useBrowser();

const figure = (index: number) => `#field-keyFigures-groups-0-figures-${index}`;
const storedFigure = async (page: Page, index: number) => (await storedDocument(page))!.document.keyFigures.groups[0]!.figures[index]!;
const invalid = (page: Page, field: string) => page.locator(field).getAttribute('aria-invalid');
const description = async (page: Page, field: string) => normalised((await axNodeOf(page, field)).description ?? '');

describe('pasted text', () => {
  it('reads a figure with "%", a minus sign or invisible characters between its digits as the number it shows', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    // A figure in percent: "45 %" is 45.
    await page.locator(`${figure(2)}-value`).fill('45 %');
    await expect.poll(async () => (await storedFigure(page, 2)).value).toBe(45);
    expect(await invalid(page, `${figure(2)}-value`)).toBeNull();
    // As the kit's own tiles write figures (a minus sign, zero-width spaces after the group marks) and word processors (a dash).
    for (const [typed, value] of [['−5', -5], ['–7', -7], ['1.600.\u200b000', 1_600_000], ['\ufeff90.000\u200e', 90_000]] as const) {
      await page.locator(`${figure(1)}-value`).fill(typed);
      await expect.poll(async () => (await storedFigure(page, 1)).value, { message: typed }).toBe(value);
      expect(await invalid(page, `${figure(1)}-value`), typed).toBeNull();
    }
    await context.close();
  });

  it('asks for the unit when a count is typed with "%", and takes the number once "Prozent" is chosen', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const before = (await storedFigure(page, 0)).value;
    await page.locator(`${figure(0)}-value`).fill('70 %');
    await expect.poll(() => invalid(page, `${figure(0)}-value`)).toBe('true');
    expect(await description(page, `${figure(0)}-value`)).toContain(
      'Fehler: Das Prozentzeichen gehört nicht in den Wert: Bitte unter „Einheit“ „Prozent (%)“ wählen; die Zahl wird dann gespeichert.',
    );
    expect((await storedFigure(page, 0)).value).toBe(before);

    await page.locator(`${figure(0)}-unit`).selectOption('percent');
    await expect.poll(async () => (await storedFigure(page, 0)).value).toBe(70);
    expect((await storedFigure(page, 0)).unit).toBe('percent');
    await expect.poll(() => invalid(page, `${figure(0)}-value`)).toBeNull();
    expect(await page.locator(`${figure(0)}-value`).inputValue()).toBe('70 %');

    // One step: Undo brings back the unit and the value before, and "70 %" waiting in the field.
    await page.locator('#undo').click();
    await expect.poll(async () => (await storedFigure(page, 0)).unit).toBe('none');
    expect((await storedFigure(page, 0)).value).toBe(before);
    expect(await page.locator(`${figure(0)}-value`).inputValue()).toBe('70 %');
    expect(await invalid(page, `${figure(0)}-value`)).toBe('true');
    await context.close();
  });

  it('stores a date, a count, an e-mail address and a phone number without the spaces and invisible characters that came along', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const cases = [
      ['#field-hero-date', '2025-06-03 ', '2025-06-03'],
      ['#field-publications-items-0-pages', '\u200b 48\u00a0', '48'],
      // Not rewritten as "team@xn--mnchen-3ya.de", as Chromium does in an e-mail input.
      ['#field-contact-email', 'team@münchen.de\u202f', 'team@münchen.de'],
      ['#field-contact-phone', '+49\u00a089\u00a0233\u201112345', '+49\u00a089\u00a0233\u201112345'],
    ] as const;
    for (const [field, typed] of cases) await page.locator(field).fill(typed);
    const stored = async () => {
      const { hero, publications, contact } = (await storedDocument(page))!.document;
      return [hero.date, publications.items[0]!.pages, contact.email, contact.phone];
    };
    await expect.poll(stored).toEqual(cases.map(([, , kept]) => kept));
    for (const [field, typed] of cases) {
      expect(await invalid(page, field), field).toBeNull();
      expect(await page.locator(field).inputValue(), field).toBe(typed);
    }
    // Typed key by key, the space after "+49" stays: the field shows what was typed, not what is stored.
    await page.locator('#field-contact-phone').fill('');
    await page.locator('#field-contact-phone').pressSequentially('+49 89 233', { delay: 30 });
    await expect.poll(async () => (await storedDocument(page))!.document.contact.phone).toBe('+49 89 233');
    expect(await page.locator('#field-contact-phone').inputValue()).toBe('+49 89 233');
    await context.close();
  });

  it('offers the address meant for a link pasted in angle brackets, as a mail program copies it', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.url).origin });
    const field = '#field-sources-items-0-href';
    await page.evaluate(() => navigator.clipboard.writeText('<https://www.muenchen.de/digital>'));
    await page.locator(field).fill('');
    await page.locator(field).focus();
    await page.keyboard.press('Control+V');
    await expect.poll(() => invalid(page, field)).toBe('true');
    expect(await page.locator(field).inputValue()).toBe('<https://www.muenchen.de/digital>');
    expect(await description(page, field)).toContain(
      'Fehler: Bitte die Adresse ohne die Klammern oder Anführungszeichen drumherum eintragen: https://www.muenchen.de/digital',
    );
    await context.close();
  });

  it('makes a pasted list one entry per line, without its bullets and numbers, in one step for Undo', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.url).origin });
    const terms = async () => (await storedDocument(page))!.document.sovereignty.terms;
    const before = await terms();
    // As PowerPoint and Word give a list as text: bullets, dashes, a bullet followed by a tab (numbers: see listLines' tests).
    await page.evaluate(() => navigator.clipboard.writeText('• Offen\r\n– Sicher\n\n* Fair\n•\tNah '));
    const first = page.locator('#field-sovereignty-terms-0');
    await first.fill('Sehr ');
    await first.focus();
    await page.keyboard.press('End');
    await page.keyboard.press('Control+V');
    await expect.poll(terms).toEqual(['Sehr Offen', 'Sicher', 'Fair', 'Nah', ...before.slice(1)]);
    // Focus is on the last entry pasted, its caret after the pasted text; the count is said.
    expect(await focusedId(page)).toBe('field-sovereignty-terms-3');
    expect(await page.locator('#field-sovereignty-terms-3').evaluate((input: HTMLInputElement) => input.selectionStart)).toBe(3);
    await expect.poll(() => lastAnnounced(page)).toBe('4 Einträge eingefügt.');

    // One step back is the list before the paste (with the typed "Sehr ").
    await page.locator('#undo').click();
    await expect.poll(terms).toEqual(['Sehr ', ...before.slice(1)]);

    // One line with a bullet loses the bullet; one without is the browser's own paste.
    await page.evaluate(() => navigator.clipboard.writeText('• Bewertung anpassen'));
    await first.fill('');
    await first.focus();
    await page.keyboard.press('Control+V');
    await expect.poll(async () => (await terms())[0]).toBe('Bewertung anpassen');
    expect(await terms()).toHaveLength(before.length);
    await context.close();
  });

  it('makes the cells of a pasted table row spaces in a one-line field, and says that a text area is one paragraph once it holds line breaks', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(env.url).origin });
    await page.evaluate(() => navigator.clipboard.writeText('Open Source\tInteroperabilität\tDatensouveränität'));
    await page.locator('#field-hero-title').fill('');
    await page.locator('#field-hero-title').focus();
    await page.keyboard.press('Control+V');
    await expect.poll(async () => (await storedDocument(page))!.document.hero.title).toBe('Open Source Interoperabilität Datensouveränität');

    const keyMessage = '#field-keyMessage';
    expect(await description(page, keyMessage)).not.toContain('Absatz');
    await page.locator(keyMessage).fill('Erster Absatz.\nZweiter Absatz.');
    await expect.poll(() => description(page, keyMessage)).toBe('Der Text ist ein Absatz: Seite und Folie zeigen Zeilenumbrüche als Leerzeichen.');
    expect(await page.locator(`${keyMessage}-breaks`).isVisible()).toBe(true);
    // Below the text area: the first line break did not move it.
    expect(await page.locator(`${keyMessage}-breaks`).evaluate((note) => note.previousElementSibling?.id)).toBe('field-keyMessage');
    await page.locator(keyMessage).fill('Ein Absatz.');
    await expect.poll(() => description(page, keyMessage)).toBe('');
    await context.close();
  });
});
