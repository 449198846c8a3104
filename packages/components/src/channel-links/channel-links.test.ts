import { html, nothing } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  accessibilityTreeOf,
  axeViolations,
  computedColour,
  deepActiveElement,
  describeViolations,
  focusByKeyboard,
  nodesWithRole,
  spokenText,
  withEmulatedMedia,
} from '../../test/accessibility.js';
import { nothingShown, whatIsShown } from '../../test/empty-state.js';
import { fixture, settle } from '../../test/fixtures.js';
import { textLineBoxes, wrappedText } from '../../test/line-boxes.js';
import '../channel-links.js';
import type { Channel, MdkChannelLinks } from './channel-links.js';

const warningsAbout = (warn: { mock: { calls: unknown[][] } }, topic: string) =>
  warn.mock.calls.filter(([message]) => String(message).includes('<mdk-channel-links>') && String(message).includes(topic));

const sixChannels: Channel[] = [
  { platform: 'website', account: 'München Digital', href: 'https://example.org/' },
  { platform: 'linkedin', account: 'München Digital', href: 'https://www.linkedin.com/company/example', newTab: true },
  { platform: 'instagram', account: '@muenchen.digital', href: 'https://www.instagram.com/example', newTab: true },
  { platform: 'mastodon', account: '@digital@social.example', href: 'https://social.example/@digital', newTab: true },
  { platform: 'youtube', account: 'München Digital', href: 'https://www.youtube.com/@example', newTab: true },
  { platform: 'newsletter', account: 'München Digital', href: '/newsletter' },
];

const germanNames = [
  'Website von München Digital',
  'München Digital auf LinkedIn, öffnet in neuem Tab',
  '@muenchen.digital auf Instagram, öffnet in neuem Tab',
  '@digital@social.example auf Mastodon, öffnet in neuem Tab',
  'München Digital auf YouTube, öffnet in neuem Tab',
  'Newsletter von München Digital',
];

