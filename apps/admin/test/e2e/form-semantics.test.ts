import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axNodeOf, axNodesOf, includedAxNodes, normalised } from './accessibility-tree.js';
import { openFreshApp, storedDocument, useBrowser } from './harness.js';

/**
 * The form as Chromium hands it to a screen reader (the accessibility tree over CDP, not the
 * markup): every control named by exactly the words its label shows (1.3.1, 2.5.3, 4.1.2) — a list
 * entry's buttons by their short label followed by the entry ("Nach oben: „Titel“") — hints
 * and errors as its description, "Pflichtfeld" in words on exactly the fields that must not stay
 * empty, errors tied to their fields (3.3.1, 3.3.3), one h1 and named landmarks (1.3.1, 2.4.1).
 */
const env = useBrowser();

/** Every operable element the page shows now, outside closed dialogs. */
const operable = 'a[href], button, input, select, textarea';

/**
 * For each element `operable` matches, in document order: whether it is shown, the words a sighted
 * person reads as its name (its label without the control inside it, or its own text), and the hint
 * and error texts shown beside it in its field.
 */
function shownWords(page: Page) {
  return page.evaluate((selector) => {
    const text = (node: Node): string =>
      node.nodeType === Node.TEXT_NODE
        ? (node.textContent ?? '')
        : node instanceof Element && node.matches('input, select, textarea')
          ? ''
          : [...node.childNodes].map(text).join('');
    return [...document.querySelectorAll<HTMLElement>(selector)].map((element) => {
      const control = element as HTMLInputElement;
      const label = control.labels?.[0];
      // Hints and errors belong to the one control of their field (not to a text entry's buttons).
      const container = element.closest('.admin-field, .admin-text-entry, .admin-import');
      const field = container?.querySelector('input:not([hidden]), select, textarea, button') === element ? container : null;
      return {
        key: element.id ? `#${element.id}` : `${element.tagName.toLowerCase()} "${element.textContent?.trim().slice(0, 40)}"`,
        shown: element.checkVisibility(),
        visibleName: (label ? text(label) : text(element)).replace(/\s+/g, ' ').trim(),
        notes: field ? [...field.querySelectorAll('.admin-hint, .admin-import-hint, .admin-error')].map((note) => note.textContent!.replace(/\s+/g, ' ').trim()) : [],
      };
    });
  }, operable);
}

