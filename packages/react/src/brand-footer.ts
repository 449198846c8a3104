/** React components for `<mdk-brand-footer>`; importing this module registers it. */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { MdkBrandFooter as MdkBrandFooterElement } from '@muenchen-digital/components/brand-footer.js';

export type { BrandFooterLink } from '@muenchen-digital/components/brand-footer.js';

/** `<mdk-brand-footer>` as a React component: its properties are props. */
export const MdkBrandFooter = /*#__PURE__*/ createComponent({
  tagName: 'mdk-brand-footer',
  elementClass: MdkBrandFooterElement,
  react: React,
  displayName: 'MdkBrandFooter',
});
