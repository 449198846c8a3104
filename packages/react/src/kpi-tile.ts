/** React components for `<mdk-kpi-tile>`; importing this module registers it. */
import { createComponent } from '@lit/react';
import * as React from 'react';
import { MdkKpiTile as MdkKpiTileElement } from '@muenchen-digital/components/kpi-tile.js';

export type { KpiNotation, KpiQualifier, KpiUnit } from '@muenchen-digital/components/kpi-tile.js';

/** `<mdk-kpi-tile>` as a React component: its properties are props. */
export const MdkKpiTile = /*#__PURE__*/ createComponent({
  tagName: 'mdk-kpi-tile',
  elementClass: MdkKpiTileElement,
  react: React,
  displayName: 'MdkKpiTile',
});
