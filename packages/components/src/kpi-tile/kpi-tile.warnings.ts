// Development-only texts: referenced only under `if (__MDK_DEV__)`, so production builds drop this module.
import { warnOnce } from '../shared/dev-warnings.js';
import { textOf } from '../shared/text.js';
import { kpiNotations, kpiQualifiers, kpiUnits } from './kpi-tile.types.js';

export type KpiTileAttribute = 'value' | 'qualifier' | 'unit' | 'notation' | 'label';

interface KpiTileLike extends Element {
  value: number | undefined;
  qualifier: string;
  unit: string;
  notation: string;
  label: unknown;
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

/**
 * Warns once per tile and attribute about each attribute the tile cannot use as given. With a text
 * value (an element in the `value` slot), the number attributes are not used, so they are not checked.
 */
export function warnAboutAttributes(tile: KpiTileLike): void {
  const unusable: KpiTileAttribute[] = [];
  if (!tile.querySelector(':scope > [slot="value"]')) {
    if (!Number.isFinite(tile.value)) unusable.push('value');
    if (!(kpiQualifiers as readonly string[]).includes(tile.qualifier)) unusable.push('qualifier');
    if (!(kpiUnits as readonly string[]).includes(tile.unit)) unusable.push('unit');
    if (!(kpiNotations as readonly string[]).includes(tile.notation)) unusable.push('notation');
  }
  if (textOf(tile.label) === '') unusable.push('label');
  for (const attribute of unusable) warnOnce(tile, attribute, describeInvalidAttribute(tile, attribute));
}
