import { html, nothing } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  accessibilityTreeOf,
  axeViolations,
  computedColour,
  deepActiveElement,
  describeViolations,
  drawnBorders,
  focusByKeyboard,
  nodesWithRole,
  spokenText,
  withEmulatedMedia,
} from '../../test/accessibility.js';
import { nothingShown, whatIsShown } from '../../test/empty-state.js';
import { fixture, settle } from '../../test/fixtures.js';
import { logoBox, namedLogos, wideLogo } from '../../test/logos.js';
import '../brand-footer.js';
import type { MdkBrandFooter } from './brand-footer.js';

const warningsAbout = (warn: { mock: { calls: unknown[][] } }, topic: string) =>
  warn.mock.calls.filter(([message]) => String(message).includes('<mdk-brand-footer>') && String(message).includes(topic));

interface Options {
  imprint?: string;
  privacy?: string;
  accessibility?: string;
  links?: string;
}

function munichFooter(options: Options = {}, lang = 'de') {
  return fixture<MdkBrandFooter>(
    html`<mdk-brand-footer
      city="Landeshauptstadt München"
      department="IT-Referat"
      wordmark="München. Digital."
      imprint-href=${options.imprint ?? '/impressum'}
      privacy-href=${options.privacy ?? '/datenschutz'}
      accessibility-href=${options.accessibility ?? '/barrierefreiheit'}
      links=${options.links ?? nothing}
    ></mdk-brand-footer>`,
    lang,
  );
}

const linkNames = async (footer: MdkBrandFooter) => nodesWithRole(await accessibilityTreeOf(footer), 'link').map((link) => link.name);

afterEach(() => {
  vi.restoreAllMocks();
});

