// The module tooling/theme-stylesheets.js serves (see main.ts): each theme's stylesheet as text.
declare module 'virtual:mdk-theme-stylesheets?inline' {
  import type { ThemeName } from '@muenchen-digital/tokens';

  const themeCss: Record<ThemeName, string>;
  export default themeCss;
}
