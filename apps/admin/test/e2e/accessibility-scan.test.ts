import { parseHexColor, themeModes, themeNames, tokenValues, type ThemeMode } from '@muenchen-digital/tokens';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { axeViolations } from './axe.js';
import { importFile, newContext, openApp, previewWindow, useBrowser } from './harness.js';

/**
 * axe-core (WCAG 2.0–2.2, A and AA) finds nothing on each screen the app shows — the main screen,
 * the preview, the versions dialog, publishing's question, an import error, the read-only banner — in German and English,
 * in every city theme, and on the main screen in dark mode too; and the error messages (a field's
 * error, the error summary) in every city theme × mode, in the error colour the tokens measure.
 */
const env = useBrowser();
const languages = ['de', 'en'] as const;
const themes = themeNames;

/** What the browser is told about the person's settings, for each mode of a theme. */
const mediaFor: Record<ThemeMode, Parameters<Page['emulateMedia']>[0]> = {
  light: { colorScheme: 'light', contrast: 'no-preference' },
  dark: { colorScheme: 'dark', contrast: 'no-preference' },
  'high-contrast': { colorScheme: 'light', contrast: 'more' },
};

/** A token's colour as `getComputedStyle` reports it: `rgb(152, 68, 71)`. */
const computedColour = (hex: string) => `rgb(${parseHexColor(hex).join(', ')})`;

describe.each(languages.flatMap((language) => themes.map((theme) => ({ language, theme }))))('axe in $language, theme $theme', ({ language, theme }) => {
  it('finds no violation on any screen', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await openApp(page, env.url);
    await page.locator('#ui-language').selectOption(language);
    await page.locator('#field-organisation-theme').selectOption(theme);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(language);
    await expect.poll(() => page.locator('link[data-mdk-theme]').getAttribute('href')).toContain(theme);
    await page.waitForLoadState('networkidle');

    const found: Record<string, string[]> = {};
    found['main screen'] = await axeViolations(page);
    found['preview'] = await axeViolations(await previewWindow(page));

    await page.locator('#versions').click();
    await page.locator('admin-versions-dialog dialog[open]').waitFor();
    found['versions dialog'] = await axeViolations(page);
    await page.keyboard.press('Escape');

    // Publishing's question, with all its parts: a figure without a source, a blank legal link, the example's placeholder addresses.
    await page.locator('#field-keyFigures-groups-0-figures-0-sourceId').selectOption('');
    await page.locator('#field-organisation-imprintHref').fill('');
    await page.locator('#publish').click();
    await page.locator('admin-publish-button dialog[open] #publish-legal').waitFor();
    found['publish check dialog'] = await axeViolations(page);
    await page.keyboard.press('Escape');

    await importFile(page, 'kaputt.json', '{ kein JSON');
    await page.locator('#admin-message h2').waitFor();
    found['import error'] = await axeViolations(page);

    const second = await context.newPage();
    await openApp(second, env.url);
    await second.locator('#lease-title').waitFor();
    found['read-only banner'] = await axeViolations(second);

    expect(found).toEqual({ 'main screen': [], preview: [], 'versions dialog': [], 'publish check dialog': [], 'import error': [], 'read-only banner': [] });
    await context.close();
  });
});

describe('axe in dark mode', () => {
  it('finds no violation on the main screen, with an error message and the preview', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await page.emulateMedia({ colorScheme: 'dark' });
    await openApp(page, env.url);
    // An emptied title too: the preview then still has a <title> ("Vorschau").
    await page.locator('#field-hero-title').fill('');
    await page.locator('#field-contact-email').fill('kein-at-zeichen');
    await page.locator('#show-problems').click();
    await page.waitForLoadState('networkidle');
    expect({ main: await axeViolations(page), preview: await axeViolations(await previewWindow(page)) }).toEqual({ main: [], preview: [] });
    await context.close();
  });
});

describe.each(themes.flatMap((theme) => themeModes.map((mode) => ({ theme, mode }))))('error messages in theme $theme, $mode mode', ({ theme, mode }) => {
  it("are written in the theme's error colour, and axe finds no violation", async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await page.emulateMedia(mediaFor[mode]);
    await openApp(page, env.url);
    await page.locator('#field-organisation-theme').selectOption(theme);
    await expect.poll(() => page.locator('link[data-mdk-theme]').getAttribute('href')).toContain(theme);
    await page.locator('#field-contact-email').fill('kein-at-zeichen');
    await page.locator('#show-problems').click();
    await page.waitForLoadState('networkidle');

    const errorColour = computedColour(String(tokenValues[theme][mode]['color.status.error']));
    const colourOf = (selector: string) => page.locator(selector).evaluate((element) => getComputedStyle(element).color);
    await expect.poll(() => colourOf('#field-contact-email-error')).toBe(errorColour);
    expect(await colourOf('#admin-message h2')).toBe(errorColour);
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
