import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { openFreshApp, previewFrame, previewWindow, publishAnyway, unzipToFolder, useBrowser } from './harness.js';

/** Whatever a person types is text: markup in a label shows as characters and never runs. */
const env = useBrowser();
const markup = '<img src=x onerror=window.__pwned=1>';
const folders: string[] = [];
afterAll(() => Promise.all(folders.map((folder) => rm(folder, { recursive: true, force: true }))));

describe('markup typed into the document', () => {
  it('shows as text in the preview and runs nothing, in either frame', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    await page.locator('#field-keyFigures-groups-0-figures-0-label').fill(markup);
    await page.locator('#field-hero-title').fill(markup);

    const preview = await previewFrame(page);
    await expect.poll(() => preview.getByText(markup).count()).toBeGreaterThanOrEqual(2);
    expect(await preview.getByText(markup).first().isVisible()).toBe(true);
    // Give an injected image the time to fail loading and fire its handler.
    await page.waitForTimeout(500);

    const previewPage = await previewWindow(page);
    expect(previewPage).toBeDefined();
    for (const frame of [page.mainFrame(), previewPage]) {
      expect(await frame.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
      // No <img src="x"> anywhere, shadow roots included.
      const injected = await frame.evaluate(() => {
        const roots: (Document | ShadowRoot)[] = [document];
        let count = 0;
        while (roots.length > 0) {
          const root = roots.pop()!;
          count += root.querySelectorAll('img[src="x"]').length;
          root.querySelectorAll('*').forEach((element) => element.shadowRoot && roots.push(element.shadowRoot));
        }
        return count;
      });
      expect(injected).toBe(0);
    }
    await context.close();
  });

  it('is text in the published page’s head too: a title cannot close <title> and add a redirect', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const breakOut = '</title><meta http-equiv="refresh" content="0;url=https://example.org/">"\'&';
    await page.locator('#field-hero-title').fill(`Titel ${breakOut}`);
    await page.locator('#field-organisation-city').fill(`Stadt ${breakOut}`);
    await page.locator('#field-hero-subtitle').fill(`Untertitel ${breakOut}`);
    const [download] = await Promise.all([page.waitForEvent('download'), publishAnyway(page)]);
    const folder = await unzipToFolder(new Uint8Array(await readFile((await download.path())!)));
    folders.push(folder);
    const html = await readFile(join(folder, 'index.html'), 'utf8');
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html).not.toContain('<meta http-equiv="refresh"');
    expect(html).toContain('<title>Titel &lt;/title&gt;&lt;meta http-equiv=&quot;refresh&quot;');

    // Opened, the page's title and description say what was typed, as text.
    const site = await context.newPage();
    await site.goto(pathToFileURL(join(folder, 'index.html')).href);
    expect(await site.title()).toBe(`Titel ${breakOut} · Stadt ${breakOut}`);
    expect(await site.locator('meta[name="description"]').getAttribute('content')).toContain(`Untertitel ${breakOut}`);
    expect(await site.locator('meta[http-equiv="refresh"]').count()).toBe(0);
    expect(site.url()).toMatch(/^file:/);
    await context.close();
  });
});
