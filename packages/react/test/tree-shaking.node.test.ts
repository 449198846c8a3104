// The README's promise: the package has no side effects of its own, so a page that imports one
// component from the package's root bundles that element only — not the whole kit.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

async function bundle(source: string): Promise<string> {
  const result = await build({
    stdin: { contents: source, resolveDir: packageRoot, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    // What a page's bundler shares between all its components.
    external: ['react', 'react-dom', 'lit', 'lit/*', '@lit/*'],
  });
  return result.outputFiles[0]!.text;
}

describe('tree-shaking', () => {
  it("import { MdkKpiTile } from '@muenchen-digital/react' bundles the tile only", async () => {
    const code = await bundle(`import { MdkKpiTile } from '@muenchen-digital/react'; export { MdkKpiTile };`);
    expect(code).toContain('"mdk-kpi-tile"');
    for (const other of ['mdk-kpi-group', 'mdk-source-list', 'mdk-deck', 'mdk-channel-links']) expect(code, other).not.toContain(`"${other}"`);
  });

  it('the check bites: importing the deck as well brings the deck in', async () => {
    const code = await bundle(`import { MdkKpiTile, MdkDeck } from '@muenchen-digital/react'; export { MdkKpiTile, MdkDeck };`);
    expect(code).toContain('"mdk-deck"');
  });
});
