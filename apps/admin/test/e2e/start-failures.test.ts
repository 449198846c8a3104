import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumArgs, chromiumExecutable } from '../../../../tooling/chromium.js';
import { axeViolations } from './axe.js';
import { distFolder, newContext, openApp, serveFolder } from './harness.js';

/**
 * When the app cannot start, the page says why and what to do — instead of "Die Anwendung wird
 * geladen …" for good. Two causes a city meets: the app served over http:// on an intranet (not a
 * secure page, so no Web Locks), and a browser that refuses the page storage.
 */
const insecureHost = 'strategie-editor.intranet.test';
let server: Awaited<ReturnType<typeof serveFolder>>;
let browser: Browser;

beforeAll(async () => {
  server = await serveFolder(distFolder);
  // The host name resolves to the local server, but it is not "localhost": a page from it over
  // http:// is not a secure context, as on a city's intranet server.
  browser = await chromium.launch({
    ...(chromiumExecutable ? { executablePath: chromiumExecutable } : {}),
    args: [...chromiumArgs, `--host-resolver-rules=MAP ${insecureHost} 127.0.0.1`],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The page's main content, once the app has decided it cannot start. */
async function failurePage(page: Page) {
  const main = page.locator('main.admin-start-failure');
  await main.waitFor();
  return { heading: await main.locator('h1').textContent(), text: (await main.textContent()) ?? '' };
}

describe('when the app cannot start', () => {
  it('says that the page needs https:// when it is served over http:// from another machine', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(server.url.replace('127.0.0.1', insecureHost));
    expect(await page.evaluate(() => window.isSecureContext), 'the test page is really not a secure context').toBe(false);

    const shown = await failurePage(page);
    expect(shown.heading).toBe('Die Anwendung kann nicht starten');
    expect(shown.text).toContain('unsichere Verbindung (http://)');
    expect(shown.text).toContain('Öffnen Sie die Anwendung über https://');
    expect(await page.title()).toMatch(/^Die Anwendung kann nicht starten – /);
    expect(await page.locator('.admin-loading').count()).toBe(0);
    // In the kit's look (the example's theme), not the browser's bare defaults.
    await expect
      .poll(() => page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--mdk-color-text-default').trim()))
      .not.toBe('');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('says that the browser refuses the page storage, and what to do, when IndexedDB is blocked', async () => {
    const context = await newContext(browser);
    // As a browser that blocks site data answers: opening a database fails with a SecurityError.
    await context.addInitScript(() => {
      IDBFactory.prototype.open = () => {
        throw new DOMException('Access to storage is not allowed', 'SecurityError');
      };
    });
    const page = await context.newPage();
    await page.goto(server.url);

    const shown = await failurePage(page);
    expect(shown.heading).toBe('Die Anwendung kann nicht starten');
    expect(shown.text).toContain('Der Browser erlaubt dieser Seite nicht, Daten zu speichern.');
    expect(shown.text).toContain('In manchen privaten Fenstern ist der Speicher gesperrt.');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('says it, with the browser\'s words for the IT, where Chromium\'s own setting blocks site data', async () => {
    // A profile whose settings block all site data, as a managed workstation may have it: Chromium
    // then fails indexedDB.open with an UnknownError, not the SecurityError of the test above.
    const profile = await mkdtemp(join(tmpdir(), 'mdk-blocked-profile-'));
    await mkdir(join(profile, 'Default'));
    await writeFile(join(profile, 'Default', 'Preferences'), JSON.stringify({ profile: { default_content_setting_values: { cookies: 2 } } }));
    const context = await chromium.launchPersistentContext(profile, {
      ...(chromiumExecutable ? { executablePath: chromiumExecutable } : {}),
      args: chromiumArgs,
      locale: 'de-DE',
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(server.url);
      const openFailure = await page.evaluate(
        () =>
          new Promise<string>((resolve) => {
            const request = indexedDB.open('probe');
            request.onsuccess = () => resolve('opened');
            request.onerror = () => resolve(request.error?.name ?? 'error');
          }),
      );
      expect(openFailure, 'the setting really blocks IndexedDB').toBe('UnknownError');

      const shown = await failurePage(page);
      expect(shown.text).toContain('Der Browser erlaubt dieser Seite nicht, Daten zu speichern.');
      expect(shown.text).toContain('Wenden Sie sich dann an sie.');
      expect(shown.text).toMatch(/Meldung des Browsers: \S/);
      expect(shown.text).not.toContain('unerwarteter Fehler');
      expect(await axeViolations(page)).toEqual([]);
    } finally {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    }
  });

  it('says the same when the browser blocks site data altogether: localStorage throws too', async () => {
    const context = await newContext(browser);
    await context.addInitScript(() => {
      const blocked = () => {
        throw new DOMException('Access is denied for this document.', 'SecurityError');
      };
      Object.defineProperty(window, 'localStorage', { get: blocked });
      IDBFactory.prototype.open = blocked;
    });
    const page = await context.newPage();
    await page.goto(server.url);

    const shown = await failurePage(page);
    expect(shown.text).toContain('Der Browser erlaubt dieser Seite nicht, Daten zu speichern.');
    await context.close();
  });

  it('says that the browser is too old, and which versions will do, before any work is done in it', async () => {
    const context = await newContext(browser);
    // As a browser from before 2024 (Edge 109, the last for older Windows): without these two, typing
    // worked and publishing failed with "e.getHTML is not a function".
    await context.addInitScript(() => {
      // @ts-expect-error -- removed on purpose
      delete Element.prototype.getHTML;
      // @ts-expect-error -- removed on purpose
      delete Array.prototype.toSpliced;
    });
    const page = await context.newPage();
    await page.goto(server.url);

    const shown = await failurePage(page);
    expect(shown.heading).toBe('Die Anwendung kann nicht starten');
    expect(shown.text).toContain('Dieser Browser ist älter, als die Anwendung es braucht');
    expect(shown.text).toContain('Chrome oder Edge ab Version 125, Firefox ab 128, Safari ab 18');
    expect(shown.text).toContain('Fehlende Funktionen (für die IT): Element.getHTML, Array.prototype.toSpliced');
    expect(await page.locator('#field-hero-title').count(), 'no form to type into').toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('says after a while, without any script, why the page may stay on "wird geladen"', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    // As a browser that cannot run the app's script (too old to read it): the script never comes.
    await page.route(/\/assets\/index-[^/]+\.js$/, (route) => route.abort());
    await page.goto(server.url);
    const help = page.locator('.admin-loading-help');
    const opacity = () => help.evaluate((element) => getComputedStyle(element).opacity);
    await expect.poll(opacity).toBe('0');
    // The note's own delay, run to its end rather than waited for.
    await help.evaluate((element) => element.getAnimations().forEach((animation) => animation.finish()));
    expect(await opacity()).toBe('1');
    expect(await help.isVisible()).toBe(true);
    const text = (await help.textContent())?.replace(/\s+/g, ' ');
    expect(text).toContain('laden Sie die Seite neu');
    expect(text).toContain('über eine Web-Adresse (https://…) geöffnet werden');
    await context.close();
  });

  it('says it at once where the page is opened as a file, and its stylesheet cannot load either', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await page.goto(pathToFileURL(join(distFolder, 'index.html')).href);
    expect(await page.locator('.admin-loading-help').isVisible()).toBe(true);
    await context.close();
  });

  it('starts and edits where only localStorage is refused: IndexedDB holds the document', async () => {
    const context = await newContext(browser);
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get: () => {
          throw new DOMException('Access is denied for this document.', 'SecurityError');
        },
      });
    });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await openApp(page, server.url);
    await page.locator('#field-hero-title').fill('Ohne localStorage');
    await page.locator('#save-status').filter({ hasText: 'gespeichert um' }).waitFor();
    await page.reload();
    await expect.poll(() => page.locator('#field-hero-title').inputValue()).toBe('Ohne localStorage');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('says it in the language the interface was set to', async () => {
    const context = await newContext(browser);
    await context.addInitScript(() => localStorage.setItem('muenchen-digital-admin/ui-language', 'en'));
    const page = await context.newPage();
    await page.goto(server.url.replace('127.0.0.1', insecureHost));

    const shown = await failurePage(page);
    expect(shown.heading).toBe('The application cannot start');
    expect(shown.text).toContain('Open the application over https://');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    await context.close();
  });
});
