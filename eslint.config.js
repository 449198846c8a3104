// One lint configuration for the monorepo (flat config): TypeScript, Lit templates, web-component
// conventions and accessibility of templates. `pnpm test` runs it through each package's `lint` task.
import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import litA11y from 'eslint-plugin-lit-a11y';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// eslint-plugin-lit-a11y ships only a legacy config: its rules are listed here, as it recommends them.
const litA11yRules = Object.fromEntries(
  [
    'accessible-name',
    'alt-text',
    'anchor-is-valid',
    'aria-activedescendant-has-tabindex',
    'aria-attr-valid-value',
    'aria-attrs',
    'aria-role',
    'aria-unsupported-elements',
    'autocomplete-valid',
    'click-events-have-key-events',
    'definition-list',
    'heading-hidden',
    'iframe-title',
    'img-redundant-alt',
    'list',
    'mouse-events-have-key-events',
    'no-access-key',
    'no-aria-slot',
    'no-autofocus',
    'no-distracting-elements',
    'no-redundant-role',
    'obj-alt',
    'role-has-required-aria-attrs',
    'role-supports-aria-attr',
    'scope',
    'tabindex-no-positive',
  ].map((rule) => [`lit-a11y/${rule}`, 'error']),
);

export default tseslint.config(
  {
    ignores: ['**/dist/**', '**/storybook-static/**', '**/node_modules/**', '**/src/generated/**', '**/.turbo/**'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  lit.configs['flat/recommended'],
  wc.configs['flat/recommended'],
  {
    plugins: { 'lit-a11y': litA11y },
    rules: litA11yRules,
  },
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node, __MDK_DEV__: 'readonly' },
    },
    rules: {
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // Lit's lifecycle callbacks always exist on the base class: no guard is needed around super calls.
      'wc/guard-super-call': 'off',
    },
  },
  {
    // Tests may assert on what they just checked exists.
    files: ['**/*.test.ts', '**/test/**/*.ts'],
    rules: { '@typescript-eslint/no-non-null-assertion': 'off' },
  },
);
