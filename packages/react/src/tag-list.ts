/** React components for `<mdk-tag-list>`; importing this module registers it. */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { MdkTagList as MdkTagListElement } from '@muenchen-digital/components/tag-list.js';

/** `<mdk-tag-list>` as a React component: its properties are props. */
export const MdkTagList = /*#__PURE__*/ createComponent({
  tagName: 'mdk-tag-list',
  elementClass: MdkTagListElement,
  react: React,
  displayName: 'MdkTagList',
});
