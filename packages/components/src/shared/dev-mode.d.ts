/**
 * `true` in the development build (`dist/development/`, the `development` export condition),
 * in tests and in Storybook; `false` in the production build, where the bundler then drops every
 * `if (__MDK_DEV__)` block — warnings cost production users no bytes.
 */
declare const __MDK_DEV__: boolean;
