import type { RunOptions } from 'axe-core';

/** The WCAG 2.2 level A and AA rules: the standard BITV 2.0 / EN 301 549 ask of public bodies. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

/** axe options shared by the Storybook sweep and the unit tests, so both gates are the same gate. */
export const axeRunOptions: RunOptions = {
  runOnly: { type: 'tag', values: wcagTags },
  resultTypes: ['violations'],
};