describe('the form in the accessibility tree', () => {
  it('names every control by exactly the words its label shows, and describes it by the hint and error beside it', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    // Errors, the error summary's links and the number field's own check are on screen too.
    await page.locator('#field-hero-title').fill('');
    await page.locator('#field-keyFigures-groups-0-figures-0-value').fill('ca. 1,6');
    await page.locator('#field-sovereignty-terms-0').fill('');
    await page.locator('#show-problems').click();
    // Three: the number field's "ca. 1,6" is not a number yet, a problem like the others.
    await expect.poll(() => page.locator('#admin-message a').count()).toBe(3);

    const words = await shownWords(page);
    const nodes = await axNodesOf(page, operable);
    expect(nodes.length).toBe(words.length);
    const problems: string[] = [];
    let checked = 0;
    words.forEach((shown, index) => {
      if (!shown.shown) return;
      const node = nodes[index]!;
      checked += 1;
      if (!node.included) problems.push(`${shown.key}: shown, but not in the accessibility tree`);
      else if (node.name === '') problems.push(`${shown.key}: no accessible name`);
      // A list entry's buttons show a short label ("Nach oben"); their name adds the entry after it, "Nach oben: „Titel“" (2.5.3).
      // So does the add button of a list inside an item: "Kennzahl hinzufügen in „Gruppe 1 (NUTZER*INNEN)“".
      else if (
        node.name !== shown.visibleName &&
        !(/-(up|down|remove)$/.test(shown.key) && node.name.startsWith(`${shown.visibleName}: „`)) &&
        !(/-add$/.test(shown.key) && node.name.startsWith(`${shown.visibleName} in „`))
      )
        problems.push(`${shown.key}: named "${node.name}", shows "${shown.visibleName}"`);
      for (const note of shown.notes) {
        if (!normalised(node.description).includes(note)) problems.push(`${shown.key}: "${note}" is shown beside it, its description is "${node.description}"`);
      }
    });
    expect(problems).toEqual([]);
    // The whole screen was checked: the form alone has a few hundred controls.
    expect(checked).toBeGreaterThan(300);
    await context.close();
  });

  it('names no two add buttons alike: one in a list inside an item names the item', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const names = (await axNodesOf(page, '#editor .admin-button-add')).map((node) => node.name);
    expect(names.length).toBeGreaterThan(20);
    expect(names.filter((name, index) => names.indexOf(name) !== index), 'names given twice').toEqual([]);
    expect(names).toContain('Kennzahl hinzufügen in „Gruppe 2 (VERWALTUNG)“');
    expect(names).toContain('Gruppe hinzufügen');
    expect(names).toContain('Begriff hinzufügen');
    await context.close();
  });

  it('says "Pflichtfeld" in words on exactly the fields that must not stay empty, and never marks one by "*"', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    // Empty every text the form holds, as a person deleting each would.
    await page.evaluate(() => {
      for (const control of document.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>('#editor input[data-kind="text"], #editor input[data-kind="number"], #editor textarea')) {
        control.value = '';
        control.dispatchEvent(new Event('input', { bubbles: true }));
      }
    });
    await expect.poll(() => page.locator('#field-hero-title').getAttribute('aria-invalid')).toBe('true');

    const selector = '#editor input[data-kind="text"], #editor input[data-kind="number"], #editor textarea';
    const nodes = await axNodesOf(page, selector);
    const ids = await page.locator(selector).evaluateAll((controls) => controls.map((control) => control.id));
    const mismatches = nodes.flatMap((node, index) => {
      const saysRequired = node.name.includes('(Pflichtfeld)');
      const refusedEmpty = node.properties.invalid === 'true';
      if (saysRequired === refusedEmpty) return [];
      return [`#${ids[index]} "${node.name}": ${refusedEmpty ? 'refused empty, yet not marked' : 'marked, yet may be empty'}`];
    });
    expect(mismatches).toEqual([]);
    // A star is a gender star ("Bürger*innen" in a figure's label), never the mark of a required field.
    expect(nodes.filter((node) => /\*\s*$|\*\)/.test(node.name)).map((node) => node.name)).toEqual([]);
    expect(nodes.filter((node) => node.name.includes('(Pflichtfeld)')).length).toBeGreaterThan(50);
    await context.close();
  });

  it('ties each error to its field: invalid, described by "Fehler:" and how to fix it, with what was entered kept', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const cases: { field: string; entered: string; says: string; error?: string }[] = [
      { field: '#field-hero-title', entered: '', says: 'Bitte ausfüllen.' },
      { field: '#field-hero-date', entered: '03.06.2025', says: 'Bitte ein Datum wie 2025, 2025-06 oder 2025-06-03 eintragen.' },
      { field: '#field-contact-email', entered: 'kein-at-zeichen', says: 'Bitte eine E-Mail-Adresse wie name@example.org eintragen.' },
      { field: '#field-keyFigures-groups-0-figures-0-value', entered: 'ca. 1,6', says: 'Geben Sie eine Zahl ein, zum Beispiel 1600000, 1,6 Mio. oder 49,5; „rund“ oder „mehr als“ wählen Sie unter „Genauigkeit“.' },
      { field: '#field-sovereignty-terms-1', entered: '  ', says: 'Bitte ausfüllen.' },
    ];
    for (const { field, entered } of cases) await page.locator(field).fill(entered);
    // A file that is not an image, chosen as the logo.
    await page.locator('#field-organisation-logo-file').setInputFiles({ name: 'logo.txt', mimeType: 'text/plain', buffer: Buffer.from('kein Bild') });
    cases.push({ field: '#field-organisation-logo-file', error: '#field-organisation-logo-error', entered: '', says: 'Wählen Sie ein Bild im Format PNG, JPEG, WebP, GIF oder SVG mit höchstens 1 MB.' });

    for (const { field, entered, says, error = `${field}-error` } of cases) {
      await expect.poll(async () => (await axNodeOf(page, field)).properties.invalid, { message: field }).toBe('true');
      const node = await axNodeOf(page, field);
      expect(normalised(node.description), field).toContain(`Fehler: ${says}`);
      // The words are on screen beside the field too, not only read out.
      expect(await page.locator(error).isVisible(), field).toBe(true);
      expect(normalised(await page.locator(error).innerText()), field).toContain(says);
      expect(await page.locator(field).inputValue(), field).toBe(entered);
    }

    // Put right, the field is no longer invalid and its description no longer speaks of an error.
    await page.locator('#field-hero-title').fill('Wieder da');
    await expect.poll(async () => (await axNodeOf(page, '#field-hero-title')).properties.invalid).not.toBe('true');
    expect((await axNodeOf(page, '#field-hero-title')).description).not.toContain('Fehler');
    await context.close();
  });

  it('refuses an empty image file as the logo, says why, and keeps the logo as it was', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const before = (await storedDocument(page))!.document.organisation.logo;
    await page.locator('#field-organisation-logo-file').setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: Buffer.alloc(0) });
    await expect.poll(() => page.locator('#field-organisation-logo-error').textContent()).toContain('Die Datei ist leer.');
    expect((await storedDocument(page))!.document.organisation.logo).toEqual(before);
    await context.close();
  });

  it('keeps the browser from filling in the editor’s own address: the contact fields are the document’s, not the person’s (1.3.5)', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    // The app asks nothing about the person using it (no sign-in, no profile): no field may carry a
    // personal autocomplete purpose, and the contact block of the published page must not be autofilled.
    const purposes = await page.locator('#editor input, #editor textarea, #editor select').evaluateAll((controls) =>
      controls.map((control) => (control as HTMLInputElement).autocomplete).filter((value) => value !== '' && value !== 'off'),
    );
    expect(purposes).toEqual([]);
    for (const field of ['#field-contact-name', '#field-contact-email', '#field-contact-phone']) {
      expect(await page.locator(field).evaluate((control: HTMLInputElement) => control.autocomplete), field).toBe('off');
    }
    await context.close();
  });

  it('shows the h1 as it is read: every word of its accessible name is visible', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const heading = await axNodeOf(page, 'h1');
    expect(heading.name).toBe('Strategie bearbeiten – Landeshauptstadt München');
    // The text of every element in the h1 that is drawn at a readable size: nothing read out is hidden from sight.
    const shown = await page.locator('h1').evaluate((h1) => {
      const walker = document.createTreeWalker(h1, NodeFilter.SHOW_TEXT);
      const parts: string[] = [];
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const box = node.parentElement!.getBoundingClientRect();
        if (box.width > 1 && box.height > 1 && node.parentElement!.checkVisibility()) parts.push(node.textContent ?? '');
      }
      return parts.join('');
    });
    expect(normalised(shown)).toBe(heading.name);
    await context.close();
  });

  it('has one h1, one banner, one main, a few named landmarks, and the form sections as h3 under the panels\' h2', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const nodes = await includedAxNodes(page);
    const withRole = (role: string) => nodes.filter((node) => node.role === role);
    expect(withRole('heading').filter((node) => node.properties.level === 1).map((node) => node.name)).toEqual(['Strategie bearbeiten – Landeshauptstadt München']);
    expect(withRole('banner').length).toBe(1);
    expect(withRole('main').length).toBe(1);
    // Links only in the navigation; the document's commands are a region of their own.
    expect(withRole('navigation').map((node) => node.name)).toEqual(['Abschnitte']);
    // Few landmarks, each found by its name: not one per form section (sixteen more), which the
    // section links and the h3 headings reach.
    expect(withRole('region').map((node) => node.name)).toEqual(['Befehle und Status', 'Inhalt', 'Vorschau']);
    // A region named as a form section ("Dokument") would be two places of one name in a screen reader's lists.
    const sectionNames = withRole('link').map((node) => node.name);
    expect(sectionNames).toContain('Dokument');
    expect(withRole('region').filter((node) => sectionNames.includes(node.name))).toEqual([]);
    const headings = withRole('heading').map((node) => [node.properties.level, node.name]);
    expect(headings).toEqual(expect.arrayContaining([[2, 'Inhalt'], [3, 'Organisation und Marke'], [3, 'Kennzahlen'], [3, 'Kontakt'], [2, 'Vorschau']]));
    const levels = headings.map(([level]) => level as number);
    expect(levels.every((level, index) => index === 0 || level <= levels[index - 1]! + 1), 'no heading level is skipped').toBe(true);
    await context.close();
  });
});
