// The built package as a page imports it: each subpath registers its own elements, the root all.
import { describe, expect, it } from 'vitest';

describe('entry points of the built package (dist/)', () => {
  it('kpi-tile.js registers <mdk-kpi-tile> only; the root entry registers every element', async () => {
    await import('../dist/kpi-tile.js');
    expect(customElements.get('mdk-kpi-tile')).toBeDefined();
    expect(customElements.get('mdk-kpi-group')).toBeUndefined();
    expect(customElements.get('mdk-source-list')).toBeUndefined();

    await import('../dist/index.js');
    for (const tag of ['mdk-kpi-tile', 'mdk-kpi-group', 'mdk-source-list', 'mdk-source']) {
      expect(customElements.get(tag), tag).toBeDefined();
    }
  });

  it('a second copy of the kit on the page does not throw: the first definition stays', async () => {
    const first = customElements.get('mdk-kpi-tile');
    const warnings: unknown[] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args[0]);
    try {
      // The development build: a different class for the same tag, as a second kit version would be.
      // @ts-expect-error -- the development build ships no declarations of its own (it mirrors dist/).
      await import('../dist/development/kpi-tile.js');
    } finally {
      console.warn = warn;
    }
    expect(customElements.get('mdk-kpi-tile')).toBe(first);
    expect(String(warnings[0])).toContain('<mdk-kpi-tile> is defined twice');
  });
});
