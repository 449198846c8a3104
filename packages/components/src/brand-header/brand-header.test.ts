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
import { fixture, settle } from '../../test/fixtures.js';
import { findUndeclaredColourPairs } from '../../test/rendered-colour-pairs.js';
import { logoBox, namedLogos, wideLogo } from '../../test/logos.js';
import '../brand-footer.js';
import '../brand-header.js';
import type { MdkBrandHeader } from './brand-header.js';

const warningsAbout = (warn: { mock: { calls: unknown[][] } }, topic: string) =>
  warn.mock.calls.filter(([message]) => String(message).includes('<mdk-brand-header>') && String(message).includes(topic));

const logo = 'data:image/gif;base64,R0lGODlhAQABAAAAACw=';

interface Options {
  homeHref?: string;
  mainId?: string;
  withLogo?: boolean;
}

function munichHeader(options: Options = {}, lang = 'de') {
  return fixture<MdkBrandHeader>(
    html`<mdk-brand-header
      city="Landeshauptstadt München"
      department="IT-Referat"
      wordmark="München. Digital."
      home-href=${options.homeHref ?? nothing}
      main-id=${options.mainId ?? nothing}
      >${options.withLogo ? html`<img slot="logo" src=${logo} alt="Logo der Landeshauptstadt München" width="48" height="48" />` : nothing}</mdk-brand-header
    >`,
    lang,
  );
}

/** A whole page: header with a named navigation, main with text and a link, footer. */
async function pageFrame(lang = 'de') {
  const container = await fixture<HTMLElement>(
    html`<div>
      <mdk-brand-header city="Landeshauptstadt München" department="IT-Referat" wordmark="München. Digital." home-href="/">
        <nav aria-label="Hauptnavigation"><a href="/strategie">Strategie</a></nav>
      </mdk-brand-header>
      <main id="main">
        <h1>Von der Strategie zum Handeln</h1>
        <p>Digitale Souveränität für eine zukunftsfähige Verwaltung. <a href="/mehr">Mehr erfahren</a></p>
      </main>
      <mdk-brand-footer
        city="Landeshauptstadt München"
        department="IT-Referat"
        wordmark="München. Digital."
        imprint-href="/impressum"
        privacy-href="/datenschutz"
        accessibility-href="/barrierefreiheit"
      ></mdk-brand-footer>
    </div>`,
    lang,
  );
  return {
    container,
    header: container.querySelector('mdk-brand-header')!,
    main: container.querySelector('main')!,
    footer: container.querySelector('mdk-brand-footer')!,
  };
}

afterEach(() => {
  vi.restoreAllMocks();
  // The skip link follows its hash; leave the test page's URL as it was.
  if (location.hash !== '') history.replaceState(null, '', location.pathname + location.search);
});

