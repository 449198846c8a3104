// Checked by `pnpm lint` (tsc), never run: the types a page's code needs come from the package's root,
// as `import type { … } from '@muenchen-digital/components'`. Each line fails to compile when one is missing.
import type { HeadingLevel, ParentHeadingLevel, SectionHeadingLevel } from '../src/index.js';
import type { BrandFooterLink, Channel, KnownPlatform, PillarItem, PositioningDimension, RecommendationListItem } from '../src/index.js';

/** A level read from one element and passed on to another: the types say where each level fits. */
export function levelsPassedOn(): [SectionHeadingLevel, ParentHeadingLevel, HeadingLevel] {
  const group = document.createElement('mdk-kpi-group');
  const positioning = document.createElement('mdk-positioning');
  const hero = document.createElement('mdk-hero');
  return [group.headingLevel, positioning.headingLevel, hero.headingLevel];
}

/** The data of list properties, typed from the package's root: a page builds its lists with them. */

export const platform: KnownPlatform = 'linkedin';
export const lists: [Channel[], BrandFooterLink[], PillarItem[], PositioningDimension[], RecommendationListItem[]] = [
  [{ platform, account: 'München Digital', href: 'https://www.linkedin.com/company/muenchen-digital' }],
  [{ label: 'Kontakt', href: '/kontakt' }],
  [{ title: 'Vernetzt' }],
  [{ title: 'Menschen', points: [] }],
  [{ title: 'Portal' }],
];
