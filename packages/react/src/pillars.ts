/** React components for `<mdk-pillars>`; importing this module registers it. */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { MdkPillars as MdkPillarsElement } from '@muenchen-digital/components/pillars.js';

export type { PillarItem } from '@muenchen-digital/components/pillars.js';

/** `<mdk-pillars>` as a React component: its properties are props. */
export const MdkPillars = /*#__PURE__*/ createComponent({
  tagName: 'mdk-pillars',
  elementClass: MdkPillarsElement,
  react: React,
  displayName: 'MdkPillars',
});
