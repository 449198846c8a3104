/**
 * Type tests, checked by `tsc --noEmit` in `pnpm lint` (not run): props take the element's types,
 * event props get the kit's event classes.
 */
import { MdkDeck, type MdkSlideChangeEvent } from '../src/deck.js';
import { MdkKpiTile } from '../src/kpi-tile.js';

export const fine = <MdkKpiTile value={70} qualifier="more-than" unit="percent" label="online" source="3" />;

// @ts-expect-error — "roughly" is not a qualifier: exact, approx, more-than or less-than.
export const wrongQualifier = <MdkKpiTile value={70} qualifier="roughly" label="online" />;

// @ts-expect-error — value is a number, not a string.
export const wrongValue = <MdkKpiTile value="70" label="online" />;

export const deck = (
  <MdkDeck
    mode="present"
    onSlideChange={(event: MdkSlideChangeEvent) => {
      const index: number = event.index;
      return index;
    }}
    onModeChange={(event) => {
      const mode: 'overview' | 'present' = event.mode;
      return mode;
    }}
  />
);

// @ts-expect-error — the deck has no onSlideChanged event.
export const wrongEvent = <MdkDeck onSlideChanged={() => {}} />;
