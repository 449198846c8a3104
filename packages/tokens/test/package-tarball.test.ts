// The tarball as npm users download it: packed by pnpm, read back, checked file by file.
import { fileURLToPath } from 'node:url';
import { describePackageTarball } from '../../../tooling/describe-package-tarball.js';
import { themeNames } from '../src/generated/token-values.js';

// Measured 247,670 bytes unpacked (150 kB packed) with two themes, most of it their seven font files;
// the JavaScript maps carry their sources. The budget grows by a theme's share: a city that adds its
// theme with three faces of its own font (about 105 kB for Lora) stays within it, but a whole font
// family shipped by mistake (every weight and subset: megabytes) does not.
const perTheme = 100_000;
const base = 100_000;
describePackageTarball(fileURLToPath(new URL('..', import.meta.url)), { unpackedBudget: base + perTheme * themeNames.length });
