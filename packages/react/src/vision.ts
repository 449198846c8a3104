/** React components for `<mdk-vision>`; importing this module registers it. */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { MdkVision as MdkVisionElement } from '@muenchen-digital/components/vision.js';

/** `<mdk-vision>` as a React component: its properties are props. */
export const MdkVision = /*#__PURE__*/ createComponent({
  tagName: 'mdk-vision',
  elementClass: MdkVisionElement,
  react: React,
  displayName: 'MdkVision',
});