describe('<mdk-brand-header>', () => {
  it('is one banner landmark with city, department and wordmark as text', async () => {
    const header = await munichHeader();
    const tree = await accessibilityTreeOf(header);
    expect(nodesWithRole(tree, 'banner')).toHaveLength(1);
    expect(spokenText(tree)).toBe('Zum Inhalt springen Landeshauptstadt München IT-Referat München. Digital.');
    expect(nodesWithRole(tree, 'link').map((link) => link.name)).toEqual(['Zum Inhalt springen']);
  });

  it('takes the wordmark from its attribute: Musterstadt is content, not code', async () => {
    const header = await fixture<MdkBrandHeader>(
      html`<mdk-brand-header city="Stadt Musterstadt" department="Stabsstelle Digitalisierung" wordmark="Musterstadt. Digital."></mdk-brand-header>`,
    );
    const spoken = spokenText(await accessibilityTreeOf(header));
    expect(spoken).toContain('Stadt Musterstadt Stabsstelle Digitalisierung Musterstadt. Digital.');
    expect(spoken).not.toContain('München');
  });

  it('with home-href, logo and texts are one link named by the visible text and "Startseite"', async () => {
    const header = await munichHeader({ homeHref: '/', withLogo: true });
    const links = nodesWithRole(await accessibilityTreeOf(header), 'link');
    expect(links.map((link) => link.name)).toEqual([
      'Zum Inhalt springen',
      'Logo der Landeshauptstadt München Landeshauptstadt München IT-Referat München. Digital. (Startseite)',
    ]);
    expect(header.shadowRoot!.querySelector('a[part=home-link]')!.getAttribute('href')).toBe('/');
  });

  it('in English: "Skip to main content" and "Home page"', async () => {
    const header = await munichHeader({ homeHref: 'https://muenchen.digital/' }, 'en');
    const links = nodesWithRole(await accessibilityTreeOf(header), 'link');
    expect(links.map((link) => link.name)).toEqual(['Skip to main content', 'Landeshauptstadt München IT-Referat München. Digital. (Home page)']);
    header.parentElement!.lang = 'de';
    await settle(header.parentElement!);
    expect(header.shadowRoot!.querySelector('[part=skip-link]')!.textContent).toBe('Zum Inhalt springen');
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)'])(
    'drops the unsafe home link %s, shows the brand as text and warns once',
    async (homeHref) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const header = await munichHeader({ homeHref });
      expect(header.shadowRoot!.querySelector('a[part=home-link]')).toBeNull();
      expect(nodesWithRole(await accessibilityTreeOf(header), 'link')).toHaveLength(1);
      header.city = 'Neu gerendert';
      await header.updateComplete;
      expect(warningsAbout(warn, 'home-href=')).toHaveLength(1);
    },
  );

  it('the skip link is the first tab stop, visible when focused, and Enter moves focus to main', async () => {
    const { header, main } = await pageFrame();
    (document.activeElement as HTMLElement | null)?.blur();
    expect(document.activeElement).toBe(document.body);
    await userEvent.tab();
    const skipLink = header.shadowRoot!.querySelector<HTMLElement>('[part=skip-link]')!;
    expect(deepActiveElement()).toBe(skipLink);
    const box = skipLink.getBoundingClientRect();
    expect(box.width).toBeGreaterThan(1);
    expect(box.height).toBeGreaterThan(1);
    expect(box.top).toBeGreaterThanOrEqual(0);
    expect(box.left).toBeGreaterThanOrEqual(0);
    expect(box.right).toBeLessThanOrEqual(window.innerWidth);
    expect(box.bottom).toBeLessThanOrEqual(window.innerHeight);
    expect(getComputedStyle(skipLink).outlineStyle).toBe('solid');
    // Shown, it is link text on the page's surface: a declared colour pair.
    expect(findUndeclaredColourPairs(header.shadowRoot!, 'muenchen', 'light')).toEqual([]);
    await userEvent.keyboard('{Enter}');
    expect(document.activeElement).toBe(main);
    // Nothing covers the focused main (the header is not sticky).
    const mainBox = main.getBoundingClientRect();
    expect(main.contains(document.elementFromPoint(mainBox.left + 1, Math.max(mainBox.top, 0) + 1))).toBe(true);
    expect(main.getAttribute('tabindex')).toBe('-1');
    expect(location.hash).toBe('#main');
    // The next Tab continues inside main, not back at the top of the page.
    await userEvent.tab();
    expect(document.activeElement).toBe(main.querySelector('a'));
  });

  it('keeps the page under a <base href> elsewhere (as Angular sets one): the skip link moves focus to main, nothing navigates', async () => {
    const { header, main } = await pageFrame();
    const skipLink = header.shadowRoot!.querySelector<HTMLAnchorElement>('[part=skip-link]')!;
    const pageUrl = location.href;
    const base = document.createElement('base');
    base.href = '/elsewhere/';
    document.head.prepend(base);
    try {
      // The browser would resolve "#main" to /elsewhere/#main, another page.
      expect(skipLink.href).toContain('/elsewhere/#main');
      skipLink.focus();
      await userEvent.keyboard('{Enter}');
      expect(document.activeElement).toBe(main);
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(location.href, 'still this page').toBe(pageUrl);
    } finally {
      base.remove();
    }
  });

  it('is visually hidden until focused, and leaves a focusable target\'s tabindex alone', async () => {
    const container = await fixture<HTMLElement>(
      html`<div>
        <mdk-brand-header wordmark="München. Digital." main-id="inhalt"></mdk-brand-header>
        <main><h1 id="inhalt" tabindex="0">Inhalt</h1></main>
      </div>`,
    );
    const header = container.querySelector('mdk-brand-header')!;
    const skipLink = header.shadowRoot!.querySelector<HTMLAnchorElement>('[part=skip-link]')!;
    expect(skipLink.getBoundingClientRect().width).toBeLessThanOrEqual(1);
    expect(skipLink.getAttribute('href')).toBe('#inhalt');
    skipLink.click();
    const target = container.querySelector('h1')!;
    expect(document.activeElement).toBe(target);
    expect(target.getAttribute('tabindex')).toBe('0');
  });

  it('inside another shadow root, finds main there, focuses it and scrolls without a hash', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const root = host.attachShadow({ mode: 'open' });
    root.innerHTML = '<mdk-brand-header wordmark="München. Digital."></mdk-brand-header><main id="main"><p>Inhalt</p></main>';
    const header = root.querySelector('mdk-brand-header')!;
    await header.updateComplete;
    header.shadowRoot!.querySelector<HTMLAnchorElement>('[part=skip-link]')!.click();
    const main = root.querySelector('main')!;
    expect(root.activeElement).toBe(main);
    expect(location.hash).toBe('');
  });

  it('warns once when the skip link\'s target is missing, and never throws', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const header = await munichHeader({ mainId: 'nirgends' });
    const skipLink = header.shadowRoot!.querySelector<HTMLAnchorElement>('[part=skip-link]')!;
    skipLink.click();
    skipLink.click();
    expect(warningsAbout(warn, 'id="nirgends"')).toHaveLength(1);
  });

  it('shows the focus outline on the band in the band\'s text colour, not the theme\'s focus colour', async () => {
    const header = await munichHeader({ homeHref: '/' });
    const skipLink = header.shadowRoot!.querySelector<HTMLElement>('[part=skip-link]')!;
    skipLink.focus();
    await userEvent.tab();
    const homeLink = header.shadowRoot!.querySelector<HTMLElement>('a[part=home-link]')!;
    expect(header.shadowRoot!.activeElement).toBe(homeLink);
    const style = getComputedStyle(homeLink);
    expect(style.outlineStyle).toBe('solid');
    expect(style.outlineColor).toBe(getComputedStyle(header.shadowRoot!.querySelector('[part=band]')!).color);
  });

  it('under forced colours: the band keeps a visible edge, its links take the system link colour, focus shows in the highlight colour', async () => {
    const header = await munichHeader({ homeHref: '/' });
    const root = header.shadowRoot!;
    await withEmulatedMedia({ forcedColors: 'active' }, async () => {
      const [canvasText, linkText, highlight] = ['CanvasText', 'LinkText', 'Highlight'].map(computedColour);
      expect(new Set([canvasText, linkText, highlight]).size).toBe(3);
      expect(drawnBorders(root.querySelector('[part=band]')!)).toEqual({ top: canvasText, right: canvasText, bottom: canvasText, left: canvasText });
      for (const part of ['skip-link', 'home-link']) {
        const link = root.querySelector<HTMLElement>(`[part=${part}]`)!;
        await focusByKeyboard(link);
        const style = getComputedStyle(link);
        expect(style.color, part).toBe(linkText);
        expect([style.outlineStyle, style.outlineColor], part).toEqual(['solid', highlight]);
      }
    });
  });

  it('under forced colours, the logo keeps the band\'s colour behind it: a logo drawn light for the band does not vanish on the system\'s canvas', async () => {
    const header = await munichHeader({ homeHref: '/', withLogo: true });
    const root = header.shadowRoot!;
    const band = getComputedStyle(root.querySelector('[part=band]')!);
    const [bandBackground, bandText] = [band.backgroundColor, band.color];
    await withEmulatedMedia({ forcedColors: 'active' }, async () => {
      const canvas = computedColour('Canvas');
      expect(getComputedStyle(root.querySelector('[part=band]')!).backgroundColor).toBe(canvas);
      expect(bandBackground).not.toBe(canvas);
      const logo = getComputedStyle(root.querySelector('[part=logo]')!);
      // The text colour too: an inline SVG logo drawn in currentColor keeps its contrast on the band.
      expect([logo.backgroundColor, logo.color]).toEqual([bandBackground, bandText]);
    });
  });

  it('with no content and removed attributes, renders and never throws; main-id falls back to "main"', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const header = await munichHeader({ homeHref: '/', mainId: 'inhalt' });
    for (const name of ['city', 'department', 'wordmark', 'home-href', 'main-id']) header.removeAttribute(name);
    await expect(header.updateComplete).resolves.toBe(true);
    expect(header.mainId).toBe('main');
    expect(header.shadowRoot!.querySelector('[part=skip-link]')!.getAttribute('href')).toBe('#main');
    expect(nodesWithRole(await accessibilityTreeOf(header), 'link')).toHaveLength(1);
    expect(warningsAbout(warn, 'neither a wordmark')).toHaveLength(1);
  });

  it('created with neither a wordmark nor a city, warns about it once: a default left in place is no change of its own', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const header = await fixture<MdkBrandHeader>(html`<mdk-brand-header department="Referat für Digitales"></mdk-brand-header>`);
    header.department = 'IT-Referat';
    await header.updateComplete;
    expect(warningsAbout(warn, 'neither a wordmark')).toHaveLength(1);
  });

  it('renders its content as text, never as HTML', async () => {
    const header = await fixture<MdkBrandHeader>(
      html`<mdk-brand-header city=${'<img src=x onerror="window.__pwned=1">'} wordmark=${'<b>W</b>'}></mdk-brand-header>`,
    );
    expect(header.shadowRoot!.querySelector('img, b')).toBeNull();
    expect(spokenText(await accessibilityTreeOf(header))).toContain('<b>W</b>');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('reflows at 320 px with long names: nothing clipped, nothing scrolls sideways', async () => {
    await page.viewport(320, 800);
    try {
      const header = await munichHeader({ homeHref: '/', withLogo: true });
      header.city = 'Landeshauptstadtverwaltungsdigitalisierungsbeauftragtenstelle';
      header.department = 'Referat für Informations- und Telekommunikationstechnik';
      header.wordmark = 'Landeshauptstadtmünchen. Digital.';
      await header.updateComplete;
      for (const part of header.shadowRoot!.querySelectorAll<HTMLElement>('[part=band], [part=organisation], [part=wordmark]')) {
        expect(part.scrollWidth, part.getAttribute('part')!).toBeLessThanOrEqual(part.clientWidth);
      }
      expect(header.getBoundingClientRect().right).toBeLessThanOrEqual(320);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    } finally {
      await page.viewport(1280, 800);
    }
  });

  describe.each([1280, 320])('at %i px', (width) => {
    it.each(Object.keys(namedLogos))('draws a logo that is %s at the logo height, in its aspect ratio, inside the band; its name is read', async (kind) => {
      await page.viewport(width, 800);
      try {
        const header = await fixture<MdkBrandHeader>(
          html`<mdk-brand-header city="Landeshauptstadt München" wordmark="München. Digital.">${namedLogos[kind]!()}</mdk-brand-header>`,
        );
        const box = await logoBox(header);
        // --mdk-brand-header-logo-height: 3rem, and the logo's 2:1 ratio.
        expect([box.width, box.height]).toEqual([96, 48]);
        const band = header.shadowRoot!.querySelector('[part=band]')!.getBoundingClientRect();
        expect(box.left).toBeGreaterThanOrEqual(band.left);
        expect(box.right).toBeLessThanOrEqual(band.right);
        expect(box.bottom).toBeLessThanOrEqual(band.bottom);
        expect(nodesWithRole(await accessibilityTreeOf(header), 'image').map((image) => image.name)).toEqual(['Wappen']);
      } finally {
        await page.viewport(1280, 800);
      }
    });
  });

  it('at 320 px, shrinks a logo wider than the band to the band\'s width', async () => {
    await page.viewport(320, 800);
    try {
      const header = await fixture<MdkBrandHeader>(html`<mdk-brand-header wordmark="München. Digital.">${wideLogo()}</mdk-brand-header>`);
      const box = await logoBox(header);
      const band = header.shadowRoot!.querySelector('[part=band]')!;
      expect(box.width).toBe(band.clientWidth - parseFloat(getComputedStyle(band).paddingLeft) * 2);
      expect(box.height).toBeGreaterThan(0);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    } finally {
      await page.viewport(1280, 800);
    }
  });

  it('in a page frame: banner, named navigations, main and contentinfo once each; axe passes', async () => {
    const { container } = await pageFrame();
    const tree = await accessibilityTreeOf(container);
    expect(nodesWithRole(tree, 'banner')).toHaveLength(1);
    expect(nodesWithRole(tree, 'main')).toHaveLength(1);
    expect(nodesWithRole(tree, 'contentinfo')).toHaveLength(1);
    expect(nodesWithRole(tree, 'navigation').map((nav) => nav.name)).toEqual(['Hauptnavigation', 'Rechtliches']);
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
