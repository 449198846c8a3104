// The tarball as npm users download it: packed by pnpm, read back, checked file by file.
import { fileURLToPath } from 'node:url';
import { describePackageTarball } from '../../../tooling/describe-package-tarball.js';

// Measured 62,324 bytes unpacked (14 kB packed): 22 wrappers with their types and self-contained
// maps. The budget leaves room for a few more elements.
describePackageTarball(fileURLToPath(new URL('..', import.meta.url)), { unpackedBudget: 90_000 });
