import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { StrategyDocument } from '@muenchen-digital/content';
import { unzipSync } from 'fflate';
import { chromium, type Browser, type BrowserContext, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { chromiumArgs, chromiumExecutable } from '../../../../tooling/chromium.js';
import { serveFolder } from '../../../../tooling/serve-folder.js';
import { startDocumentFileName } from '../../src/io/start-document.js';

/**
 * End-to-end tests drive the built app (`dist/`, written by `pnpm build`, which the test task
 * depends on; a copy that offers every theme where a fork offers fewer, see all-themes-build.ts) in
 * Debian's Chromium through playwright-core, served by a plain static server — as any city would host it.
 */
export { serveFolder };

export const distFolder = inject('distFolder');

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ ...(chromiumExecutable ? { executablePath: chromiumExecutable } : {}), args: chromiumArgs });
}

/** A fresh browser profile (its own IndexedDB), with a German UI and downloads allowed. */
export async function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ locale: 'de-DE', acceptDownloads: true, viewport: { width: 1280, height: 900 } });
}

/**
 * Opens the app and waits until the document is loaded and saved for the first time (or, standing in
 * for a start document that could not be loaded, not saved on purpose).
 */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('#save-status').filter({ hasText: /gespeichert um|Saved in this browser|Nur lesen|Read only|Noch nicht gespeichert|Not saved yet/ }).waitFor();
}

/** The preview frame's page, once it shows the document. */
export async function previewFrame(page: Page) {
  const frame = page.frameLocator('#preview-frame');
  await frame.locator('mdk-brand-header').waitFor({ state: 'attached' });
  return frame;
}

/** The preview frame itself, for what runs in its window (`evaluate`, axe), once it shows the document. */
export async function previewWindow(page: Page): Promise<Frame> {
  await previewFrame(page);
  const frame = page.frames().find((candidate) => candidate.url().includes('preview.html'));
  if (!frame) throw new Error('no preview frame');
  return frame;
}

/**
 * One browser and one static server for a test file: `const env = useBrowser()`, then `env.browser`
 * and `env.url` inside the tests. The app starts from the example document, as the tests expect,
 * also in a fork whose build holds its own start document (start-document.test.ts tests that).
 */
export function useBrowser(headers: Record<string, string> = {}) {
  const env = {} as { browser: Browser; url: string };
  let server: Awaited<ReturnType<typeof serveFolder>> | undefined;
  beforeAll(async () => {
    server = await serveFolder(distFolder, headers, { hide: [startDocumentFileName] });
    env.url = server.url;
    env.browser = await launchChromium();
  });
  afterAll(async () => {
    await env.browser?.close();
    await server?.close();
  });
  return env;
}

/**
 * A Chromium for tests that serve installations of their own (a copy of the app with a start
 * document, a build with another setting), and the clean-ups they register — servers, folders —
 * run once all tests of the file are done.
 */
export function useOwnInstallations() {
  const env = {} as { browser: Browser };
  const cleanups: (() => Promise<unknown>)[] = [];
  beforeAll(async () => {
    env.browser = await launchChromium();
  });
  afterAll(async () => {
    await env.browser?.close();
    for (const cleanup of cleanups) await cleanup();
  });
  return { env, cleanups };
}

/** A fresh context with the app open and saved once. */
export async function openFreshApp(browser: Browser, url: string, options: { width?: number } = {}) {
  const context = await newContext(browser);
  const page = await context.newPage();
  if (options.width) await page.setViewportSize({ width: options.width, height: 800 });
  await openApp(page, url);
  return { context, page };
}

/**
 * Clicks "Veröffentlichen" and answers publishing's question with "Trotzdem veröffentlichen": the
 * example's links and e-mail address are placeholders on example.org, which publishing names and
 * asks about first. For tests about what is published, not about the question.
 */
export async function publishAnyway(page: Page): Promise<void> {
  await page.locator('#publish').click();
  const dialog = page.locator('admin-publish-button dialog[open]');
  await dialog.waitFor();
  await dialog.locator('#publish-anyway').click();
}

