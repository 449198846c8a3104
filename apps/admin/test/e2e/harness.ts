import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { chromiumArgs, chromiumExecutable } from '../chromium.js';

/**
 * End-to-end tests drive the built app (`dist/`, written by `pnpm build`, which the test task
 * depends on) in Debian's Chromium through playwright-core, served by a plain static server — as
 * any city would host it.
 */
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.png': 'image/png',
  '.map': 'application/json',
};

/** Serves a folder on a free port; `headers` are added to every response (a CSP, say). */
export async function serveFolder(folder: string, headers: Record<string, string> = {}): Promise<{ url: string; close: () => Promise<void> }> {
  const root = resolve(folder);
  const server: Server = createServer(async (request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    let file = normalize(join(root, pathname));
    if (!file.startsWith(root)) {
      response.writeHead(403).end();
      return;
    }
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      await stat(file);
    } catch {
      response.writeHead(404).end('not found');
      return;
    }
    response.writeHead(200, { 'content-type': contentTypes[extname(file)] ?? 'application/octet-stream', ...headers });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

export const distFolder = resolve(import.meta.dirname, '../../dist');

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ ...(chromiumExecutable ? { executablePath: chromiumExecutable } : {}), args: chromiumArgs });
}

/** A fresh browser profile (its own IndexedDB), with a German UI and downloads allowed. */
export async function newContext(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ locale: 'de-DE', acceptDownloads: true, viewport: { width: 1280, height: 900 } });
}

/** Opens the app and waits until the document is loaded and saved for the first time. */
export async function openApp(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('#save-status').filter({ hasText: /Gespeichert|Saved|Nur lesen|Read only/ }).waitFor();
}

/** The preview frame's page, once it shows the document. */
export async function previewFrame(page: Page) {
  const frame = page.frameLocator('#preview-frame');
  await frame.locator('mdk-brand-header').waitFor({ state: 'attached' });
  return frame;
}
