import { describe, expect, it } from 'vitest';
import { openFreshApp, tabTo, useBrowser } from './harness.js';

/** Present mode by keyboard: full screen, one slide at a time, keys move, the deck's button ends it. */
const env = useBrowser();

describe('present mode', () => {
  it('presents the deck full screen and moves through the slides by keyboard alone', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    await tabTo(page, '#present');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id)).toBe('preview-frame');

    const frame = page.frameLocator('#preview-frame');
    const deck = frame.locator('mdk-deck');
    await expect.poll(() => deck.getAttribute('mode')).toBe('present');
    const previewPage = page.frames().find((candidate) => candidate.url().includes('preview.html'))!;
    // Only the current slide is reachable: every other slide is inert.
    const visibleSlides = () => previewPage.evaluate(() => [...document.querySelectorAll('mdk-slide')].filter((slide) => !slide.inert).map((slide) => slide.id));
    await expect.poll(visibleSlides).toEqual(['titel']);

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageDown');
    await expect.poll(visibleSlides).toEqual(['kernbotschaft']);
    await expect.poll(() => previewPage.evaluate(() => location.hash)).toBe('#kernbotschaft');
    await page.keyboard.press('End');
    await expect.poll(visibleSlides).toEqual(['kanaele']);
    await page.keyboard.press('Home');
    await expect.poll(visibleSlides).toEqual(['titel']);

    // The deck's visible "Alle Folien zeigen" ends presenting and leaves full screen.
    await frame.getByRole('button', { name: 'Alle Folien zeigen' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id ?? 'none')).toBe('none');
    await expect.poll(() => deck.getAttribute('mode')).toBe('overview');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('present');
    await context.close();
  });
});
