// Which Chromium every test, benchmark and screenshot script drives, in one place.
import { existsSync } from 'node:fs';

/**
 * `CHROMIUM_PATH` if set, else Debian's package where installed, else (undefined) the browser
 * Playwright manages, on machines that have one.
 */
export const chromiumExecutable = process.env.CHROMIUM_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined);

/** Headless, and without the background traffic that a closed network answers with refusals. */
export const chromiumArgs = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];
