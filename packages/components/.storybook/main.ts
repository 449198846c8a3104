import type { StorybookConfig } from '@storybook/web-components-vite';

const config: StorybookConfig = {
  framework: '@storybook/web-components-vite',
  stories: ['../src/**/*.mdx', '../src/**/*.stories.ts'],
  addons: ['@storybook/addon-docs', '@storybook/addon-a11y', '@storybook/addon-vitest'],
  core: { disableTelemetry: true },
  // The same compile-time flag the development build sets: stories show development warnings.
  viteFinal: (viteConfig) => ({ ...viteConfig, define: { ...viteConfig.define, __MDK_DEV__: 'true' } }),
};

export default config;
