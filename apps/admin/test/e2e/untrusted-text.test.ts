import { describe, expect, it } from 'vitest';
import { openFreshApp, previewFrame, previewWindow, useBrowser } from './harness.js';

/** Whatever a person types is text: markup in a label shows as characters and never runs. */
const env = useBrowser();
const markup = '<img src=x onerror=window.__pwned=1>';

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
});
