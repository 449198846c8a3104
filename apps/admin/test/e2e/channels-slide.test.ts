import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openFreshApp, storedDocument, useBrowser } from './harness.js';

/**
 * "Unsere Kanäle" and "Empfehlungen" are said once each: on the page the list's own heading names the
 * section, on a slide the slide's heading does and the list has none (`no-heading`) — as Chromium's
 * accessibility tree has it.
 */
const env = useBrowser();

interface RawAxNode {
  ignored: boolean;
  role?: { value?: unknown };
  name?: { value?: unknown };
}

/** The names of the headings that Chromium's accessibility tree of the preview frame includes. */
async function previewHeadings(page: Page): Promise<string[]> {
  const preview = page.frames().find((candidate) => candidate.url().includes('preview.html'));
  if (!preview) throw new Error('no preview frame');
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const frame = frameTree.childFrames?.find((child) => child.frame.url === preview.url());
    if (!frame) throw new Error('no preview frame in the frame tree');
    const { nodes } = await cdp.send('Accessibility.getFullAXTree', { frameId: frame.frame.id });
    return (nodes as RawAxNode[])
      .filter((node) => !node.ignored && node.role?.value === 'heading')
      .map((node) => String(node.name?.value ?? '').replace(/\s+/g, ' ').trim());
  } finally {
    await cdp.detach();
  }
}

describe('the channels section', () => {
  it('has one heading with its name on the slide, and one on the page', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const heading = (await storedDocument(page))!.document.channels.heading;
    expect(heading.trim()).not.toBe('');

    await page.locator('.admin-preview-tabs button').nth(1).click();
    const frame = page.frameLocator('#preview-frame');
    await frame.locator('mdk-slide#kanaele mdk-channel-links').locator('li').first().waitFor();
    await expect.poll(async () => (await previewHeadings(page)).filter((name) => name === heading)).toEqual([heading]);
    // The slide's heading is the one that stays, and the channels are still there under it.
    expect(await frame.locator('mdk-slide#kanaele').getByRole('heading', { name: heading, exact: true }).count()).toBe(1);
    expect(await frame.locator('mdk-slide#kanaele mdk-channel-links').getByRole('listitem').count()).toBeGreaterThan(0);

    await page.locator('.admin-preview-tabs button').nth(0).click();
    await frame.locator('section#kanaele mdk-channel-links').locator('li').first().waitFor();
    await expect.poll(async () => (await previewHeadings(page)).filter((name) => name === heading)).toEqual([heading]);
    await context.close();
  });
});

describe('the recommendations section', () => {
  it('has one heading with its name on the slide, and one on the page', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    const heading = (await storedDocument(page))!.document.recommendations.heading;
    expect(heading.trim()).not.toBe('');

    await page.locator('.admin-preview-tabs button').nth(1).click();
    const frame = page.frameLocator('#preview-frame');
    await frame.locator('mdk-slide#empfehlungen mdk-recommendation-list').locator('li').first().waitFor();
    await expect.poll(async () => (await previewHeadings(page)).filter((name) => name === heading)).toEqual([heading]);
    // The slide's heading is the one that stays, and the recommendations are still there under it.
    expect(await frame.locator('mdk-slide#empfehlungen').getByRole('heading', { name: heading, exact: true }).count()).toBe(1);
    expect(await frame.locator('mdk-slide#empfehlungen mdk-recommendation-list').getByRole('listitem').count()).toBeGreaterThan(0);

    await page.locator('.admin-preview-tabs button').nth(0).click();
    await frame.locator('section#empfehlungen mdk-recommendation-list').locator('li').first().waitFor();
    await expect.poll(async () => (await previewHeadings(page)).filter((name) => name === heading)).toEqual([heading]);
    await context.close();
  });
});
