/** React components for `<mdk-callout>`; importing this module registers it. */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { MdkCallout as MdkCalloutElement } from '@muenchen-digital/components/callout.js';

/** `<mdk-callout>` as a React component: its properties are props. */
export const MdkCallout = /*#__PURE__*/ createComponent({
  tagName: 'mdk-callout',
  elementClass: MdkCalloutElement,
  react: React,
  displayName: 'MdkCallout',
});
