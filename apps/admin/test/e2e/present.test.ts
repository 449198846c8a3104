import { describe, expect, it } from 'vitest';
import { lastAnnounced, newContext, openApp, openFreshApp, refuseFullScreen, storedDocument, tabTo, useBrowser } from './harness.js';

/**
 * Present mode by keyboard: full screen, one slide at a time, keys move, the deck's button ends it.
 * And the deck prints one slide per page.
 */
const env = useBrowser();

/** Opens the app where the browser refuses full screen and presents by a click: the preview frame and its deck. */
async function presentWithoutFullScreen() {
  const { context, page } = await openFreshApp(env.browser, env.url);
  await refuseFullScreen(page);
  const frame = page.frameLocator('#preview-frame');
  const deck = frame.locator('mdk-deck');
  await page.locator('#present').click();
  await expect.poll(() => deck.getAttribute('mode')).toBe('present');
  return { context, page, frame, deck };
}

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
    // Focus is on the slide's heading, which a screen reader reads; the deck adds where we are, once.
    expect(await previewPage.evaluate(() => document.activeElement?.id)).toBe('titel');
    await expect.poll(() => deck.locator('[part=status]').textContent()).toBe('Präsentationsmodus. Folie 1 von 13');
    // The deck's buttons keep off the screen's edges, so their focus rings show whole.
    const roomAtEdges = await previewPage.evaluate(() => {
      const controls = document.querySelector('mdk-deck')!.shadowRoot!;
      const first = controls.querySelector('[part~="mode-button"]')!.getBoundingClientRect();
      const last = controls.querySelector('[part~="next-button"]')!.getBoundingClientRect();
      return Math.min(first.left, first.top, innerWidth - last.right);
    });
    expect(roomAtEdges).toBeGreaterThanOrEqual(8);

    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('PageDown');
    await expect.poll(visibleSlides).toEqual(['kernbotschaft']);
    await expect.poll(() => previewPage.evaluate(() => location.hash)).toBe('#kernbotschaft');
    await page.keyboard.press('End');
    await expect.poll(visibleSlides).toEqual(['kanaele']);
    await page.keyboard.press('Home');
    await expect.poll(visibleSlides).toEqual(['titel']);

    // In full screen the presentation is all there is: Tab past its last button comes round to its
    // first, and Shift+Tab back; focus never goes to the hidden page or the browser's own controls.
    const focusedPart = () => previewPage.evaluate(() => document.querySelector('mdk-deck')?.shadowRoot?.activeElement?.getAttribute('part') ?? 'none');
    await frame.getByRole('button', { name: 'Nächste Folie' }).focus();
    await page.keyboard.press('Tab');
    await expect.poll(focusedPart).toContain('mode-button');
    await page.keyboard.press('Shift+Tab');
    await expect.poll(focusedPart).toContain('next-button');
    expect(await page.evaluate(() => document.fullscreenElement?.id)).toBe('preview-frame');
    // The keyboard help, open: Tab stays on its button, which closes it.
    await page.keyboard.press('?');
    await expect.poll(() => previewPage.evaluate(() => document.querySelector('mdk-deck')?.shadowRoot?.querySelector('dialog')?.open)).toBe(true);
    const inHelp = () => previewPage.evaluate(() => Boolean(document.querySelector('mdk-deck')?.shadowRoot?.activeElement?.closest('dialog')));
    await expect.poll(inHelp).toBe(true);
    await page.keyboard.press('Tab');
    await expect.poll(inHelp).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await expect.poll(inHelp).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => previewPage.evaluate(() => document.querySelector('mdk-deck')?.shadowRoot?.querySelector('dialog')?.open)).toBe(false);

    // The deck's visible "Alle Folien zeigen" ends presenting and leaves full screen.
    await frame.getByRole('button', { name: 'Alle Folien zeigen' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.fullscreenElement?.id ?? 'none')).toBe('none');
    await expect.poll(() => deck.getAttribute('mode')).toBe('overview');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('present');
    await context.close();
  });

  it('offers one control for presenting and none of the deck\'s own for the same actions', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    await page.getByRole('button', { name: 'Als Folien', exact: true }).click();
    const frame = page.frameLocator('#preview-frame');
    const deck = frame.locator('mdk-deck');
    await deck.locator('mdk-slide').first().waitFor();
    // Buttons as assistive technology gets them (hidden ones left out), in the app and in the preview.
    const buttons = async (name: RegExp) => (await page.getByRole('button', { name }).count()) + (await frame.getByRole('button', { name }).count());

    // The slide preview: the app's "Präsentieren" presents in full screen; the deck has no second one, nor a "Vollbild".
    await expect.poll(() => buttons(/Präsentieren/)).toBe(1);
    expect(await page.getByRole('button', { name: 'Präsentieren', exact: true }).count()).toBe(1);
    expect(await buttons(/Vollbild/)).toBe(0);

    // Presenting: one way back (the deck's "Alle Folien zeigen", which also leaves full screen), no "Vollbild".
    await page.getByRole('button', { name: 'Präsentieren', exact: true }).click();
    await expect.poll(() => deck.getAttribute('mode')).toBe('present');
    await expect.poll(() => frame.getByRole('button', { name: 'Alle Folien zeigen' }).count()).toBe(1);
    expect(await frame.getByRole('button', { name: /Präsentieren/ }).count()).toBe(0);
    expect(await buttons(/Vollbild/)).toBe(0);
    await context.close();
  });

  it.each(['Escape', 'Alle Folien zeigen'])('presents in the page where the browser refuses full screen; %s ends it with focus back on "Präsentieren"', async (way) => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    await refuseFullScreen(page);
    const frame = page.frameLocator('#preview-frame');
    const deck = frame.locator('mdk-deck');
    const focused = () => page.evaluate(() => document.activeElement?.id);

    await tabTo(page, '#present');
    await page.keyboard.press('Enter');
    await expect.poll(() => deck.getAttribute('mode')).toBe('present');
    expect(await page.evaluate(() => document.fullscreenElement)).toBeNull();
    expect(await focused()).toBe('preview-frame');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => frame.locator('mdk-slide:not([inert])').getAttribute('id')).not.toBe('titel');

    if (way === 'Escape') {
      await page.keyboard.press('Escape');
    } else {
      await frame.getByRole('button', { name: way }).focus();
      await page.keyboard.press('Enter');
    }
    await expect.poll(() => deck.getAttribute('mode')).toBe('overview');
    await expect.poll(focused).toBe('present');
    await expect.poll(() => lastAnnounced(page)).toBe('Präsentation beendet.');

    // Presenting again works the same way, and ends the same way.
    await page.keyboard.press('Enter');
    await expect.poll(() => deck.getAttribute('mode')).toBe('present');
    await page.keyboard.press('Escape');
    await expect.poll(focused).toBe('present');
    await context.close();
  });

  it('keeps presenting when Esc closes the deck\'s own shortcut help', async () => {
    const { context, page, deck } = await presentWithoutFullScreen();
    await page.keyboard.press('?');
    await expect.poll(() => deck.locator('dialog[open]').count()).toBe(1);
    await page.keyboard.press('Escape');
    await expect.poll(() => deck.locator('dialog[open]').count()).toBe(0);
    expect(await deck.getAttribute('mode')).toBe('present');
    // The next Esc ends presenting.
    await page.keyboard.press('Escape');
    await expect.poll(() => deck.getAttribute('mode')).toBe('overview');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('present');
    await context.close();
  });

  it('presents again after the other view was chosen while presenting without full screen', async () => {
    const { context, page, frame, deck } = await presentWithoutFullScreen();

    // Without full screen the editor stays usable: "Als Webseite" ends that presentation.
    await page.getByRole('button', { name: 'Als Webseite', exact: true }).click();
    // The web page view's own document (the slide view's had a brand header too).
    await expect.poll(() => page.frames().some((candidate) => candidate.url().includes('preview.html?view=page'))).toBe(true);
    await frame.locator('mdk-brand-header').waitFor({ state: 'attached' });
    await page.locator('#present').click();
    await expect.poll(() => deck.getAttribute('mode')).toBe('present');
    // Focus on the current slide in the new slide view, where the keys go.
    await expect.poll(() => deck.evaluate(() => document.activeElement?.localName)).toBe('mdk-slide');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('present');
    await context.close();
  });

  it('"Folien drucken" prints the preview\'s slide view (from the web page view too), not the editor', async () => {
    const context = await newContext(env.browser);
    // The browser's print dialog, counted instead of opened, in every frame.
    await context.addInitScript(() => {
      window.print = () => {
        (window as unknown as { printed: number }).printed = ((window as unknown as { printed?: number }).printed ?? 0) + 1;
      };
    });
    const page = await context.newPage();
    await openApp(page, env.url);
    expect(await page.locator('.admin-preview-tabs [aria-pressed="true"]').innerText()).toBe('Als Webseite');

    await page.getByRole('button', { name: 'Folien drucken' }).click();
    const frame = page.frameLocator('#preview-frame');
    await expect.poll(() => page.locator('#preview-frame').evaluate((element: HTMLIFrameElement) => (element.contentWindow as unknown as { printed?: number }).printed)).toBe(1);
    expect(await page.locator('#preview-frame').evaluate((element: HTMLIFrameElement) => element.contentWindow?.location.search)).toBe('?view=deck');
    // Printed with every slide there, and the editor itself not printed.
    expect(await frame.locator('mdk-slide').count()).toBeGreaterThan(10);
    expect(await page.evaluate(() => (window as unknown as { printed?: number }).printed)).toBeUndefined();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('print-slides');
    await context.close();
  });

  it('prints the deck one slide per page', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const strategy = (await storedDocument(page))!.document;
    // The preview's deck on a page of its own: page.pdf() prints a page, not a frame inside it.
    const deckPage = await context.newPage();
    await deckPage.goto(new URL('preview.html?view=deck', env.url).href);
    await deckPage.waitForFunction(() => 'mdkPreview' in window);
    await deckPage.evaluate((shown) => window.mdkPreview!.show(shown), strategy);
    await deckPage.locator('mdk-slide').first().waitFor();
    await deckPage.evaluate(() => document.fonts.ready);
    const slides = await deckPage.locator('mdk-slide').count();
    expect(slides).toBeGreaterThan(10);
    const pdf = await deckPage.pdf({ format: 'A4', landscape: true, printBackground: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length ?? 0;
    expect(pages).toBe(slides);
    await context.close();
  });
});
