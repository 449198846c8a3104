// The tarball as npm users download it: packed by pnpm, read back, checked file by file.
import { fileURLToPath } from 'node:url';
import { describePackageTarball } from '../../../tooling/describe-package-tarball.js';

// Measured 1,381,206 bytes unpacked (304 kB packed), with the vendor files (icons) without source
// maps. Before, the maps of simple-icons made it 12 MB. The budget leaves room for a few elements.
describePackageTarball(fileURLToPath(new URL('..', import.meta.url)), { unpackedBudget: 1_600_000 });
