import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';

/**
 * Minifies the html`` and css`` templates of the kit's own sources (about a third of a component's
 * bytes). Used by the library build and by the tests, so tests see the markup that ships.
 */
export function minifyTemplates() {
  return literalsHtmlCssMinifier({ include: ['src/**/*.ts'], exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts'], failOnError: true });
}