/**
 * Opens the app in a fresh context whose site storage holds only `quotaSize` bytes: a full disk, as
 * far as the app can tell. 400 kB hold the example document and its first writes, not a logo of
 * almost 1 MB. Chromium reads an origin's quota when its storage is first used, so it is set before
 * the app opens; `restoreQuota()` gives the origin its usual quota back.
 */
export async function openAppWithQuota(browser: Browser, url: string, quotaSize = 400_000) {
  const context = await newContext(browser);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  const origin = new URL(url).origin;
  await page.goto('about:blank');
  await cdp.send('Storage.overrideQuotaForOrigin', { origin, quotaSize });
  await openApp(page, url);
  return { context, page, restoreQuota: () => cdp.send('Storage.overrideQuotaForOrigin', { origin }) };
}

/** Clicks "Exportieren" and returns the text of the file it downloads. */
export async function exportedJson(page: Page): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('#export').click()]);
  const path = await download.path();
  return readFile(path, 'utf8');
}

/** Imports a file the way a person does: the "Importieren" button, then the browser's file chooser. */
export async function importFile(page: Page, name: string, content: string | Buffer, mimeType = 'application/json') {
  // Listen before clicking: file-chooser interception must be on before the chooser opens.
  const chooserOpened = page.waitForEvent('filechooser');
  await page.locator('#import-button').click();
  const chooser = await chooserOpened;
  await chooser.setFiles({ name, mimeType, buffer: typeof content === 'string' ? Buffer.from(content) : content });
}

/** `promise`, or undefined when it has not settled within `milliseconds`. */
async function within<T>(milliseconds: number, promise: Promise<T>): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => (timer = setTimeout(() => resolve(undefined), milliseconds)));
  try {
    return await Promise.race([promise, late]);
  } finally {
    clearTimeout(timer);
  }
}

/**
 * Clears the page's site data as the browser's settings do while the page is open: Chromium deletes
 * the database and closes the page's connection to it. Returns once the deletion is done (the CDP
 * call answers before that; a database opened in between would be aborted).
 *
 * Every wait is bounded, and the clearing tried again: on a loaded machine this once hung until the
 * test's 60 s timeout, somewhere between the CDP call and the first reads after it. Three tries of at
 * most 15 s each fit in a test's time. The CDP session is left to end with its page.
 */
export async function clearSiteData(context: BrowserContext, page: Page, url: string, storageTypes = 'indexeddb'): Promise<void> {
  const cdp = await context.newCDPSession(page);
  const origin = new URL(url).origin;
  const databaseNames = () => page.evaluate(async () => (await indexedDB.databases()).map((database) => database.name));
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await within(10_000, cdp.send('Storage.clearDataForOrigin', { origin, storageTypes }));
    const deadline = Date.now() + 5_000;
    while (Date.now() < deadline) {
      const names = await within(1_000, databaseNames());
      if (names && !names.includes('muenchen-digital-admin')) return;
      await page.waitForTimeout(50);
    }
  }
  throw new Error('Chromium did not clear the site data (three tries of up to 15 s each)');
}

/** Has the page's browser refuse full screen, as a permissions policy or a browser without it does. */
export async function refuseFullScreen(page: Page): Promise<void> {
  await page.evaluate(() => {
    Element.prototype.requestFullscreen = () => Promise.reject(new TypeError('Full screen is not allowed'));
  });
}

/**
 * The working document as IndexedDB holds it now (read in the page, without the app's help);
 * undefined while there is no database. Reading never creates one: a database this read created
 * would have no stores, and the app would find it in its way.
 */
export async function storedDocument(page: Page): Promise<{ revision: number; document: StrategyDocument } | undefined> {
  return page.evaluate(
    () =>
      new Promise((resolve, reject) => {
        const request = indexedDB.open('muenchen-digital-admin');
        request.onupgradeneeded = () => request.transaction?.abort();
        request.onerror = () => (request.error?.name === 'AbortError' ? resolve(undefined) : reject(request.error));
        request.onsuccess = () => {
          const database = request.result;
          try {
            const read = database.transaction('documents').objectStore('documents').get('current');
            read.onsuccess = () => resolve(read.result);
            read.onerror = () => reject(read.error);
          } catch (error) {
            reject(error);
          } finally {
            database.close();
          }
        };
      }),
  );
}

