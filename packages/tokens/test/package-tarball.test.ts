// The tarball as npm users download it: packed by pnpm, read back, checked file by file.
import { fileURLToPath } from 'node:url';
import { describePackageTarball } from '../../../tooling/describe-package-tarball.js';

// Measured 247,670 bytes unpacked (150 kB packed), most of it the seven font files; the JavaScript
// maps carry their sources. The budget leaves about a fifth: room for a theme, not for a font family.
describePackageTarball(fileURLToPath(new URL('..', import.meta.url)), { unpackedBudget: 300_000 });
