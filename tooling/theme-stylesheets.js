// The city themes' stylesheets as one module, for the apps that switch between themes (the admin
// app, Storybook): `import stylesheets from 'virtual:mdk-theme-stylesheets?url'` (or `?inline`) gives
// `{ muenchen: …, musterstadt: … }`, one entry per theme the tokens package builds. A city that adds
// a theme folder to the tokens package finds it there without a change to either app's code.

const moduleId = 'virtual:mdk-theme-stylesheets';

/** A Vite plugin serving that module for `themeNames`, the tokens package's list of its themes. */
export function themeStylesheets(themeNames) {
  return {
    name: 'mdk:theme-stylesheets',
    resolveId(id) {
      // The query says how Vite hands each stylesheet over: `url` (an address) or `inline` (its text).
      return /^virtual:mdk-theme-stylesheets\?(url|inline)$/.test(id) ? `\0${id}` : undefined;
    },
    load(id) {
      if (!id.startsWith(`\0${moduleId}?`)) return undefined;
      const query = id.slice(`\0${moduleId}?`.length);
      const imports = themeNames.map((name, index) => `import theme${index} from ${JSON.stringify(`@muenchen-digital/tokens/${name}.css?${query}`)};`);
      const entries = themeNames.map((name, index) => `  ${JSON.stringify(name)}: theme${index},`);
      return [...imports, '', 'export default {', ...entries, '};', ''].join('\n');
    },
  };
}
