/** React components for `<mdk-source-list>` and `<mdk-source>`; importing this module registers them. */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { MdkSourceList as MdkSourceListElement, MdkSource as MdkSourceElement } from '@muenchen-digital/components/source-list.js';

/** `<mdk-source-list>` as a React component: its properties are props. */
export const MdkSourceList = /*#__PURE__*/ createComponent({
  tagName: 'mdk-source-list',
  elementClass: MdkSourceListElement,
  react: React,
  displayName: 'MdkSourceList',
});

/** `<mdk-source>` as a React component: its properties are props. */
export const MdkSource = /*#__PURE__*/ createComponent({
  tagName: 'mdk-source',
  elementClass: MdkSourceElement,
  react: React,
  displayName: 'MdkSource',
});
