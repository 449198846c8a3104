/** React components for `<mdk-kpi-group>`; importing this module registers it. */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { MdkKpiGroup as MdkKpiGroupElement } from '@muenchen-digital/components/kpi-group.js';

/** `<mdk-kpi-group>` as a React component: its properties are props. */
export const MdkKpiGroup = /*#__PURE__*/ createComponent({
  tagName: 'mdk-kpi-group',
  elementClass: MdkKpiGroupElement,
  react: React,
  displayName: 'MdkKpiGroup',
});
