// The module tooling/theme-stylesheets.js serves (see vite.config.ts): each theme's stylesheet address.
declare module 'virtual:mdk-theme-stylesheets?url' {
  import type { ThemeName } from '@muenchen-digital/tokens';

  const stylesheetUrls: Record<ThemeName, string>;
  export default stylesheetUrls;
}
