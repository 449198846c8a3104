import { describe, expect, it } from 'vitest';
import { openApp, openFreshApp, previewFrame, useBrowser } from './harness.js';

const env = useBrowser();

describe('editing a key figure', () => {
  it('updates the preview, and survives a reload', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);

    const label = page.locator('#field-keyFigures-groups-0-figures-0-label');
    await label.fill('Einwohner*innen');
    const preview = await previewFrame(page);
    await expect.poll(() => preview.locator('mdk-kpi-tile').first().getAttribute('label')).toBe('Einwohner*innen');

    // Reload at once: the write that is still under way, or the change kept on leaving, survives it.
    await page.reload();
    await openApp(page, env.url);
    await expect.poll(() => page.locator('#field-keyFigures-groups-0-figures-0-label').inputValue()).toBe('Einwohner*innen');
    await context.close();
  });

  it('gives the preview tile a spoken label, which it reads in place of the written one', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    await page.locator('#field-keyFigures-groups-0-figures-0-spokenLabel').fill('Bürgerinnen und Bürger');
    const tile = (await previewFrame(page)).locator('mdk-kpi-tile').first();
    await expect.poll(() => tile.getAttribute('spoken-label')).toBe('Bürgerinnen und Bürger');
    // What the tile gives assistive technology: the words with the spoken label; the label as written on screen.
    expect(await tile.locator('.visually-hidden').first().textContent()).toBe('rund 1,6 Millionen Bürgerinnen und Bürger,');
    expect(await tile.locator('[part=label]').textContent()).toBe('Bürger*innen');

    // Emptied, the attribute goes and the label is read as written.
    await page.locator('#field-keyFigures-groups-0-figures-0-spokenLabel').fill('');
    await expect.poll(() => tile.getAttribute('spoken-label')).toBeNull();
    await context.close();
  });

  it('gives the preview group a spoken heading, which names the heading in place of the written one', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    await page.locator('#field-keyFigures-groups-0-spokenHeading').fill('Nutzerinnen und Nutzer');
    const group = (await previewFrame(page)).locator('mdk-kpi-group').first();
    await expect.poll(() => group.getAttribute('spoken-heading')).toBe('Nutzerinnen und Nutzer');
    // The heading is named by the spoken form (Chromium's tree, through the shadow root); seen as written.
    await expect.poll(() => group.getByRole('heading', { level: 3 }).getAttribute('part')).toBe('heading');
    expect(await group.getByRole('heading', { name: 'Nutzerinnen und Nutzer', exact: true }).count()).toBe(1);
    expect(await group.locator('[part=heading] [aria-hidden=true]').textContent()).toBe('NUTZER*INNEN');

    await page.locator('#field-keyFigures-groups-0-spokenHeading').fill('');
    await expect.poll(() => group.getAttribute('spoken-heading')).toBeNull();
    expect(await group.getByRole('heading', { name: 'NUTZER*INNEN', exact: true }).count()).toBe(1);
    await context.close();
  });
});
