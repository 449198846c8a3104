// The tarball as npm users download it: packed by pnpm, read back, checked file by file.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { packTarball, tarballChecks, type Tarball } from '../../../tooling/package-tarball.js';

// Measured 286,626 bytes unpacked, the JavaScript maps carrying their sources; 26 kB of it is the
// table that names every place in a document in words (locations.js with its map). The budget
// leaves about a tenth for the content model to grow.
const unpackedBudget = 315_000;

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
