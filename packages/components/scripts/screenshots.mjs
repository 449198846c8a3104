// Screenshots of stories from the built Storybook (storybook-static/), in headless Chromium:
//   node scripts/screenshots.mjs <out-dir> [story-id] [theme,mode,width …]   (mode: light, dark, high-contrast, forced-colors)
// Serves storybook-static on a loopback port, opens each story × theme × mode × width, writes PNGs.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumExecutable } from '../../../tooling/chromium.js';
import { serveFolder } from '../../../tooling/serve-folder.js';

const [outDir = 'screenshots', storyId = 'examples-key-figures-slide--key-figures-slide', ...variants] = process.argv.slice(2);
const staticDir = new URL('../storybook-static/', import.meta.url).pathname;

const runs = (variants.length > 0 ? variants : ['muenchen,light,1280', 'muenchen,light,320']).map((variant) => {
  const [theme, mode, width] = variant.split(',');
  return { theme, mode, width: Number(width) };
});

const server = await serveFolder(staticDir);

const browser = await chromium.launch({
  executablePath: chromiumExecutable,
  args: chromiumArgs,
});
await mkdir(outDir, { recursive: true });
try {
  for (const { theme, mode, width } of runs) {
    // "forced-colors" emulates Windows high-contrast themes over the light mode.
    const forcedColors = mode === 'forced-colors';
    const page = await browser.newPage({ viewport: { width, height: 900 }, forcedColors: forcedColors ? 'active' : 'none' });
    const viewMode = storyId.endsWith('--docs') ? 'docs' : 'story';
    await page.goto(`${server.url}iframe.html?id=${storyId}&viewMode=${viewMode}&globals=theme:${theme};mode:${forcedColors ? 'light' : mode}`);
    await page.waitForSelector(viewMode === 'docs' ? '#storybook-docs h1' : '#storybook-root *', { state: 'attached' });
    await page.evaluate(() => document.fonts.ready);
    await page.waitForTimeout(300);
    const file = join(outDir, `${storyId}--${theme}-${mode}-${width}.png`);
    await page.screenshot({ path: file, fullPage: true });
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    console.log(`${file}${overflow > 0 ? `  (overflows by ${overflow}px)` : ''}`);
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