function channelLinks(channels: Channel[] = sixChannels, lang = 'de', headingLevel?: string) {
  return fixture<MdkChannelLinks>(
    html`<mdk-channel-links .channels=${channels} heading-level=${headingLevel ?? nothing}></mdk-channel-links>`,
    lang,
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('<mdk-channel-links>', () => {
  it('is a heading and a list of links, each named by account and platform, new tabs said', async () => {
    const element = await channelLinks();
    const tree = await accessibilityTreeOf(element);
    const [heading, ...otherHeadings] = nodesWithRole(tree, 'heading');
    expect(otherHeadings).toEqual([]);
    expect([heading?.name, heading?.properties.level]).toEqual(['Unsere Kanäle', 2]);
    const [list, ...otherLists] = nodesWithRole(tree, 'list');
    expect(otherLists).toEqual([]);
    // Not named after the heading right above it: a screen reader would say "Unsere Kanäle" twice.
    expect(list?.name).toBe('');
    expect(element.shadowRoot!.querySelector('[part=list]')!.hasAttribute('aria-labelledby')).toBe(false);
    expect(nodesWithRole(list!, 'listitem')).toHaveLength(6);
    expect(nodesWithRole(tree, 'link').map((link) => link.name)).toEqual(germanNames);
  });

  it('one channel: one list item, one link', async () => {
    const element = await channelLinks([sixChannels[1]!]);
    const tree = await accessibilityTreeOf(element);
    expect(nodesWithRole(tree, 'listitem')).toHaveLength(1);
    expect(nodesWithRole(tree, 'link').map((link) => link.name)).toEqual(['München Digital auf LinkedIn, öffnet in neuem Tab']);
  });

  it('in English: "München Digital on LinkedIn, opens in a new tab", heading "Our channels"', async () => {
    const element = await channelLinks(sixChannels, 'en');
    const tree = await accessibilityTreeOf(element);
    expect(nodesWithRole(tree, 'heading')[0]?.name).toBe('Our channels');
    expect(nodesWithRole(tree, 'link').map((link) => link.name)).toEqual([
      'München Digital website',
      'München Digital on LinkedIn, opens in a new tab',
      '@muenchen.digital on Instagram, opens in a new tab',
      '@digital@social.example on Mastodon, opens in a new tab',
      'München Digital on YouTube, opens in a new tab',
      'München Digital newsletter',
    ]);
    element.parentElement!.lang = 'de';
    await settle(element.parentElement!);
    expect(nodesWithRole(await accessibilityTreeOf(element), 'link')[1]?.name).toBe(germanNames[1]);
  });

  it('a new-tab link has target="_blank", rel="noopener" and a visible icon; others open in place', async () => {
    const element = await channelLinks();
    const links = [...element.shadowRoot!.querySelectorAll('a')];
    expect(links.map((link) => [link.getAttribute('target'), link.getAttribute('rel')])).toEqual([
      [null, null],
      ['_blank', 'noopener'],
      ['_blank', 'noopener'],
      ['_blank', 'noopener'],
      ['_blank', 'noopener'],
      [null, null],
    ]);
    const icon = links[1]!.querySelector('[part=new-tab-icon]')!;
    expect(icon.getBoundingClientRect().width).toBeGreaterThan(8);
    expect(icon.getAttribute('aria-hidden')).toBe('true');
    expect(links[0]!.querySelector('[part=new-tab-icon]')).toBeNull();
  });

  it('icons are decorative: every svg is aria-hidden and none is in the tree', async () => {
    const element = await channelLinks();
    const svgs = [...element.shadowRoot!.querySelectorAll('svg')];
    expect(svgs).toHaveLength(6 + 4);
    expect(svgs.every((icon) => icon.getAttribute('aria-hidden') === 'true')).toBe(true);
    const tree = await accessibilityTreeOf(element);
    for (const role of ['image', 'img', 'graphics-symbol', 'graphics-document']) expect(nodesWithRole(tree, role), role).toEqual([]);
    expect(spokenText(tree)).toBe(`Unsere Kanäle ${germanNames.join(' ')}`);
  });

  it('an unknown platform is named as written, with a generic link icon, and still a link', async () => {
    const element = await channelLinks([{ platform: 'Bluesky', account: 'München Digital', href: 'https://bsky.example/muenchen' }]);
    const links = nodesWithRole(await accessibilityTreeOf(element), 'link');
    expect(links.map((link) => link.name)).toEqual(['München Digital auf Bluesky']);
    expect(element.shadowRoot!.querySelector('a [part=icon]')).not.toBeNull();
    element.channels = [{ platform: '', account: '', href: 'https://example.org/kanal' }];
    await element.updateComplete;
    expect(nodesWithRole(await accessibilityTreeOf(element), 'link').map((link) => link.name)).toEqual(['https://example.org/kanal']);
  });

  it.each(['https://example.org/', 'http://example.org', 'mailto:digital@example.org', 'tel:+498923300', '/kanaele', 'kanaele.html', '#kanaele'])(
    'keeps the safe link %s',
    async (href) => {
      const element = await channelLinks([{ platform: 'website', account: 'München Digital', href }]);
      expect(element.shadowRoot!.querySelector('a')!.getAttribute('href')).toBe(href);
    },
  );

  it('refuses an unsafe link — javascript:, data:, vbscript: — shows the name as text and warns once each', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const unsafe = ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', ' JaVa\tScRiPt:alert(1)'];
    const element = await channelLinks([
      sixChannels[0]!,
      ...unsafe.map((href) => ({ platform: 'linkedin', account: 'München Digital', href, newTab: true })),
    ]);
    expect(element.shadowRoot!.querySelectorAll('a')).toHaveLength(1);
    const tree = await accessibilityTreeOf(element);
    expect(nodesWithRole(tree, 'link')).toHaveLength(1);
    expect(nodesWithRole(tree, 'listitem')).toHaveLength(5);
    expect(element.shadowRoot!.querySelectorAll('[part=text]')).toHaveLength(4);
    expect(spokenText(tree)).toContain('München Digital auf LinkedIn');
    expect(spokenText(tree)).not.toContain('neuem Tab');
    element.heading = 'Neu gerendert';
    await element.updateComplete;
    expect(warningsAbout(warn, 'not allowed')).toHaveLength(unsafe.length);
  });

  it('each link is a target of at least 24 × 24 px', async () => {
    const element = await channelLinks();
    for (const link of element.shadowRoot!.querySelectorAll('a')) {
      const box = link.getBoundingClientRect();
      expect(box.width, link.textContent!).toBeGreaterThanOrEqual(24);
      expect(box.height, link.textContent!).toBeGreaterThanOrEqual(24);
    }
  });

  it('Tab goes through the links in order, with a visible focus ring', async () => {
    const container = await fixture<HTMLElement>(
      html`<div><button>vorher</button><mdk-channel-links .channels=${sixChannels}></mdk-channel-links><button>nachher</button></div>`,
    );
    const element = container.querySelector('mdk-channel-links')!;
    const [before, after] = container.querySelectorAll('button');
    await settle(container);
    before!.focus();
    for (const link of element.shadowRoot!.querySelectorAll('a')) {
      await userEvent.tab();
      expect(deepActiveElement()).toBe(link);
      const style = getComputedStyle(link);
      expect(style.outlineStyle).toBe('solid');
      expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
    }
    await userEvent.tab();
    expect(deepActiveElement()).toBe(after);
  });

  it('under forced colours, every link is in the system link colour and the focused one has a ring in the highlight colour', async () => {
    const element = await channelLinks();
    const links = [...element.shadowRoot!.querySelectorAll<HTMLElement>('a[part=link]')];
    await withEmulatedMedia({ forcedColors: 'active' }, async () => {
      const linkText = computedColour('LinkText');
      expect(linkText).not.toBe(computedColour('CanvasText'));
      expect(links.map((link) => getComputedStyle(link).color)).toEqual(links.map(() => linkText));
      await focusByKeyboard(links[1]!);
      const ring = getComputedStyle(links[1]!);
      expect([ring.outlineStyle, ring.outlineColor]).toEqual(['solid', computedColour('Highlight')]);
    });
  });

  it('under forced colours, the icons follow the system colours even where the page keeps its own around the list', async () => {
    const element = await channelLinks();
    // Inherited: a page's own colours kept for a branded band (none) reach into the shadow root.
    element.style.setProperty('forced-color-adjust', 'none');
    const icons = [...element.shadowRoot!.querySelectorAll<Element>("[part='icon'], [part='new-tab-icon']")];
    expect(icons.some((icon) => icon.matches("[part='icon']"))).toBe(true);
    expect(icons.some((icon) => icon.matches("[part='new-tab-icon']"))).toBe(true);
    await withEmulatedMedia({ forcedColors: 'active' }, async () => {
      expect(icons.map((icon) => getComputedStyle(icon).forcedColorAdjust)).toEqual(icons.map(() => 'auto'));
    });
  });

  it('takes heading text and level from the page; a bad level falls back to 2 with one warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await channelLinks(sixChannels, 'de', '3');
    element.setAttribute('heading', 'Folgen Sie uns');
    await element.updateComplete;
    const heading = nodesWithRole(await accessibilityTreeOf(element), 'heading')[0];
    expect([heading?.name, heading?.properties.level]).toEqual(['Folgen Sie uns', 3]);
    element.setAttribute('heading-level', 'drei');
    element.removeAttribute('heading');
    await element.updateComplete;
    const fallback = nodesWithRole(await accessibilityTreeOf(element), 'heading')[0];
    expect([fallback?.name, fallback?.properties.level]).toEqual(['Unsere Kanäle', 2]);
    expect(warningsAbout(warn, 'heading-level="drei"')).toHaveLength(1);
  });

  it('reads channels from a JSON attribute; malformed JSON or entries never throw and warn', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await fixture<MdkChannelLinks>(
      html`<mdk-channel-links channels=${JSON.stringify(sixChannels.slice(0, 2))}></mdk-channel-links>`,
    );
    expect(nodesWithRole(await accessibilityTreeOf(element), 'link').map((link) => link.name)).toEqual(germanNames.slice(0, 2));
    element.setAttribute('channels', '[{"platform": "linkedin", ');
    await expect(element.updateComplete).resolves.toBe(true);
    expect(nodesWithRole(await accessibilityTreeOf(element), 'list')).toEqual([]);
    expect(warningsAbout(warn, 'not a JSON array')).toHaveLength(1);
    element.setAttribute('channels', '[42, null, {"platform": 7, "account": ["x"]}, {"platform": "youtube", "account": "München Digital", "href": "https://example.org"}]');
    await expect(element.updateComplete).resolves.toBe(true);
    expect(nodesWithRole(await accessibilityTreeOf(element), 'link').map((link) => link.name)).toEqual(['München Digital auf YouTube']);
    expect(warningsAbout(warn, 'is not a channel object')).toHaveLength(2);
    element.removeAttribute('channels');
    element.channels = null;
    await expect(element.updateComplete).resolves.toBe(true);
    expect(await whatIsShown(element)).toEqual(nothingShown);
  });

  it('renders nothing without channels, not even its heading, and warns', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await channelLinks([]);
    expect(await whatIsShown(element)).toEqual(nothingShown);
    expect(warningsAbout(warn, 'has no channels; it shows nothing')).toHaveLength(1);
    // Entries without anything to name them are no channels either.
    element.channels = [{ platform: '', account: '  ', href: '' }];
    await element.updateComplete;
    expect(await whatIsShown(element)).toEqual(nothingShown);
    element.channels = [sixChannels[0]!];
    await element.updateComplete;
    expect((await whatIsShown(element)).read).toContain('heading "Unsere Kanäle"');
  });

  it('renders its content as text, never as HTML', async () => {
    const element = await channelLinks([{ platform: '<b>X</b>', account: '<img src=x onerror="window.__pwned=1">', href: 'https://example.org/' }]);
    expect(element.shadowRoot!.querySelector('img, b')).toBeNull();
    expect(nodesWithRole(await accessibilityTreeOf(element), 'link')[0]?.name).toBe('<img src=x onerror="window.__pwned=1"> auf <b>X</b>');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('reflows at 320 px: nothing clipped, nothing scrolls sideways', async () => {
    await page.viewport(320, 800);
    try {
      const element = await channelLinks([
        ...sixChannels,
        { platform: 'mastodon', account: '@digitalverwaltungsmodernisierung@sozialesnetzwerkderlandeshauptstadt.example', href: 'https://social.example/', newTab: true },
      ]);
      const list = element.shadowRoot!.querySelector<HTMLElement>('[part=list]')!;
      for (const part of [list, ...list.querySelectorAll<HTMLElement>('li, a')]) {
        expect(part.scrollWidth, part.textContent!).toBeLessThanOrEqual(part.clientWidth || part.scrollWidth);
        expect(part.getBoundingClientRect().right, part.textContent!).toBeLessThanOrEqual(320);
      }
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    } finally {
      await page.viewport(1280, 800);
    }
  });

  it.each(['de', 'en'])('%s: the new-tab icon never starts a line, at every width from 60 to 400 px', async (lang) => {
    const element = await channelLinks(sixChannels, lang);
    const names = [...element.shadowRoot!.querySelectorAll<HTMLElement>('a .name')].filter((name) => name.querySelector('[part=new-tab-icon]'));
    expect(names).toHaveLength(4);
    // Narrow the element pixel by pixel: at every width the icon follows the name's last word.
    const stranded: string[] = [];
    for (let width = 60; width <= 400; width += 1) {
      element.style.width = `${width}px`;
      for (const name of names) {
        const lastLine = textLineBoxes(name).at(-1)!;
        const icon = name.querySelector('[part=new-tab-icon]')!.getBoundingClientRect();
        if (icon.left < lastLine.right - 0.5 || icon.top >= lastLine.bottom) stranded.push(`${width}px: ${wrappedText(name)} / ↗`);
      }
    }
    expect(stranded, 'widths at which the icon starts a line of its own').toEqual([]);
  });

  it('on a link that wraps, the platform icon stands beside the first line, not between the lines', async () => {
    await page.viewport(320, 800);
    try {
      const element = await channelLinks(sixChannels);
      let wrapped = 0;
      for (const link of element.shadowRoot!.querySelectorAll('a')) {
        const lines = textLineBoxes(link.querySelector('.name')!);
        if (lines.length < 2) continue;
        wrapped += 1;
        const icon = link.querySelector('[part=icon]')!.getBoundingClientRect();
        const firstLine = lines[0]!;
        expect(Math.abs((icon.top + icon.bottom) / 2 - (firstLine.top + firstLine.bottom) / 2), wrappedText(link)).toBeLessThanOrEqual(1);
      }
      expect(wrapped, 'links that wrap at 320 px').toBeGreaterThan(0);
    } finally {
      await page.viewport(1280, 800);
    }
  });

  it('passes axe (WCAG 2.2 A/AA) with links, new tabs, an unknown platform and a refused link', async () => {
    const container = await fixture<HTMLElement>(
      html`<main>
        <mdk-channel-links
          .channels=${[
            ...sixChannels,
            { platform: 'Bluesky', account: 'München Digital', href: 'https://bsky.example/' },
            { platform: 'website', account: 'Alt', href: 'javascript:alert(1)' },
          ]}
        ></mdk-channel-links>
      </main>`,
    );
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

describe('<mdk-channel-links no-heading>', () => {
  it('no-heading: no heading of its own in the accessibility tree, even with heading set; the list and its links stay; removed, the heading is back', async () => {
    const element = await fixture<MdkChannelLinks>(
      html`<mdk-channel-links no-heading heading="Unsere Kanäle" heading-level="3" .channels=${sixChannels}></mdk-channel-links>`,
    );
    let tree = await accessibilityTreeOf(element);
    expect(nodesWithRole(tree, 'heading')).toEqual([]);
    expect(element.shadowRoot!.querySelector('[part=heading]')).toBeNull();
    expect(tree.children.map((node) => node.role)).toEqual(['list']);
    // Under the page's heading the list needs no name of its own.
    expect(nodesWithRole(tree, 'list')[0]?.name).toBe('');
    expect(nodesWithRole(tree, 'link').map((link) => link.name)).toEqual(germanNames);
    element.removeAttribute('no-heading');
    tree = await accessibilityTreeOf(element);
    expect(tree.children.map((node) => node.role)).toEqual(['heading', 'list']);
    const [heading] = nodesWithRole(tree, 'heading');
    expect([heading?.name, heading?.properties.level]).toEqual(['Unsere Kanäle', 3]);
  });
});
