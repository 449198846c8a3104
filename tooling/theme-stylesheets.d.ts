/** A Vite plugin (structurally: tooling/ does not depend on Vite) serving `virtual:mdk-theme-stylesheets?url|inline`. */
export function themeStylesheets(themeNames: readonly string[]): {
  name: string;
  resolveId(id: string): string | undefined;
  load(id: string): string | undefined;
};
