/** React components for `<mdk-contact>`; importing this module registers it. */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { MdkContact as MdkContactElement } from '@muenchen-digital/components/contact.js';

/** `<mdk-contact>` as a React component: its properties are props. */
export const MdkContact = /*#__PURE__*/ createComponent({
  tagName: 'mdk-contact',
  elementClass: MdkContactElement,
  react: React,
  displayName: 'MdkContact',
});
