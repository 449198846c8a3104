/** React components for `<mdk-strategy-card>`; importing this module registers it. */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { MdkStrategyCard as MdkStrategyCardElement } from '@muenchen-digital/components/strategy-card.js';

/** `<mdk-strategy-card>` as a React component: its properties are props. */
export const MdkStrategyCard = /*#__PURE__*/ createComponent({
  tagName: 'mdk-strategy-card',
  elementClass: MdkStrategyCardElement,
  react: React,
  displayName: 'MdkStrategyCard',
});
