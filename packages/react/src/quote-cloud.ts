/** React components for `<mdk-quote-cloud>`; importing this module registers it. */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { MdkQuoteCloud as MdkQuoteCloudElement } from '@muenchen-digital/components/quote-cloud.js';

/** `<mdk-quote-cloud>` as a React component: its properties are props. */
export const MdkQuoteCloud = /*#__PURE__*/ createComponent({
  tagName: 'mdk-quote-cloud',
  elementClass: MdkQuoteCloudElement,
  react: React,
  displayName: 'MdkQuoteCloud',
});
