// The Vite plugin that gives Storybook (and the admin app) every city theme's stylesheet: it makes
// the module from the list it is given, so a theme a city adds to the tokens package is in it.
import { describe, expect, it } from 'vitest';
import { themeStylesheets } from '../../../tooling/theme-stylesheets.js';

describe('virtual:mdk-theme-stylesheets', () => {
  const plugin = themeStylesheets(['muenchen', 'musterstadt', 'beispielstadt']);

  it('imports one stylesheet per theme it is given, keyed by the theme name', () => {
    const id = plugin.resolveId('virtual:mdk-theme-stylesheets?inline');
    expect(id).toBe('\0virtual:mdk-theme-stylesheets?inline');
    const code = plugin.load(id!)!;
    expect(code).toContain('import theme2 from "@muenchen-digital/tokens/beispielstadt.css?inline";');
    expect(code).toMatch(/export default \{\n {2}"muenchen": theme0,\n {2}"musterstadt": theme1,\n {2}"beispielstadt": theme2,\n\};/);
  });

  it('hands the stylesheets over as addresses with ?url', () => {
    const code = plugin.load(plugin.resolveId('virtual:mdk-theme-stylesheets?url')!)!;
    expect(code.match(/\.css\?url";/g)).toHaveLength(3);
  });

  it('leaves every other module alone', () => {
    expect(plugin.resolveId('virtual:mdk-theme-stylesheets')).toBeUndefined();
    expect(plugin.resolveId('virtual:mdk-theme-stylesheets?raw')).toBeUndefined();
    expect(plugin.resolveId('@muenchen-digital/tokens/muenchen.css')).toBeUndefined();
    expect(plugin.load('/src/index.ts')).toBeUndefined();
  });
});
