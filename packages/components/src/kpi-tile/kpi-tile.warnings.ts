// Development-only texts: referenced only under `if (__MDK_DEV__)`, so production builds drop this module.
import { kpiNotations, kpiQualifiers, kpiUnits } from './kpi-tile.types.js';

export type KpiTileAttribute = 'value' | 'qualifier' | 'unit' | 'notation' | 'label';

interface KpiTileLike extends Element {
  value: number | undefined;
  qualifier: string;
  unit: string;
  notation: string;
}

/** Says what is wrong with one attribute of a tile and what the tile does instead. */
export function describeInvalidAttribute(tile: KpiTileLike, attribute: KpiTileAttribute): string {
  switch (attribute) {
    case 'value':
      return tile.value === undefined
        ? 'has no value; it shows "–".'
        : `value="${tile.getAttribute('value') ?? tile.value}" is not a finite number; write it plain, e.g. value="1600000". It shows "–".`;
    case 'qualifier':
      return `qualifier="${tile.qualifier}" is not one of ${kpiQualifiers.join(', ')}; it shows "–".`;
    case 'unit':
      return `unit="${tile.unit}" is not one of ${kpiUnits.join(', ')}; it shows "–".`;
    case 'notation':
      return `notation="${tile.notation}" is not one of ${kpiNotations.join(', ')}; standard is used.`;
    case 'label':
      return 'has no label. A key figure needs one, e.g. label="Bürger*innen".';
  }
}
