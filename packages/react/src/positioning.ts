/** React components for `<mdk-positioning>`; importing this module registers it. */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { MdkPositioning as MdkPositioningElement } from '@muenchen-digital/components/positioning.js';

export type { PositioningDimension } from '@muenchen-digital/components/positioning.js';

/** `<mdk-positioning>` as a React component: its properties are props. */
export const MdkPositioning = /*#__PURE__*/ createComponent({
  tagName: 'mdk-positioning',
  elementClass: MdkPositioningElement,
  react: React,
  displayName: 'MdkPositioning',
});
