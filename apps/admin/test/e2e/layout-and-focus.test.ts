import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { openFreshApp, useBrowser } from './harness.js';

/**
 * Reflow at 320 px (1.4.10) and, for every stop of a Tab walk through the main screen, a visible
 * focus indicator (2.4.7) that nothing covers (2.4.11).
 */
const env = useBrowser();

/** What is wrong with the focused element's focus, or undefined when nothing is. */
function focusProblem(page: Page) {
  return page.evaluate(() => {
    const element = document.activeElement as HTMLElement | null;
    if (!element || element === document.body) return { id: 'body', problem: undefined, done: false };
    // Focus inside the preview frame: the frame's own page is tested separately.
    if (element.tagName === 'IFRAME') return { id: element.id, problem: undefined, done: false };
    const done = element.matches('.admin-skip-link');
    const name = element.id ? `#${element.id}` : `${element.tagName.toLowerCase()}.${element.className} "${element.textContent?.trim().slice(0, 40)}"`;
    const style = getComputedStyle(element);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadowed = style.boxShadow !== 'none';
    if (!outlined && !shadowed) return { id: name, problem: 'no outline or box-shadow', done };
    const box = element.getBoundingClientRect();
    if (box.width < 1 || box.height < 1) return { id: name, problem: `too small to see (${box.width}×${box.height})`, done };
    const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
    if (!hit || !(hit === element || element.contains(hit))) {
      return { id: name, problem: `covered by ${hit ? `${hit.tagName.toLowerCase()}#${hit.id}.${hit.className}` : 'nothing on screen'}`, done };
    }
    return { id: name, problem: undefined, done };
  });
}

describe('layout and focus', () => {
  it('has no horizontal scrolling at 320 px', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url, { width: 320 });
    const overflow = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      wider: [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .slice(0, 5)
        .map((element) => `${element.tagName.toLowerCase()}#${element.id}.${element.className}`),
    }));
    expect(overflow.wider).toEqual([]);
    expect(overflow.scrollWidth).toBeLessThanOrEqual(overflow.clientWidth);
    await context.close();
  });

  it.each([1280, 320])('shows every focused control with a visible, uncovered focus indicator (%d px wide)', async (width) => {
    const { context, page } = await openFreshApp(env.browser, env.url, { width });
    // Messages and the problem count are part of the main screen too.
    await page.locator('#field-contact-email').fill('kein-at-zeichen');
    await page.locator('#show-problems').click();
    // Start at the first stop, the skip link, and go forward until focus comes round to it again.
    await page.evaluate(() => document.querySelector<HTMLElement>('.admin-skip-link')?.focus());
    // Back and forth by key: focus set by script after a click would not count as keyboard focus.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    const problems: string[] = [];
    const visited = new Set<string>();
    const first = await focusProblem(page);
    if (first.problem) problems.push(`${first.id}: ${first.problem}`);
    let stops = 0;
    for (; stops < 800; stops++) {
      await page.keyboard.press('Tab');
      const result = await focusProblem(page);
      if (stops > 0 && result.done) break;
      if (result.problem && !visited.has(result.id)) problems.push(`${result.id}: ${result.problem}`);
      visited.add(result.id);
    }
    expect(problems).toEqual([]);
    // The walk went round the whole page: the form alone has a few hundred stops.
    expect(stops).toBeGreaterThan(200);
    expect(stops).toBeLessThan(800);
    await context.close();
  });
});
