/** React components for `<mdk-brand-header>`; importing this module registers it. */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { MdkBrandHeader as MdkBrandHeaderElement } from '@muenchen-digital/components/brand-header.js';

/** `<mdk-brand-header>` as a React component: its properties are props. */
export const MdkBrandHeader = /*#__PURE__*/ createComponent({
  tagName: 'mdk-brand-header',
  elementClass: MdkBrandHeaderElement,
  react: React,
  displayName: 'MdkBrandHeader',
});
