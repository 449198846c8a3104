// The tarball as npm users download it: packed by pnpm, read back, checked file by file.
import { fileURLToPath } from 'node:url';
import { describePackageTarball } from '../../../tooling/describe-package-tarball.js';

// Measured 286,626 bytes unpacked at first, 315,384 now (the JavaScript maps carry their sources);
// 26 kB of it is the table that names every place in a document in words (locations.js with its
// map). The budget leaves about a tenth for the content model to grow again.
describePackageTarball(fileURLToPath(new URL('..', import.meta.url)), { unpackedBudget: 345_000 });
