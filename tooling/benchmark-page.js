// What both benchmarks share: a folder served as a web server would, and one Chromium page on it.
import { chromiumArgs, chromiumExecutable } from './chromium.js';
import { serveFolder } from './serve-folder.js';

/**
 * Serves `folder`, opens `path` in it in a 1280 × 900 Chromium page, runs `measure` with that page,
 * and closes browser and server, whatever happens. `chromium` is playwright-core's, from the package
 * that runs the benchmark (the repository's root has none).
 */
export async function withBenchmarkPage(chromium, folder, path, measure) {
  const server = await serveFolder(folder);
  const browser = await chromium.launch({ ...(chromiumExecutable ? { executablePath: chromiumExecutable } : {}), args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}${path}`);
    return await measure(page);
  } finally {
    await browser.close();
    await server.close();
  }
}