/**
 * Writes `value` into the app's database as another version of the app would have written it:
 * `documents` under `key` ("current", the working document), or `versions` (no key: it numbers them).
 * The database must exist (the app has opened once).
 */
export async function writeStored(page: Page, store: 'documents' | 'versions', value: unknown, key?: string): Promise<void> {
  await page.evaluate(
    ({ store, value, key }) =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.open('muenchen-digital-admin');
        request.onerror = () => reject(request.error);
        request.onsuccess = () => {
          const database = request.result;
          const transaction = database.transaction(store, 'readwrite');
          if (key === undefined) transaction.objectStore(store).put(value);
          else transaction.objectStore(store).put(value, key);
          transaction.oncomplete = () => {
            database.close();
            resolve();
          };
          transaction.onerror = () => reject(transaction.error);
        };
      }),
    { store, value, key },
  );
}

/** Presses Tab until `selector` has focus; fails after `limit` presses (so the test proves it is reachable). */
export async function tabTo(page: Page, selector: string, limit = 400): Promise<void> {
  for (let presses = 0; presses < limit; presses++) {
    if (await page.evaluate((wanted) => document.activeElement?.matches(wanted) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${selector} not reached after ${limit} presses of Tab`);
}

/** The id of the element that has focus in the app's document. */
export const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id ?? '');

/**
 * The newest message of a polite status region (`#announcer`, the app's): each message is a
 * paragraph added to the region, so this is its last one, or '' while the region holds none.
 */
export const lastAnnounced = (page: Page, region = '#announcer') =>
  page.evaluate((selector) => document.querySelector(selector)?.lastElementChild?.textContent ?? '', region);

/** Unpacks a zip file's bytes into a fresh temporary folder and returns its path. */
export async function unzipToFolder(zip: Uint8Array): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'mdk-site-'));
  for (const [path, bytes] of Object.entries(unzipSync(zip))) {
    if (path.endsWith('/')) continue;
    const file = resolve(folder, path);
    if (!file.startsWith(folder)) throw new Error(`The zip names a path outside its folder: ${path}`);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, bytes);
  }
  return folder;
}

/** A Content Security Policy violation as a page reports it (`securitypolicyviolation`) or logs it. */
export interface CspViolation {
  source: 'event' | 'console';
  url: string;
  directive: string;
  blocked: string;
  sample?: string;
}

/**
 * Collects every CSP violation in a browser context — every page and frame: a listener for
 * `securitypolicyviolation` installed before any of the page's own code runs (init scripts are the
 * driver's, and run under any policy), and Chromium's console errors about a policy (these appear
 * with JavaScript switched off too). Call before opening pages.
 */
export async function collectCspViolations(context: BrowserContext): Promise<CspViolation[]> {
  const violations: CspViolation[] = [];
  await context.exposeBinding('__mdkReportCspViolation', (_source, violation: Omit<CspViolation, 'source'>) => {
    violations.push({ source: 'event', ...violation });
  });
  await context.addInitScript(() => {
    addEventListener(
      'securitypolicyviolation',
      (event) => {
        const report = (window as unknown as { __mdkReportCspViolation: (violation: object) => void }).__mdkReportCspViolation;
        report({ url: event.documentURI, directive: event.effectiveDirective, blocked: event.blockedURI, sample: event.sample });
      },
      true,
    );
  });
  const watch = (page: Page) =>
    page.on('console', (message) => {
      if (/Content Security Policy|Trusted Type/i.test(message.text())) {
        violations.push({ source: 'console', url: page.url(), directive: '', blocked: '', sample: message.text() });
      }
    });
  context.pages().forEach(watch);
  context.on('page', watch);
  return violations;
}
