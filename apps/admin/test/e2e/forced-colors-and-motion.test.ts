import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { newContext, openApp, useBrowser } from './harness.js';

/**
 * The person's display settings. Under `forced-colors: active` (Windows' contrast themes) the browser replaces every colour and drops
 * backgrounds' meaning: a state shown only by a fill disappears. Each state the admin shows — the
 * preview's pressed view button, a disabled command, an invalid field, an error message, keyboard
 * focus — must still differ in what the browser computes then (1.4.1, 1.4.11, 2.4.7). Under
 * `prefers-reduced-motion: reduce` nothing in the editor moves: no animation, no transition, no
 * smooth scrolling when a link jumps to a section or a field (2.3.3).
 */
const env = useBrowser();

/** The computed properties that stay visible when the browser forces its colours. */
const visibleStyle = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((element) => {
    const style = getComputedStyle(element);
    return {
      background: style.backgroundColor,
      colour: style.color,
      border: `${style.borderTopWidth} ${style.borderTopStyle} ${style.borderTopColor} / ${style.borderLeftWidth} ${style.borderLeftStyle}`,
      outline: style.outlineStyle === 'none' ? 'none' : `${style.outlineWidth} ${style.outlineStyle} ${style.outlineColor}`,
      text: `${style.fontWeight} ${style.textDecorationLine}`,
    };
  });

describe('forced colours', () => {
  it('keep every state visible: pressed, disabled, invalid, error and focus', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await page.emulateMedia({ forcedColors: 'active' });
    await openApp(page, env.url);
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    await page.locator('#field-hero-title').fill('');
    await expect.poll(() => page.locator('#field-hero-title').getAttribute('aria-invalid')).toBe('true');

    const differ = async (name: string, one: string, other: string) => ({ name, differ: JSON.stringify(await visibleStyle(page, one)) !== JSON.stringify(await visibleStyle(page, other)) });
    const found = [
      await differ('pressed view button', '.admin-preview-tabs [aria-pressed="true"]', '.admin-preview-tabs [aria-pressed="false"]'),
      // After an edit "Rückgängig" is available and "Wiederholen" is not.
      await differ('disabled command', '#redo', '#undo'),
      await differ('invalid field', '#field-hero-title', '#field-hero-subtitle'),
      await differ('error message', '#field-hero-title-error', '.admin-hint'),
    ];
    expect(found.filter(({ differ }) => !differ).map(({ name }) => name)).toEqual([]);

    // Keyboard focus: an outline the forced palette keeps (a box-shadow it would drop).
    await page.locator('#export').focus();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('export');
    const focused = await visibleStyle(page, '#export');
    expect(focused.outline).not.toBe('none');
    expect(focused.outline).not.toMatch(/transparent|rgba\(0, 0, 0, 0\)/);
    await context.close();
  });
});

describe('reduced motion', () => {
  it('moves nothing: no animation or transition runs, and jumps to a section or a field are instant', async () => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openApp(page, env.url);
    await page.locator('#field-hero-title').fill('');
    await page.locator('#show-problems').click();
    await page.locator('#admin-message a').first().click();
    await page.getByRole('link', { name: 'Kontakt', exact: true }).click();

    const motion = await page.evaluate(() => ({
      animations: document.getAnimations().map((animation) => String((animation as CSSAnimation).animationName ?? animation.id)),
      transitions: [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((element) => getComputedStyle(element).transitionDuration.split(',').some((duration) => parseFloat(duration) > 0))
        .slice(0, 5)
        .map((element) => element.id || element.className),
      smoothScroll: [document.documentElement, document.body].map((element) => getComputedStyle(element).scrollBehavior).filter((behaviour) => behaviour !== 'auto'),
    }));
    expect(motion).toEqual({ animations: [], transitions: [], smoothScroll: [] });
    await context.close();
  });
});
