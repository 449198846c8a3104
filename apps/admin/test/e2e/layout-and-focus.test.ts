import type { Frame, Page } from 'playwright-core';
import { createExampleDocument } from '@muenchen-digital/content';
import { describe, expect, it } from 'vitest';
import { focusedId, newContext, openApp, openFreshApp, previewWindow, useBrowser } from './harness.js';

/**
 * Reflow at 320 px and at 400 % zoom (1.4.10), with messages and dialogs open too; for every stop of
 * a Tab walk through the main screen, a visible focus indicator (2.4.7) that nothing covers
 * (2.4.11); the skip link first (2.4.1); every target at least 24 × 24 px (2.5.8).
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
    // The middle of the part in the viewport: a tall text area focused near the bottom edge is
    // scrolled only as far as its caret line (Chromium), and part of it in view is not hidden
    // (2.4.11). At least 24 px of it must show.
    const top = Math.max(box.top, 0);
    const bottom = Math.min(box.bottom, innerHeight);
    if (bottom - top < Math.min(24, box.height)) return { id: name, problem: `covered by nothing on screen (${Math.max(0, bottom - top)} px in view)`, done };
    const hit = document.elementFromPoint(box.left + box.width / 2, (top + bottom) / 2);
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

  it.each([
    { theme: 'muenchen', accent: '#005a9f' },
    { theme: 'musterstadt', accent: '#7a1f5c' },
  ])('previews the page at 320 px with the text spacing of 1.4.12 in the $theme theme: nothing wider than the frame', async ({ theme, accent }) => {
    const { context, page } = await openFreshApp(env.browser, env.url, { width: 320 });
    await page.getByRole('combobox', { name: 'Erscheinungsbild' }).selectOption(theme);
    // The previewed page 320 px wide, as a phone shows the published site: the editor around it a little wider.
    const frameWidth = await page.locator('#preview-frame').evaluate((frame) => frame.clientWidth);
    await page.setViewportSize({ width: 320 + (320 - frameWidth), height: 800 });
    const preview = await previewWindow(page);
    expect(await preview.evaluate(() => document.documentElement.clientWidth)).toBe(320);
    // The theme's stylesheet has loaded: its accent colour is the page's.
    await expect
      .poll(() => preview.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--mdk-color-accent-default').trim().toLowerCase()))
      .toBe(accent);
    const wider = await preview.evaluate(async () => {
      // Measured in the theme's own fonts, not in a fallback of another width.
      await document.fonts.ready;
      // As a reader's style sheet would set it, and in every shadow root, where a page's sheet does not reach.
      const sheet = new CSSStyleSheet();
      sheet.replaceSync('* { line-height: 1.5 !important; letter-spacing: 0.12em !important; word-spacing: 0.16em !important; } p { margin-block-end: 2em !important; }');
      const roots: (Document | ShadowRoot)[] = [document];
      for (let index = 0; index < roots.length; index += 1) {
        const root = roots[index]!;
        root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
        for (const element of root.querySelectorAll('*')) if (element.shadowRoot) roots.push(element.shadowRoot);
      }
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const width = document.documentElement.clientWidth;
      return roots
        .flatMap((root) => [...root.querySelectorAll<HTMLElement>('*')])
        .filter((element) => element.getBoundingClientRect().right > width + 1)
        .map((element) => `${element.localName}.${element.className} "${element.textContent?.trim().slice(0, 30)}"`);
    });
    expect(wider).toEqual([]);
    await context.close();
  });

  it('previews at 320 px, as page and as slides, a document whose texts are each one long word: nothing scrolls sideways', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url, { width: 320 });
    const frameWidth = await page.locator('#preview-frame').evaluate((frame) => frame.clientWidth);
    await page.setViewportSize({ width: 320 + (320 - frameWidth), height: 800 });
    const strategy = createExampleDocument();
    // A compound word, a long address: nothing to break at but its letters.
    const word = 'Digitalisierungsstrategieumsetzungsfortschrittsberichterstattungsverordnungsentwurfsbegründung';
    const address = `https://statistik.muenchen.de/${'jahresbericht-digitale-verwaltung-'.repeat(3)}2025.pdf`;
    Object.assign(strategy.hero, { title: word, subtitle: word, speaker: word, role: word });
    strategy.sovereignty.terms[0] = word;
    strategy.keyMessage = word;
    strategy.keyFigures.groups[0]!.heading = word;
    strategy.sources.heading = word;
    strategy.sources.items[0]!.text = address;
    strategy.challenges.society.heading = word;
    strategy.challenges.administration.heading = word;
    strategy.challenges.administration.highlight = { figure: word, text: word };
    strategy.positionings.items[0]!.subtitle = word;
    strategy.closing.call = word;
    strategy.closing.quote = word;
    for (const [view, query] of [['Als Webseite', 'view=page'], ['Als Folien', 'view=deck']] as const) {
      await page.getByRole('button', { name: view }).click();
      // Each view is a page of its own in the frame: the one asked for, once it can show a document.
      let preview: Frame | undefined;
      await expect.poll(() => (preview = page.frames().find((frame) => frame.url().includes(query)))).toBeDefined();
      await preview!.waitForFunction(() => 'mdkPreview' in window);
      const overflow = await preview!.evaluate(async (shown) => {
        (window as unknown as { mdkPreview: { show: (document: unknown) => void } }).mdkPreview.show(shown);
        await document.fonts.ready;
        await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
        const root = document.scrollingElement!;
        return root.scrollWidth - root.clientWidth;
      }, strategy);
      expect(overflow, view).toBe(0);
    }
    await context.close();
  });

  it('gives every key-figure control at 320 px at least 240 px, and no select cuts off its chosen option', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url, { width: 320 });
    // Four fieldsets deep (the groups, a group, its figures, a figure) inside the panel and the workspace.
    const controls = await page.evaluate(() => {
      const measure = document.createElement('canvas').getContext('2d')!;
      return [...document.querySelectorAll<HTMLInputElement | HTMLSelectElement>('#section-key-figures input, #section-key-figures select')].map((control) => {
        const style = getComputedStyle(control);
        measure.font = style.font;
        const text = control instanceof HTMLSelectElement ? (control.selectedOptions[0]?.text ?? '') : '';
        // The room for the option's text: the select's content box less its arrow.
        const room = control.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 24;
        const lines = Math.ceil(measure.measureText(text).width / room);
        const fits =
          lines <= 1 ||
          // A select that wraps its chosen option (appearance: base-select) and is as tall as the lines it needs.
          (style.whiteSpace === 'normal' &&
            control.clientHeight - parseFloat(style.paddingTop) - parseFloat(style.paddingBottom) >= lines * parseFloat(style.lineHeight) - 1);
        return { id: control.id, width: control.getBoundingClientRect().width, text, fits };
      });
    });
    // Every figure's value, qualifier, unit, notation, label, spoken label, source and date.
    expect(controls.length).toBeGreaterThan(90);
    expect(controls.filter((control) => control.width < 240).map((control) => `${control.id}: ${control.width} px`)).toEqual([]);
    expect(controls.filter((control) => !control.fits).map((control) => `${control.id}: ${control.text}`)).toEqual([]);
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

  it('keeps the preview beside the form within the window at 200 % text size: focus in it is never below the screen (2.4.11)', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    // Twice the text size on the page's root (a style property: the app's CSP refuses a style element).
    // Unlike a reader's browser setting, that leaves the 62em breakpoint where it is: the two columns
    // stay, which is the case to test, the sticky preview beside a form of large text.
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'));
    const frame = await previewWindow(page);
    const windowHeight = await page.evaluate(() => innerHeight);
    // By keyboard from the last control before the preview, through every stop of the previewed page.
    await page.locator('#print-slides').focus();
    const offScreen: string[] = [];
    let stops = 0;
    for (; stops < 100; stops++) {
      await page.keyboard.press('Tab');
      if ((await page.evaluate(() => document.activeElement?.id)) !== 'preview-frame') break;
      const focused = await frame.evaluate(() => {
        let element = document.activeElement;
        while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
        const { top, bottom } = element!.getBoundingClientRect();
        return { top, bottom, name: element!.textContent!.trim().slice(0, 40) };
      });
      const frameTop = (await page.locator('#preview-frame').boundingBox())!.y;
      if (frameTop + focused.top < 0 || frameTop + focused.bottom > windowHeight) offScreen.push(focused.name);
    }
    expect(offScreen).toEqual([]);
    // The walk went through the previewed page: its footnotes, channels and footer links.
    expect(stops).toBeGreaterThan(20);
    await context.close();
  });

  it('starts with the skip link: the first Tab stop, shown when focused, and it moves focus to the start of main', async () => {
    const { context, page } = await openFreshApp(env.browser, env.url);
    await page.keyboard.press('Tab');
    const link = page.locator('.admin-skip-link');
    expect(await link.evaluate((element) => element === document.activeElement)).toBe(true);
    // Shown on screen while focused, and nothing lies over it.
    const shown = await link.evaluate((element) => {
      const box = element.getBoundingClientRect();
      const hit = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      return { inView: box.top >= 0 && box.left >= 0 && box.bottom <= innerHeight && box.right <= innerWidth && box.width > 0, uncovered: hit === element || element.contains(hit) };
    });
    expect(shown).toEqual({ inView: true, uncovered: true });
    expect(await link.innerText()).toBe('Zum Formular springen');

    await page.keyboard.press('Enter');
    await expect.poll(() => focusedId(page)).toBe('editor');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('MAIN');
    // The next Tab goes on inside main, to its first control.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('main')?.id)).toBe('editor');
    await context.close();
  });

  it.each([1280, 320])('makes every target at least 24 × 24 px (%d px wide)', async (width) => {
    const { context, page } = await openFreshApp(env.browser, env.url, { width });
    // The error summary's links and a field's error are targets on the main screen too.
    await page.locator('#field-contact-email').fill('kein-at-zeichen');
    await page.locator('#show-problems').click();
    await expect.poll(() => page.locator('#admin-message a').count()).toBe(1);
    const small = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])')]
        .filter((element) => element.checkVisibility())
        .map((element) => {
          const box = element.getBoundingClientRect();
          return { target: element.id ? `#${element.id}` : `${element.tagName.toLowerCase()} "${element.textContent?.trim().slice(0, 30)}"`, width: box.width, height: box.height };
        })
        .filter((box) => box.width < 24 || box.height < 24)
        .map(({ target, width, height }) => `${target}: ${width.toFixed(1)} × ${height.toFixed(1)}`),
    );
    expect(small).toEqual([]);
    await context.close();
  });

  const overflowing = (page: Page) =>
    page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('body *')]
        .filter((element) => element.checkVisibility() && element.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .slice(0, 5)
        .map((element) => `${element.tagName.toLowerCase()}#${element.id}.${element.className}`),
    );

  /** Whether the open dialog lies inside the viewport and its last button can be scrolled to. */
  const dialogFits = (page: Page) =>
    page.evaluate(() => {
      const dialog = document.querySelector<HTMLDialogElement>('dialog[open]')!;
      const box = dialog.getBoundingClientRect();
      const buttons = dialog.querySelectorAll('button');
      const last = buttons[buttons.length - 1]!;
      last.scrollIntoView({ block: 'nearest' });
      const lastBox = last.getBoundingClientRect();
      return {
        insideViewport: box.left >= 0 && box.top >= 0 && box.right <= innerWidth && box.bottom <= innerHeight,
        noSidewaysScroll: dialog.scrollWidth <= dialog.clientWidth,
        lastButtonReachable: lastBox.top >= box.top && lastBox.bottom <= box.bottom,
      };
    });

  // 400 % zoom of a 1280 × 900 window is a viewport of 320 × 225 CSS px.
  it.each([
    { width: 320, height: 800, zoom: '320 px' },
    { width: 320, height: 225, zoom: '400 % zoom' },
  ])('reflows with the error summary, the read-only banner and each dialog open ($zoom)', async ({ width, height }) => {
    const context = await newContext(env.browser);
    const page = await context.newPage();
    await page.setViewportSize({ width, height });
    await openApp(page, env.url);
    const found: Record<string, unknown> = {};

    // A long word in a version's name, a figure without a source and an error in the summary.
    await page.locator('#field-keyFigures-groups-0-figures-0-sourceId').selectOption('');
    await page.locator('#versions').click();
    await page.locator('#version-name').fill('Digitalisierungsstrategiefortschreibungsentwurf vor der Stadtratssitzung');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('.admin-version-list li').count()).toBe(1);
    found['versions dialog'] = { overflow: await overflowing(page), ...(await dialogFits(page)) };
    await page.keyboard.press('Escape');

    await page.locator('#publish').click();
    await expect.poll(() => page.locator('admin-publish-button dialog').evaluate((dialog: HTMLDialogElement) => dialog.open)).toBe(true);
    found['publish dialog'] = { overflow: await overflowing(page), ...(await dialogFits(page)) };
    await page.keyboard.press('Escape');

    // German compounds do not break by themselves: one in a list entry names its buttons and legend.
    await page.locator('#field-sovereignty-terms-0').fill('Digitalisierungsstrategiefortschreibungsentwurf');
    await page.locator('#field-keyFigures-groups-0-figures-0-label').fill('Onlineterminvereinbarungsmöglichkeiten');
    await page.locator('#field-hero-title').fill('');
    await page.locator('#show-problems').click();
    await expect.poll(() => page.locator('#admin-message a').count()).toBe(1);
    const second = await context.newPage();
    await second.setViewportSize({ width, height });
    await openApp(second, env.url);
    await second.locator('#lease-title').waitFor();
    found['error summary and long words'] = { overflow: await overflowing(page) };
    found['read-only banner'] = { overflow: await overflowing(second) };

    const fits = { overflow: [], insideViewport: true, noSidewaysScroll: true, lastButtonReachable: true };
    expect(found).toEqual({ 'versions dialog': fits, 'publish dialog': fits, 'error summary and long words': { overflow: [] }, 'read-only banner': { overflow: [] } });
    await context.close();
  });
});
