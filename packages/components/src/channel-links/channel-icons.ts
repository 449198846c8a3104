import { svg, nothing, type SVGTemplateResult } from 'lit';
import { BriefcaseBusiness, ExternalLink, Globe, Link, Newspaper } from 'lucide';
import { siInstagram, siMastodon, siYoutube } from 'simple-icons';

/** A lucide icon: `[tag, attributes]` nodes drawn with strokes in a 24 × 24 box. */
type IconNode = readonly (readonly [string, Readonly<Record<string, string | number | undefined>>])[];

/** One node as an SVG template. Lit cannot bind a tag name, so each shape lucide uses has its own. */
function renderNode([tag, attributes]: IconNode[number]): SVGTemplateResult | typeof nothing {
  const a = (name: string) => attributes[name] ?? nothing;
  switch (tag) {
    case 'path':
      return svg`<path d=${a('d')}></path>`;
    case 'circle':
      return svg`<circle cx=${a('cx')} cy=${a('cy')} r=${a('r')}></circle>`;
    case 'rect':
      return svg`<rect x=${a('x')} y=${a('y')} width=${a('width')} height=${a('height')} rx=${a('rx')} ry=${a('ry')}></rect>`;
    case 'line':
      return svg`<line x1=${a('x1')} y1=${a('y1')} x2=${a('x2')} y2=${a('y2')}></line>`;
    case 'polyline':
      return svg`<polyline points=${a('points')}></polyline>`;
    case 'polygon':
      return svg`<polygon points=${a('points')}></polygon>`;
    case 'ellipse':
      return svg`<ellipse cx=${a('cx')} cy=${a('cy')} rx=${a('rx')} ry=${a('ry')}></ellipse>`;
    default:
      return nothing;
  }
}

/** A decorative icon: hidden from assistive technology, coloured by the text around it. */
function strokeIcon(icon: IconNode, part: string) {
  return svg`<svg part=${part} class="icon" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" aria-hidden="true" focusable="false">${icon.map(renderNode)}</svg>`;
}

/** A simple-icons brand mark: one filled path in a 24 × 24 box. */
function brandIcon(path: string, part: string) {
  return svg`<svg part=${part} class="icon" viewBox="0 0 24 24" fill="currentColor" aria-hidden="true" focusable="false"><path d=${path}></path></svg>`;
}

/** The known platforms. Anything else is a custom channel, named as written, with a generic link icon. */
export const knownPlatforms = ['website', 'linkedin', 'instagram', 'mastodon', 'youtube', 'newsletter'] as const;
export type KnownPlatform = (typeof knownPlatforms)[number];

/** simple-icons has no LinkedIn mark (LinkedIn asked for its removal): a neutral briefcase stands in. */
export function platformIcon(platform: KnownPlatform | undefined) {
  switch (platform) {
    case 'website':
      return strokeIcon(Globe, 'icon');
    case 'linkedin':
      return strokeIcon(BriefcaseBusiness, 'icon');
    case 'instagram':
      return brandIcon(siInstagram.path, 'icon');
    case 'mastodon':
      return brandIcon(siMastodon.path, 'icon');
    case 'youtube':
      return brandIcon(siYoutube.path, 'icon');
    case 'newsletter':
      return strokeIcon(Newspaper, 'icon');
    default:
      return strokeIcon(Link, 'icon');
  }
}

export const newTabIcon = () => strokeIcon(ExternalLink, 'new-tab-icon');
