// A fork for one city offers its own theme only: MDK_THEMES (apps/admin/.env, or the environment),
// read when the app is built. Each test builds the app with its own setting into a folder of its own.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createExampleDocument, exportDocument } from '@muenchen-digital/content';
import { themeNames } from '@muenchen-digital/tokens';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { describe, expect, it } from 'vitest';
import { importFile, newContext, openApp, previewFrame, serveFolder, storedDocument, useOwnInstallations } from './harness.js';

const appFolder = resolve(import.meta.dirname, '../..');
const { env, cleanups } = useOwnInstallations();

/**
 * Builds the app as `MDK_THEMES=<setting> pnpm build` would (with `MDK_UI_LANGUAGES=<uiLanguages>`
 * too, when given), into a new folder; returns that folder.
 */
async function buildWithThemes(setting: string, uiLanguages?: string): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'mdk-admin-themes-'));
  cleanups.push(() => rm(folder, { recursive: true, force: true }));
  const before = { MDK_THEMES: process.env.MDK_THEMES, MDK_UI_LANGUAGES: process.env.MDK_UI_LANGUAGES };
  process.env.MDK_THEMES = setting;
  if (uiLanguages !== undefined) process.env.MDK_UI_LANGUAGES = uiLanguages;
  try {
    await build({ root: appFolder, configFile: join(appFolder, 'vite.config.ts'), logLevel: 'silent', build: { outDir: folder, emptyOutDir: true } });
  } finally {
    for (const [name, value] of Object.entries(before)) {
      if (value === undefined) delete process.env[name];
      else process.env[name] = value;
    }
  }
  // No start document (a fork's from public/ would be copied): the example opens.
  await rm(join(folder, 'start-document.json'), { force: true });
  return folder;
}

const themeOptions = (page: Page) => page.locator('#field-organisation-theme option').allTextContents();

describe('an installation for one city: one theme, German only (MDK_THEMES=musterstadt, MDK_UI_LANGUAGES=de)', () => {
  // Builds the app first: more time than a test that only drives it. One build for both settings.
  it('offers only that theme, and opens the example in it; a document in another theme keeps it; no language choice', { timeout: 180_000 }, async () => {
    const server = await serveFolder(await buildWithThemes('musterstadt', 'de'));
    cleanups.push(() => server.close());
    const context = await newContext(env.browser);
    // English chosen before (in another installation on this origin, say) does not count here.
    await context.addInitScript(() => localStorage.setItem('muenchen-digital-admin/ui-language', 'en'));
    const page = await context.newPage();
    await openApp(page, server.url);
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('de');
    expect(await page.locator('#ui-language').count()).toBe(0);
    expect(await page.getByText('Sprache der Oberfläche').count()).toBe(0);

    // The example document (the talk, in München's look) starts in the installation's theme.
    expect(await themeOptions(page)).toEqual(['Musterstadt']);
    expect(await page.locator('#field-organisation-theme').inputValue()).toBe('musterstadt');
    expect(await page.locator('link[data-mdk-theme]').getAttribute('href')).toMatch(/musterstadt-[\w-]+\.css$/);
    const preview = await previewFrame(page);
    await expect.poll(() => preview.locator('link[data-mdk-theme]').getAttribute('href')).toMatch(/musterstadt-[\w-]+\.css$/);
    await expect.poll(async () => (await storedDocument(page))?.document.organisation.theme).toBe('musterstadt');

    // A document from München's installation: nothing changes its look behind the team's back, and
    // München stays in the choice until another theme is chosen.
    await importFile(page, 'muenchen.json', exportDocument(createExampleDocument()));
    await expect.poll(() => page.locator('#field-organisation-theme').inputValue()).toBe('muenchen');
    expect(await themeOptions(page)).toEqual(['Musterstadt', 'München']);
    expect(await page.locator('link[data-mdk-theme]').getAttribute('href')).toMatch(/muenchen-[\w-]+\.css$/);
    await page.locator('#field-organisation-theme').selectOption('musterstadt');
    await expect.poll(() => themeOptions(page)).toEqual(['Musterstadt']);
    await expect.poll(async () => (await storedDocument(page))?.document.organisation.theme).toBe('musterstadt');
    await context.close();
  });
});

describe('a setting that names a language the app has no interface in', () => {
  it('stops the build and says which code and what languages there are', { timeout: 180_000 }, async () => {
    await expect(buildWithThemes('', 'de, fr')).rejects.toThrow('MDK_UI_LANGUAGES names "fr", which the app has no interface in. Its languages: de, en.');
  });
});

describe('a setting that names a theme the tokens package does not build', () => {
  it('stops the build and says which name and what themes there are', { timeout: 180_000 }, async () => {
    await expect(buildWithThemes('musterstadt, beispilstadt')).rejects.toThrow(
      `MDK_THEMES names "beispilstadt", which the tokens package does not build. Its themes: ${themeNames.join(', ')}.`,
    );
  });
});
