// The end-to-end tests switch between every city theme the tokens package builds. A fork that offers
// fewer (MDK_THEMES in apps/admin/.env) builds dist/ with fewer, so for those tests this set-up builds
// a copy of the app that offers every theme, and the tests drive that copy; offered-themes.test.ts
// checks what MDK_THEMES itself does. Without a setting, the tests drive dist/ as `pnpm build` wrote it.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { themeNames } from '@muenchen-digital/tokens';
import { build, loadEnv } from 'vite';
import type { TestProject } from 'vitest/node';
import { offeredThemesSetting, parseOfferedThemes } from '../../src/offered-themes-setting.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built app the end-to-end tests drive. */
    distFolder: string;
  }
}

const appFolder = resolve(import.meta.dirname, '../..');

export default async function setup(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const setting = { ...loadEnv('production', appFolder, 'MDK_'), ...process.env }[offeredThemesSetting];
  if (parseOfferedThemes(setting, themeNames).length === themeNames.length) {
    project.provide('distFolder', join(appFolder, 'dist'));
    return undefined;
  }
  const folder = await mkdtemp(join(tmpdir(), 'mdk-admin-all-themes-'));
  const before = process.env[offeredThemesSetting];
  process.env[offeredThemesSetting] = '';
  try {
    await build({ root: appFolder, configFile: join(appFolder, 'vite.config.ts'), logLevel: 'silent', build: { outDir: folder, emptyOutDir: true } });
  } finally {
    if (before === undefined) delete process.env[offeredThemesSetting];
    else process.env[offeredThemesSetting] = before;
  }
  project.provide('distFolder', folder);
  return () => rm(folder, { recursive: true, force: true });
}
