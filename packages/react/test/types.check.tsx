/**
 * Type tests, checked by `tsc --noEmit` in `pnpm lint` (not run): props take the element's types,
 * event props get the kit's event classes.
 */
import { MdkDeck, type MdkSlideChangeEvent } from '../src/deck.js';
import { MdkKpiGroup } from '../src/kpi-group.js';
import { MdkKpiTile } from '../src/kpi-tile.js';
import { MdkPositioning } from '../src/positioning.js';
import type { BrandFooterLink, Channel, HeadingLevel, PillarItem, PositioningDimension, RecommendationListItem } from '../src/index.js';
import { MdkBrandFooter, MdkChannelLinks, MdkPillars, MdkRecommendationList } from '../src/index.js';

export const fine = <MdkKpiTile value={70} qualifier="more-than" unit="percent" label="online" source="3" />;

// @ts-expect-error — "roughly" is not a qualifier: exact, approx, more-than or less-than.
export const wrongQualifier = <MdkKpiTile value={70} qualifier="roughly" label="online" />;

// @ts-expect-error — value is a number, not a string.
export const wrongValue = <MdkKpiTile value="70" label="online" />;

export const group = <MdkKpiGroup heading="Nutzer*innen" headingLevel={3} />;

// @ts-expect-error — level 1 is the page's own title: a group's heading is 2 to 6.
export const groupAsPageTitle = <MdkKpiGroup heading="Nutzer*innen" headingLevel={1} />;

// @ts-expect-error — a positioning's cards sit one level below its heading, so it takes 2 to 5.
export const positioningTooDeep = <MdkPositioning headingLevel={6} />;

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

// @ts-expect-error — currentIndex is read-only (a ref reads it); as a prop, React would throw.
export const settingCurrentIndex = <MdkDeck currentIndex={1} />;

// @ts-expect-error — slides is read-only, too.
export const settingSlides = <MdkDeck slides={[]} />;

/** A ref still gets the whole element, read-only properties included. */
export function currentIndexOf(ref: React.RefObject<React.ComponentRef<typeof MdkDeck> | null>): number | undefined {
  return ref.current?.currentIndex;
}

/** The data types of list props come with the wrappers: a page's code builds its lists typed. */

const channels: Channel[] = [{ platform: 'linkedin', account: 'München Digital', href: 'https://www.linkedin.com/company/muenchen-digital' }];
const links: BrandFooterLink[] = [{ label: 'Kontakt', href: '/kontakt' }];
const pillars: PillarItem[] = [{ title: 'Vernetzt', text: 'Wir arbeiten zusammen.' }];
const recommendations: RecommendationListItem[] = [{ title: 'Verantwortlichkeit zentral verankern', highlighted: true }];
export const dimensions: PositioningDimension[] = [{ title: 'Menschen', points: ['Befähigen'] }];
const level: HeadingLevel = 3;
export const typedLists = [
  <MdkChannelLinks channels={channels} />,
  <MdkBrandFooter links={links} />,
  <MdkPillars items={pillars} />,
  <MdkRecommendationList items={recommendations} headingLevel={level === 3 ? 3 : 2} />,
];

// @ts-expect-error — a channel needs its address.
export const channelWithoutHref: Channel = { platform: 'linkedin', account: 'München Digital' };
