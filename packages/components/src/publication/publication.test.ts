import { html, nothing } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import { accessibilityTreeOf, axeViolations, deepActiveElement, describeViolations, nodesWithRole, spokenText } from '../../test/accessibility.js';
import { nothingShown, whatIsShown } from '../../test/empty-state.js';
import { fixture, settle } from '../../test/fixtures.js';
import { publication } from '../examples/strategy-talk.js';
import '../publication.js';
import type { MdkPublication } from './publication.js';

const warningsAbout = (warn: { mock: { calls: unknown[][] } }, topic: string) =>
  warn.mock.calls.filter(([message]) => String(message).includes('<mdk-publication>') && String(message).includes(topic));

interface Options {
  href?: string;
  size?: string;
  pages?: string;
  date?: string;
  headingLevel?: string;
}

function agoraPaper(options: Options = {}, lang = 'de') {
  return fixture<MdkPublication>(
    html`<mdk-publication
      heading=${publication.title}
      heading-level=${options.headingLevel ?? nothing}
      authors=${publication.authors}
      publisher=${publication.publisher}
      date=${options.date ?? publication.date}
      licence=${publication.licence}
      href=${options.href ?? publication.href}
      format=${publication.format}
      size=${options.size ?? '2516582'}
      pages=${options.pages ?? '48'}
    ></mdk-publication>`,
    lang,
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('<mdk-publication>', () => {
  it('is a heading whose one link is named by title, format, size and pages', async () => {
    const card = await agoraPaper();
    const tree = await accessibilityTreeOf(card);
    const [heading, ...otherHeadings] = nodesWithRole(tree, 'heading');
    expect(otherHeadings).toEqual([]);
    expect(heading?.properties.level).toBe(2);
    const links = nodesWithRole(tree, 'link');
    expect(links.map((link) => link.name)).toEqual([`${publication.title} (PDF, 2,4 MB, 48 Seiten)`]);
    expect(nodesWithRole(heading!, 'link')).toHaveLength(1);
    expect(card.shadowRoot!.querySelector('a')!.getAttribute('href')).toBe(publication.href);
  });

  it('in English: "2.4 MB, 48 pages", and the details in English', async () => {
    const card = await agoraPaper({}, 'en');
    const tree = await accessibilityTreeOf(card);
    expect(nodesWithRole(tree, 'link')[0]?.name).toBe(`${publication.title} (PDF, 2.4 MB, 48 pages)`);
    expect(spokenText(tree)).toContain('Published June 2024');
    expect(spokenText(tree)).toContain('Licence CC BY-SA');
  });

  it('reads authors, publisher, date and licence as terms with their values; the date in <time>', async () => {
    const card = await agoraPaper();
    const spoken = spokenText(await accessibilityTreeOf(card));
    expect(spoken).toBe(
      `${publication.title} (PDF, 2,4 MB, 48 Seiten) Verfasst von ${publication.authors} Herausgegeben von ${publication.publisher} Erschienen Juni 2024 Lizenz CC BY-SA`,
    );
    const time = card.shadowRoot!.querySelector('time')!;
    expect([time.getAttribute('datetime'), time.textContent]).toEqual(['2024-06', 'Juni 2024']);
    expect(card.shadowRoot!.querySelectorAll('dl dt')).toHaveLength(4);
    card.parentElement!.lang = 'en';
    await settle(card.parentElement!);
    expect(card.shadowRoot!.querySelector('time')!.textContent).toBe('June 2024');
  });

  it('names only what is given: format alone, a size written as text, a page', async () => {
    const card = await fixture<MdkPublication>(html`<mdk-publication heading="Bericht" href="/bericht.pdf" format="PDF"></mdk-publication>`);
    const linkName = async () => nodesWithRole(await accessibilityTreeOf(card), 'link')[0]?.name;
    expect(await linkName()).toBe('Bericht (PDF)');
    card.size = '2,4 MB';
    card.pages = '1';
    await card.updateComplete;
    expect(await linkName()).toBe('Bericht (PDF, 2,4 MB, 1 Seite)');
    // Numbers, as typed code passes them: bytes and a page count.
    card.size = 2516582;
    card.pages = 48;
    await card.updateComplete;
    expect(await linkName()).toBe('Bericht (PDF, 2,4 MB, 48 Seiten)');
    card.format = '';
    card.size = '';
    card.pages = '';
    await card.updateComplete;
    expect(await linkName()).toBe('Bericht');
  });

  it('without a link, shows the title as a heading and has no link', async () => {
    const card = await fixture<MdkPublication>(html`<mdk-publication heading=${publication.title} format="PDF"></mdk-publication>`);
    const tree = await accessibilityTreeOf(card);
    expect(nodesWithRole(tree, 'link')).toEqual([]);
    expect(nodesWithRole(tree, 'heading')[0]?.name).toBe(`${publication.title} (PDF)`);
  });

  it.each(['https://example.org/a.pdf', 'http://example.org', 'mailto:digital@example.org', 'tel:+498923300', '/publikationen/a.pdf', 'a.pdf', '#publikation'])(
    'keeps the safe link %s',
    async (href) => {
      const card = await agoraPaper({ href });
      expect(card.shadowRoot!.querySelector('a')!.getAttribute('href')).toBe(href);
    },
  );

  it('drops an unsafe link — javascript:, data:, vbscript: — shows the title as text and warns once each', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const unsafe = ['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', ' JaVa\tScRiPt:alert(1)'];
    for (const href of unsafe) {
      const card = await agoraPaper({ href });
      expect(card.shadowRoot!.querySelector('a'), href).toBeNull();
      const tree = await accessibilityTreeOf(card);
      expect(nodesWithRole(tree, 'link'), href).toEqual([]);
      expect(nodesWithRole(tree, 'heading')[0]?.name).toBe(`${publication.title} (PDF, 2,4 MB, 48 Seiten)`);
      card.heading = 'Neu gerendert';
      await card.updateComplete;
      card.parentElement!.remove();
    }
    expect(warningsAbout(warn, 'href=')).toHaveLength(unsafe.length);
  });

  it('has one tab stop: a thumbnail, even one holding a link, is skipped and hidden from assistive technology', async () => {
    const container = await fixture<HTMLElement>(
      html`<div>
        <button>vorher</button>
        <mdk-publication heading=${publication.title} href=${publication.href} format="PDF">
          <a slot="thumbnail" href=${publication.href}><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Titelseite" width="96" height="128" /></a>
        </mdk-publication>
        <button>nachher</button>
      </div>`,
    );
    const card = container.querySelector('mdk-publication')!;
    const [before, after] = container.querySelectorAll('button');
    before!.focus();
    await userEvent.tab();
    expect(deepActiveElement()).toBe(card.shadowRoot!.querySelector('a[part=link]'));
    await userEvent.tab();
    expect(deepActiveElement()).toBe(after);
    const tree = await accessibilityTreeOf(card);
    expect(nodesWithRole(tree, 'image')).toEqual([]);
    expect(nodesWithRole(tree, 'link')).toHaveLength(1);
    expect(card.shadowRoot!.querySelector('[part=thumbnail]')!.checkVisibility()).toBe(true);
  });

  it('shows a focus ring on the link, in the theme\'s focus colour', async () => {
    const card = await agoraPaper();
    const link = card.shadowRoot!.querySelector<HTMLElement>('a[part=link]')!;
    const before = document.createElement('button');
    before.textContent = 'vorher';
    card.before(before);
    before.focus();
    await userEvent.tab();
    expect(card.shadowRoot!.activeElement).toBe(link);
    const style = getComputedStyle(link);
    expect(style.outlineStyle).toBe('solid');
    expect(parseFloat(style.outlineWidth)).toBeGreaterThanOrEqual(2);
  });

  it('takes its heading level from the page, and falls back to 2 with one warning for a bad one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const card = await agoraPaper({ headingLevel: '3' });
    expect(nodesWithRole(await accessibilityTreeOf(card), 'heading')[0]?.properties.level).toBe(3);
    for (const bad of ['drei', '7']) {
      card.setAttribute('heading-level', bad);
      await card.updateComplete;
      expect(nodesWithRole(await accessibilityTreeOf(card), 'heading')[0]?.properties.level, bad).toBe(2);
    }
    expect(warningsAbout(warn, 'heading-level="drei"')).toHaveLength(1);
  });

  it('shows a malformed date as written, and ignores a bad page count, warning once each', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const card = await agoraPaper({ date: 'Sommer 2024', pages: 'viele' });
    expect(card.shadowRoot!.querySelector('time')).toBeNull();
    const spoken = spokenText(await accessibilityTreeOf(card));
    expect(spoken).toContain('Erschienen Sommer 2024');
    expect(nodesWithRole(await accessibilityTreeOf(card), 'link')[0]?.name).toBe(`${publication.title} (PDF, 2,4 MB)`);
    card.licence = 'CC BY 4.0';
    await card.updateComplete;
    expect(warningsAbout(warn, 'date="Sommer 2024"')).toHaveLength(1);
    expect(warningsAbout(warn, 'pages="viele"')).toHaveLength(1);
  });

  it('with no content, renders nothing — no empty card — and warns about the missing title; removed attributes never throw', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const card = await agoraPaper();
    for (const name of ['heading', 'authors', 'publisher', 'date', 'licence', 'href', 'format', 'size', 'pages', 'heading-level']) {
      card.removeAttribute(name);
    }
    await expect(card.updateComplete).resolves.toBe(true);
    expect(await whatIsShown(card)).toEqual(nothingShown);
    expect(warningsAbout(warn, 'no heading')).toHaveLength(1);
    // A thumbnail alone is decoration: still nothing. Details alone are something to show.
    const withThumbnail = await fixture<MdkPublication>(
      html`<mdk-publication><img slot="thumbnail" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="" width="40" height="56" /></mdk-publication>`,
    );
    expect(await whatIsShown(withThumbnail)).toEqual(nothingShown);
    withThumbnail.authors = 'Dr. Julia Borggräfe';
    await withThumbnail.updateComplete;
    expect((await whatIsShown(withThumbnail)).height).toBeGreaterThan(0);
  });

  it('created without a title, warns about it once: a default left in place is no change of its own', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const card = await fixture<MdkPublication>(html`<mdk-publication authors="Dr. Julia Borggräfe"></mdk-publication>`);
    card.licence = 'CC BY 4.0';
    await card.updateComplete;
    expect(warningsAbout(warn, 'no heading')).toHaveLength(1);
  });

  it('renders its content as text, never as HTML', async () => {
    const card = await fixture<MdkPublication>(
      html`<mdk-publication
        heading=${'<img src=x onerror="window.__pwned=1">Titel'}
        authors=${'<b>A</b>'}
        href="https://example.org/"
        format=${'<i>PDF</i>'}
      ></mdk-publication>`,
    );
    expect(card.shadowRoot!.querySelector('img, b, i')).toBeNull();
    expect(nodesWithRole(await accessibilityTreeOf(card), 'link')[0]?.name).toBe('<img src=x onerror="window.__pwned=1">Titel (<i>PDF</i>)');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('reflows at 320 px: nothing clipped, nothing scrolls sideways', async () => {
    await page.viewport(320, 800);
    try {
      const card = await agoraPaper();
      // Long compounds without a break opportunity, in the title and in a detail.
      card.heading = 'Verwaltungsdigitalisierungsbeschleunigungsgesetzesfolgenabschätzung';
      card.publisher = 'Bundesverwaltungsmodernisierungskompetenzzentrumsgeschäftsstelle';
      await card.updateComplete;
      const base = card.shadowRoot!.querySelector<HTMLElement>('[part=base]')!;
      for (const part of [base, ...base.querySelectorAll<HTMLElement>('.heading, dl, dd')]) {
        expect(part.scrollWidth, part.className || part.localName).toBeLessThanOrEqual(part.clientWidth);
      }
      expect(card.getBoundingClientRect().right).toBeLessThanOrEqual(320);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    } finally {
      await page.viewport(1280, 800);
    }
  });

  it('puts the thumbnail beside the text on a wide screen and above it at 320 px, without sideways scrolling', async () => {
    const card = await fixture<MdkPublication>(
      html`<mdk-publication heading=${publication.title} authors=${publication.authors} href=${publication.href} format="PDF">
        <img slot="thumbnail" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="" width="96" height="128" />
      </mdk-publication>`,
    );
    const boxes = () => ({
      thumbnail: card.shadowRoot!.querySelector('[part=thumbnail]')!.getBoundingClientRect(),
      text: card.shadowRoot!.querySelector('.body')!.getBoundingClientRect(),
    });
    const wide = boxes();
    expect(wide.thumbnail.right, 'beside: the thumbnail ends before the text begins').toBeLessThanOrEqual(wide.text.left);
    expect(wide.thumbnail.top).toBeLessThan(wide.text.bottom);
    await page.viewport(320, 800);
    try {
      const narrow = boxes();
      expect(narrow.thumbnail.bottom, 'above: the thumbnail ends before the text begins').toBeLessThanOrEqual(narrow.text.top);
      expect(narrow.text.right).toBeLessThanOrEqual(320);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    } finally {
      await page.viewport(1280, 800);
    }
  });

  it('passes axe (WCAG 2.2 A/AA), with a link and a thumbnail, and without a link', async () => {
    const container = await fixture<HTMLElement>(
      html`<main>
        <mdk-publication heading=${publication.title} authors=${publication.authors} date=${publication.date} href=${publication.href} format="PDF">
          <img slot="thumbnail" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="" width="96" height="128" />
        </mdk-publication>
        <mdk-publication heading=${publication.title} publisher=${publication.publisher} licence=${publication.licence}></mdk-publication>
      </main>`,
    );
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
