// The tarball as npm users download it: packed by pnpm, read back, checked file by file.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { packTarball, tarballChecks, type Tarball } from '../../../tooling/package-tarball.js';

// Measured 1,381,206 bytes unpacked (304 kB packed), with the vendor files (icons) without source
// maps. Before, the maps of simple-icons made it 12 MB. The budget leaves room for a few elements.
const unpackedBudget = 1_600_000;

describe('the npm tarball', () => {
  let tarball: Tarball;
  beforeAll(() => {
    tarball = packTarball(fileURLToPath(new URL('..', import.meta.url)));
  }, 60_000);

  for (const { name, problems, counterexample } of tarballChecks({ unpackedBudget })) {
    it(name, () => {
      expect(problems(tarball)).toEqual([]);
    });

    it(`the check bites: ${name}`, () => {
      expect(problems({ files: counterexample })).not.toEqual([]);
    });
  }
});
