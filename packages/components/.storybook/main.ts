import { themeNames } from '@muenchen-digital/tokens';
import type { StorybookConfig } from '@storybook/web-components-vite';
import remarkGfm from 'remark-gfm';
import { themeStylesheets } from '../../../tooling/theme-stylesheets.js';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../src/**/*.mdx', '../src/**/*.stories.ts'],
  addons: [
    // GitHub-flavoured Markdown: the docs pages' Accessibility sections are tables.
    { name: '@storybook/addon-docs', options: { mdxPluginOptions: { mdxCompileOptions: { remarkPlugins: [remarkGfm] } } } },
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
    // Hover stories: forces :hover rules, also inside shadow roots (parameters.pseudo).
    'storybook-addon-pseudo-states',
  ],
  core: { disableTelemetry: true },
  // The same compile-time flag the development build sets: stories show development warnings.
  // The theme toolbar offers every theme the tokens package builds.
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    define: { ...viteConfig.define, __MDK_DEV__: 'true' },
    plugins: [...(viteConfig.plugins ?? []), themeStylesheets(themeNames)],
  }),
};

export default config;
