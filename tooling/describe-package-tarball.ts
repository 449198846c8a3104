// One Vitest suite per published package: its tarball as npm users download it (packed by pnpm,
// read back), checked file by file, and each check fed a broken tarball to show it bites.
import { beforeAll, describe, expect, it } from 'vitest';
import { packTarball, tarballChecks, type Tarball } from './package-tarball.js';

/** Declares "the npm tarball" suite for the package at `packageRoot` (a folder path). */
export function describePackageTarball(packageRoot: string, { unpackedBudget }: { unpackedBudget: number }): void {
  describe('the npm tarball', () => {
    let tarball: Tarball;
    beforeAll(() => {
      tarball = packTarball(packageRoot);
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
}
