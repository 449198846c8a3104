import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { distFolder, launchChromium, newContext, openApp, previewFrame, serveFolder } from './harness.js';

let browser: Browser;
let server: Awaited<ReturnType<typeof serveFolder>>;

beforeAll(async () => {
  server = await serveFolder(distFolder);
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

describe('editing a key figure', () => {
  it('updates the preview, and survives a reload', async () => {
    const context = await newContext(browser);
    const page = await context.newPage();
    await openApp(page, server.url);

    const label = page.locator('#field-keyFigures-groups-0-figures-0-label');
    await label.fill('Einwohner*innen');
    const preview = await previewFrame(page);
    await expect.poll(() => preview.locator('mdk-kpi-tile').first().getAttribute('label')).toBe('Einwohner*innen');

    await page.reload();
    await openApp(page, server.url);
    await expect.poll(() => page.locator('#field-keyFigures-groups-0-figures-0-label').inputValue()).toBe('Einwohner*innen');
    await context.close();
  });
});
