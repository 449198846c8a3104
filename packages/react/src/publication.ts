/** React components for `<mdk-publication>`; importing this module registers it. */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { MdkPublication as MdkPublicationElement } from '@muenchen-digital/components/publication.js';

/** `<mdk-publication>` as a React component: its properties are props. */
export const MdkPublication = /*#__PURE__*/ createComponent({
  tagName: 'mdk-publication',
  elementClass: MdkPublicationElement,
  react: React,
  displayName: 'MdkPublication',
});
