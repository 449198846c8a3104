import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { collectCspViolations, distFolder, newContext, openApp, previewFrame, publishAnyway, serveFolder, unzipToFolder, useBrowser, type CspViolation } from './harness.js';

const env = useBrowser();
let siteFolder: string | undefined;

afterAll(async () => {
  if (siteFolder) await rm(siteFolder, { recursive: true, force: true });
});

const describeViolations = (violations: CspViolation[]) => violations.map((violation) => `${violation.directive} ${violation.blocked} ${violation.sample ?? ''} (${violation.url})`);

async function publish(page: Page): Promise<string> {
  const downloaded = page.waitForEvent('download');
  await publishAnyway(page);
  const download = await downloaded;
  return unzipToFolder(new Uint8Array(await readFile(await download.path())));
}

describe('Content Security Policy', () => {
  it('the built pages carry the policy in a meta element, and no inline script', async () => {
    for (const file of ['index.html', 'preview.html']) {
      const html = await readFile(join(distFolder, file), 'utf8');
      expect(html, file).toMatch(/<meta charset="utf-8" \/>\s*<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'self';[^"]*require-trusted-types-for 'script'; trusted-types lit-html" \/>/);
      expect(html, file).not.toMatch(/<script(?![^>]*\ssrc=)[^>]*>/);
      expect(html, file).not.toMatch(/<style/);
    }
  });

  it('the app runs without a single violation: edit, switch language and theme, versions, publish', async () => {
    const context = await newContext(env.browser);
    const violations = await collectCspViolations(context);
    const page = await context.newPage();
    await openApp(page, env.url);
    const preview = await previewFrame(page);

    await page.locator('#field-hero-title').fill('Strategie unter strenger Richtlinie');
    await expect.poll(() => preview.locator('mdk-hero').getAttribute('heading')).toBe('Strategie unter strenger Richtlinie');

    // English: the messages are a chunk loaded with import() (its texts may still be German until translated).
    const englishChunk = page.waitForResponse((response) => /\/assets\/en-[^/]+\.js$/.test(response.url()));
    await page.locator('#ui-language').selectOption('en');
    expect((await englishChunk).status()).toBe(200);
    await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');

    await page.locator('#field-organisation-theme').selectOption('musterstadt');
    await expect.poll(() => page.locator('link[data-mdk-theme]').getAttribute('href')).toMatch(/musterstadt/);
    await expect.poll(() => preview.locator('link[data-mdk-theme]').getAttribute('href')).toMatch(/musterstadt/);

    await page.locator('#versions').click();
    const dialog = page.locator('admin-versions-dialog dialog');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);

    siteFolder = await publish(page);
    await page.waitForTimeout(300);
    expect(describeViolations(violations)).toEqual([]);
    await context.close();
  });

  it('the published site shows under its own policy without a single violation (with and without JavaScript)', async () => {
    expect(siteFolder, 'published by the test before').toBeDefined();
    const site = await serveFolder(siteFolder!);
    try {
      for (const javaScriptEnabled of [true, false]) {
        const context = await env.browser.newContext({ javaScriptEnabled });
        const violations = await collectCspViolations(context);
        const page = await context.newPage();
        await page.goto(site.url, { waitUntil: 'load' });
        await expect.poll(() => page.locator('mdk-kpi-tile').first().locator('[part~="value"]').isVisible()).toBe(true);
        // The tile's inline styles applied (allowed by their hashes): its accent border.
        expect(await page.locator('mdk-kpi-tile').first().locator('[part~="base"]').evaluate((base) => getComputedStyle(base).borderBottomWidth)).toBe('5px');
        expect(describeViolations(violations), `javaScriptEnabled: ${javaScriptEnabled}`).toEqual([]);
        await context.close();
      }
    } finally {
      await site.close();
    }
  });

  it('the published site keeps its styles under the headers its notes allow a server, and loses them under a site-wide policy the notes warn of', async () => {
    expect(siteFolder, 'published by the test before').toBeDefined();
    // Published from the English interface above: the notes are README.txt, in English.
    const notes = await readFile(join(siteFolder!, 'README.txt'), 'utf8');
    // Every header the notes name (“Name: value”), sent as they say: what a careful web administrator does.
    const allowed = Object.fromEntries([...notes.matchAll(/[„“]([A-Z][A-Za-z-]+): ([^“”]+)[“”]/g)].map(([, name, value]) => [name!, value!]));
    expect(Object.keys(allowed).sort()).toEqual(['Cache-Control', 'Content-Security-Policy', 'X-Content-Type-Options']);
    expect(notes).toContain('exempt this folder');
    const accentBorder = async (headers: Record<string, string>) => {
      const site = await serveFolder(siteFolder!, headers);
      const context = await env.browser.newContext({ javaScriptEnabled: false });
      const violations = await collectCspViolations(context);
      try {
        const page = await context.newPage();
        await page.goto(site.url, { waitUntil: 'load' });
        await expect.poll(() => page.locator('mdk-kpi-tile').first().locator('[part~="value"]').isVisible()).toBe(true);
        const border = await page.locator('mdk-kpi-tile').first().locator('[part~="base"]').evaluate((base) => getComputedStyle(base).borderBottomWidth);
        return { border, violations: violations.length };
      } finally {
        await context.close();
        await site.close();
      }
    };
    expect(await accentBorder(allowed)).toEqual({ border: '5px', violations: 0 });
    // A city's usual site-wide policy adds to the page's own: the components' inline styles are refused.
    const siteWide = await accentBorder({ 'Content-Security-Policy': "default-src 'self'" });
    expect(siteWide.border).not.toBe('5px');
    expect(siteWide.violations).toBeGreaterThan(0);
  });

  it('gate: the collector does report what the policies forbid (inline script, unhashed inline style)', async () => {
    expect(siteFolder).toBeDefined();
    const published = await readFile(join(siteFolder!, 'index.html'), 'utf8');
    const appPolicy = /<meta http-equiv="Content-Security-Policy"[^>]*>/.exec(await readFile(join(distFolder, 'index.html'), 'utf8'))![0];
    const forbidden = '<script>document.title = "ran";</script><style>body { outline: 1px solid red; }</style>';
    await writeFile(join(siteFolder!, 'gate-site.html'), published.replace('</body>', `${forbidden}</body>`));
    await writeFile(join(siteFolder!, 'gate-app.html'), `<!doctype html><html lang="de"><head><meta charset="utf-8" />${appPolicy}<title>Gate</title></head><body>${forbidden}</body></html>`);
    const site = await serveFolder(siteFolder!);
    try {
      for (const file of ['gate-site.html', 'gate-app.html']) {
        const context = await env.browser.newContext();
        const violations = await collectCspViolations(context);
        const page = await context.newPage();
        await page.goto(`${site.url}${file}`, { waitUntil: 'load' });
        await expect.poll(() => violations.filter((violation) => violation.source === 'event').map((violation) => violation.directive).sort()).toEqual(['script-src-elem', 'style-src-elem']);
        expect(violations.some((violation) => violation.source === 'console'), 'console errors too').toBe(true);
        expect(await page.title(), 'the inline script did not run').not.toBe('ran');
        await context.close();
      }
      // Without JavaScript only Chromium's console reports: the unhashed style is refused there too.
      const context = await env.browser.newContext({ javaScriptEnabled: false });
      const violations = await collectCspViolations(context);
      const page = await context.newPage();
      await page.goto(`${site.url}gate-site.html`, { waitUntil: 'load' });
      await expect.poll(() => violations.filter((violation) => violation.source === 'console' && /style/i.test(violation.sample ?? '')).length).toBeGreaterThanOrEqual(1);
      await context.close();
    } finally {
      await site.close();
    }
  });
});