describe('<mdk-brand-footer>', () => {
  it('is one contentinfo landmark with wordmark, city, department and a navigation named "Rechtliches"', async () => {
    const footer = await munichFooter();
    const tree = await accessibilityTreeOf(footer);
    const [contentinfo, ...others] = nodesWithRole(tree, 'contentinfo');
    expect(others).toEqual([]);
    const navigations = nodesWithRole(contentinfo!, 'navigation');
    expect(navigations.map((nav) => nav.name)).toEqual(['Rechtliches']);
    expect(nodesWithRole(navigations[0]!, 'link').map((link) => link.name)).toEqual(['Impressum', 'Datenschutz', 'Barrierefreiheit']);
    expect(nodesWithRole(navigations[0]!, 'list')).toHaveLength(1);
    expect(spokenText(tree)).toBe('München. Digital. Landeshauptstadt München IT-Referat Impressum Datenschutz Barrierefreiheit');
    const hrefs = [...footer.shadowRoot!.querySelectorAll('a')].map((link) => link.getAttribute('href'));
    expect(hrefs).toEqual(['/impressum', '/datenschutz', '/barrierefreiheit']);
  });

  it('in English: "Legal", "Legal notice", "Privacy", "Accessibility"; and follows a change of lang', async () => {
    const footer = await munichFooter({}, 'en');
    const tree = await accessibilityTreeOf(footer);
    expect(nodesWithRole(tree, 'navigation')[0]?.name).toBe('Legal');
    expect(await linkNames(footer)).toEqual(['Legal notice', 'Privacy', 'Accessibility']);
    footer.parentElement!.lang = 'de';
    await settle(footer.parentElement!);
    expect(await linkNames(footer)).toEqual(['Impressum', 'Datenschutz', 'Barrierefreiheit']);
  });

  it('takes the wordmark and names from attributes: Musterstadt is content, not code', async () => {
    const footer = await fixture<MdkBrandFooter>(
      html`<mdk-brand-footer city="Stadt Musterstadt" wordmark="Musterstadt. Digital." imprint-href="/impressum"></mdk-brand-footer>`,
    );
    const spoken = spokenText(await accessibilityTreeOf(footer));
    expect(spoken).toBe('Musterstadt. Digital. Stadt Musterstadt Impressum');
  });

  it('adds the links from a JSON attribute after the legal ones, and from the property', async () => {
    const footer = await munichFooter({
      privacy: '',
      accessibility: '',
      links: JSON.stringify([
        { label: 'Kontakt', href: 'mailto:digital@example.org' },
        { label: 'Barrierefreiheit melden', href: 'tel:+498923300' },
      ]),
    });
    expect(await linkNames(footer)).toEqual(['Impressum', 'Kontakt', 'Barrierefreiheit melden']);
    footer.links = [{ label: 'Sitemap', href: '/sitemap' }];
    await footer.updateComplete;
    expect(await linkNames(footer)).toEqual(['Impressum', 'Sitemap']);
  });

  it('without any link, has no navigation', async () => {
    const footer = await munichFooter({ imprint: '', privacy: '', accessibility: '' });
    const tree = await accessibilityTreeOf(footer);
    expect(nodesWithRole(tree, 'navigation')).toEqual([]);
    expect(nodesWithRole(tree, 'contentinfo')).toHaveLength(1);
  });

  it.each(['https://example.org/impressum', 'http://example.org', 'mailto:digital@example.org', 'tel:+498923300', '/impressum', 'impressum.html', '#impressum'])(
    'keeps the safe link %s',
    async (href) => {
      const footer = await munichFooter({ imprint: href, links: JSON.stringify([{ label: 'Mehr', href }]) });
      const links = [...footer.shadowRoot!.querySelectorAll('a')];
      expect(links[0]!.getAttribute('href')).toBe(href);
      expect(links.at(-1)!.getAttribute('href')).toBe(href);
    },
  );

  it('drops unsafe links — javascript:, data:, vbscript: — shows their labels as text and warns once each', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const footer = await munichFooter({
      imprint: 'javascript:alert(1)',
      privacy: 'data:text/html,<script>alert(1)</script>',
      accessibility: ' VbScRiPt:msgbox(1)',
      links: JSON.stringify([{ label: 'Kontakt', href: 'java\tscript:alert(1)' }, { label: 'Sitemap', href: '/sitemap' }]),
    });
    expect(await linkNames(footer)).toEqual(['Sitemap']);
    const texts = [...footer.shadowRoot!.querySelectorAll('[part=unsafe-link]')].map((text) => text.textContent);
    expect(texts).toEqual(['Impressum', 'Datenschutz', 'Barrierefreiheit', 'Kontakt']);
    expect(spokenText(await accessibilityTreeOf(footer))).toContain('Impressum Datenschutz Barrierefreiheit Kontakt Sitemap');
    footer.city = 'Neu gerendert';
    await footer.updateComplete;
    expect(warningsAbout(warn, 'not allowed')).toHaveLength(4);
  });

  it('never throws on malformed links: bad JSON or a non-array gives none, bad entries are skipped; warns', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const footer = await munichFooter({ imprint: '', privacy: '', accessibility: '', links: '[{"label": "Kontakt"' });
    expect(footer.links).toBeNull();
    expect(await linkNames(footer)).toEqual([]);
    expect(warningsAbout(warn, 'not a JSON array')).toHaveLength(1);
    footer.setAttribute('links', '{"label": "Kontakt", "href": "/kontakt"}');
    await footer.updateComplete;
    expect(await linkNames(footer)).toEqual([]);
    footer.setAttribute('links', JSON.stringify([null, 3, { label: '  ', href: '/leer' }, { label: 'Ohne Ziel' }, { label: 'Leeres Ziel', href: ' ' }, { label: 'Kontakt', href: '/kontakt' }]));
    await footer.updateComplete;
    expect(await linkNames(footer)).toEqual(['Kontakt']);
    // Not even as text: a blank href is no link, and a label alone would stand in the links' list.
    expect(footer.shadowRoot!.textContent).not.toContain('Leeres Ziel');
    expect(warningsAbout(warn, 'entries without')).toHaveLength(1);
    (footer as unknown as { links: unknown }).links = 'kein Array';
    await expect(footer.updateComplete).resolves.toBe(true);
    expect(await linkNames(footer)).toEqual([]);
  });

  it('with no content and removed attributes, renders nothing — no empty footer —, warns once and never throws', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const footer = await munichFooter({ links: '[]' });
    for (const name of ['city', 'department', 'wordmark', 'imprint-href', 'privacy-href', 'accessibility-href', 'links']) footer.removeAttribute(name);
    await expect(footer.updateComplete).resolves.toBe(true);
    expect(await whatIsShown(footer)).toEqual(nothingShown);
    footer.links = [];
    await footer.updateComplete;
    expect(warningsAbout(warn, 'it shows nothing')).toHaveLength(1);
    // Content added later shows the footer again: extra content in the slot, then a link.
    const note = document.createElement('p');
    note.textContent = '© Landeshauptstadt München';
    footer.append(note);
    // Each look reads Chromium's accessibility tree, which can take more than waitFor's default second.
    await vi.waitFor(async () => expect((await whatIsShown(footer)).read).toContain('contentinfo ""'), { timeout: 10_000 });
    note.remove();
    await vi.waitFor(async () => expect(await whatIsShown(footer)).toEqual(nothingShown), { timeout: 10_000 });
    footer.setAttribute('imprint-href', '/impressum');
    await footer.updateComplete;
    expect((await whatIsShown(footer)).read).toContain('link "Impressum"');
  });

  it('renders its content as text, never as HTML', async () => {
    const footer = await fixture<MdkBrandFooter>(
      html`<mdk-brand-footer
        wordmark=${'<img src=x onerror="window.__pwned=1">'}
        links=${JSON.stringify([{ label: '<b>Kontakt</b>', href: '/kontakt' }])}
      ></mdk-brand-footer>`,
    );
    expect(footer.shadowRoot!.querySelector('img, b')).toBeNull();
    expect(await linkNames(footer)).toEqual(['<b>Kontakt</b>']);
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('is reached by Tab link after link, each with a visible focus ring', async () => {
    const footer = await munichFooter();
    const before = document.createElement('button');
    before.textContent = 'vorher';
    footer.before(before);
    before.focus();
    for (const link of footer.shadowRoot!.querySelectorAll<HTMLElement>('a[part=link]')) {
      await userEvent.tab();
      expect(deepActiveElement()).toBe(link);
      expect(getComputedStyle(link).outlineStyle).toBe('solid');
      expect(link.getBoundingClientRect().height).toBeGreaterThanOrEqual(24);
    }
  });

  it('under forced colours: the top edge stays visible, the links take the system link colour, focus shows in the highlight colour', async () => {
    const footer = await munichFooter();
    const links = [...footer.shadowRoot!.querySelectorAll<HTMLElement>('a[part=link]')];
    await withEmulatedMedia({ forcedColors: 'active' }, async () => {
      const [canvasText, linkText, highlight] = ['CanvasText', 'LinkText', 'Highlight'].map(computedColour);
      expect(new Set([canvasText, linkText, highlight]).size).toBe(3);
      expect(drawnBorders(footer.shadowRoot!.querySelector('[part=base]')!)).toEqual({ top: canvasText });
      expect(links.map((link) => getComputedStyle(link).color)).toEqual(links.map(() => linkText));
      await focusByKeyboard(links[0]!);
      const style = getComputedStyle(links[0]!);
      expect([style.outlineStyle, style.outlineColor]).toEqual(['solid', highlight]);
    });
  });

  it('reflows at 320 px with long names: nothing clipped, nothing scrolls sideways', async () => {
    await page.viewport(320, 800);
    try {
      const footer = await munichFooter({ links: JSON.stringify([{ label: 'Barrierefreiheitserklärungsrückmeldeformular', href: '/feedback' }]) });
      footer.city = 'Landeshauptstadtverwaltungsdigitalisierungsbeauftragtenstelle';
      footer.wordmark = 'Landeshauptstadtmünchen. Digital.';
      await footer.updateComplete;
      for (const part of footer.shadowRoot!.querySelectorAll<HTMLElement>('[part=base], [part=organisation], [part=wordmark], [part=links]')) {
        expect(part.scrollWidth, part.getAttribute('part')!).toBeLessThanOrEqual(part.clientWidth);
      }
      expect(footer.getBoundingClientRect().right).toBeLessThanOrEqual(320);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    } finally {
      await page.viewport(1280, 800);
    }
  });

  describe.each([1280, 320])('at %i px', (width) => {
    it.each(Object.keys(namedLogos))('draws a logo that is %s at the logo height, in its aspect ratio, inside the footer; its name is read', async (kind) => {
      await page.viewport(width, 800);
      try {
        const footer = await fixture<MdkBrandFooter>(
          html`<mdk-brand-footer city="Landeshauptstadt München" wordmark="München. Digital.">${namedLogos[kind]!()}</mdk-brand-footer>`,
        );
        const box = await logoBox(footer);
        // --mdk-brand-footer-logo-height: 2.5rem, and the logo's 2:1 ratio.
        expect([box.width, box.height]).toEqual([80, 40]);
        const brand = footer.shadowRoot!.querySelector('[part=brand]')!.getBoundingClientRect();
        expect(box.left).toBeGreaterThanOrEqual(brand.left);
        expect(box.right).toBeLessThanOrEqual(brand.right);
        expect(nodesWithRole(await accessibilityTreeOf(footer), 'image').map((image) => image.name)).toEqual(['Wappen']);
      } finally {
        await page.viewport(1280, 800);
      }
    });
  });

  it('at 320 px, shrinks a logo wider than the footer to the footer\'s width', async () => {
    await page.viewport(320, 800);
    try {
      const footer = await fixture<MdkBrandFooter>(html`<mdk-brand-footer wordmark="München. Digital.">${wideLogo()}</mdk-brand-footer>`);
      const box = await logoBox(footer);
      expect(box.width).toBe(footer.shadowRoot!.querySelector('[part=brand]')!.clientWidth);
      expect(box.height).toBeGreaterThan(0);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    } finally {
      await page.viewport(1280, 800);
    }
  });

  it('passes axe (WCAG 2.2 A/AA), with a logo, extra content and an unsafe link', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const footer = await fixture<MdkBrandFooter>(
      html`<mdk-brand-footer
        city="Stadt Musterstadt"
        department="Stabsstelle Digitalisierung"
        wordmark="Musterstadt. Digital."
        imprint-href="/impressum"
        privacy-href="javascript:alert(1)"
        accessibility-href="/barrierefreiheit"
      >
        <img slot="logo" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="" width="40" height="40" />
        <p>© 2025 Stadt Musterstadt</p>
      </mdk-brand-footer>`,
    );
    const violations = await axeViolations(footer.parentElement!);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
