/** React components for `<mdk-statement>`; importing this module registers it. */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { MdkStatement as MdkStatementElement } from '@muenchen-digital/components/statement.js';

/** `<mdk-statement>` as a React component: its properties are props. */
export const MdkStatement = /*#__PURE__*/ createComponent({
  tagName: 'mdk-statement',
  elementClass: MdkStatementElement,
  react: React,
  displayName: 'MdkStatement',
});
