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
  nodesWithRole,
  spokenText,
  withEmulatedMedia,
} from '../../test/accessibility.js';
import { nothingShown, whatIsShown } from '../../test/empty-state.js';
import { fixture, settle } from '../../test/fixtures.js';
import '../contact.js';
import { telHref } from './contact-links.js';
import type { MdkContact } from './contact.js';

const warningsAbout = (warn: { mock: { calls: unknown[][] } }, topic: string) =>
  warn.mock.calls.filter(([message]) => String(message).includes('<mdk-contact>') && String(message).includes(topic));

interface Options {
  heading?: string;
  headingLevel?: string;
  email?: string;
  phone?: string;
}

function contact(options: Options = {}, lang = 'de') {
  return fixture<MdkContact>(
    html`<mdk-contact
      heading=${options.heading ?? nothing}
      heading-level=${options.headingLevel ?? nothing}
      name="Team Digitale Kommunikation"
      position="Ansprechstelle Digitalstrategie"
      unit="IT-Referat, Landeshauptstadt München"
      email=${options.email ?? 'digital@example.org'}
      phone=${options.phone ?? '089 233-12345'}
    ></mdk-contact>`,
    lang,
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('<mdk-contact>', () => {
  it('is contact information: name, position, unit, then e-mail and phone links whose text is the address and number', async () => {
    const element = await contact();
    expect(element.shadowRoot!.querySelector('address')).not.toBeNull();
    const tree = await accessibilityTreeOf(element);
    expect(nodesWithRole(tree, 'link').map((link) => link.name)).toEqual(['digital@example.org', '089 233-12345']);
    expect(spokenText(tree)).toBe(
      'Team Digitale Kommunikation Ansprechstelle Digitalstrategie IT-Referat, Landeshauptstadt München E-Mail digital@example.org Telefon 089 233-12345',
    );
    const [mail, phone] = element.shadowRoot!.querySelectorAll('a');
    expect([mail!.getAttribute('href'), phone!.getAttribute('href')]).toEqual(['mailto:digital@example.org', 'tel:+498923312345']);
    expect(element.shadowRoot!.querySelectorAll('dl dt')).toHaveLength(2);
  });

  it.each([
    ['089 233-12345', 'tel:+498923312345'],
    ['+49 89 233-12345', 'tel:+498923312345'],
    ['+49 (0)89 233-12345', 'tel:+498923312345'],
    ['0049 (0)89 233-12345', 'tel:+498923312345'],
    ['+49-(0)89-233-12345', 'tel:+498923312345'],
    ['+49 / (0)89 233 12345', 'tel:+498923312345'],
    ['0049 89 23312345', 'tel:+498923312345'],
    ['(089) 233 12345', 'tel:+498923312345'],
    ['089/233.12345', 'tel:+498923312345'],
    ['+43 1 4000-0', 'tel:+43140000'],
    // As mail signatures and word processors write them: no-break spaces, a non-breaking hyphen, a dash.
    ['+49\u00a089\u202f233\u201112345', 'tel:+498923312345'],
    ['089 233\u201312345', 'tel:+498923312345'],
  ])('links the phone number %j as %s', (phone, href) => {
    expect(telHref(phone)).toBe(href);
  });

  it.each(['233-12345', 'ruf an', '089 233-12345 Durchwahl 7', '+49', '0'])('does not link %s as a phone number', (phone) => {
    expect(telHref(phone)).toBeUndefined();
  });

  it('in English: "Email", "Phone"; the address and number as written', async () => {
    const element = await contact({}, 'en');
    const spoken = spokenText(await accessibilityTreeOf(element));
    expect(spoken).toContain('Email digital@example.org Phone 089 233-12345');
    element.parentElement!.lang = 'de';
    await settle(element.parentElement!);
    expect(spokenText(await accessibilityTreeOf(element))).toContain('E-Mail digital@example.org Telefon');
  });

  it('e-mail only: one link, no phone term', async () => {
    const element = await fixture<MdkContact>(html`<mdk-contact email="digital@example.org"></mdk-contact>`);
    const tree = await accessibilityTreeOf(element);
    expect(nodesWithRole(tree, 'link').map((link) => link.name)).toEqual(['digital@example.org']);
    expect(spokenText(tree)).toBe('E-Mail digital@example.org');
  });

  it('shows a malformed e-mail or phone as text without a link, and warns once each', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await contact({ email: 'digital at example.org', phone: 'Zentrale anrufen' });
    const tree = await accessibilityTreeOf(element);
    expect(nodesWithRole(tree, 'link')).toEqual([]);
    expect(spokenText(tree)).toContain('E-Mail digital at example.org Telefon Zentrale anrufen');
    element.name = 'Neu gerendert';
    await element.updateComplete;
    expect(warningsAbout(warn, 'email="digital at example.org"')).toHaveLength(1);
    expect(warningsAbout(warn, 'phone="Zentrale anrufen"')).toHaveLength(1);
  });

  it('refuses script in the e-mail: javascript:, data:, vbscript: never become a link', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    for (const email of ['javascript:alert(1)//@example.org', 'data:text/html,<script>@x.org', 'vbscript:msgbox(1)@x.org']) {
      const element = await contact({ email });
      const links = [...element.shadowRoot!.querySelectorAll('a')].map((link) => link.getAttribute('href'));
      expect(links, email).toEqual(['tel:+498923312345']);
      element.parentElement!.remove();
    }
  });

  it('takes a heading and its level from the page; a bad level falls back to 2 with one warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await contact({ heading: 'Kontakt', headingLevel: '3' });
    const heading = nodesWithRole(await accessibilityTreeOf(element), 'heading')[0];
    expect([heading?.name, heading?.properties.level]).toEqual(['Kontakt', 3]);
    element.setAttribute('heading-level', 'drei');
    await element.updateComplete;
    expect(nodesWithRole(await accessibilityTreeOf(element), 'heading')[0]?.properties.level).toBe(2);
    expect(warningsAbout(warn, 'heading-level="drei"')).toHaveLength(1);
    element.removeAttribute('heading');
    await element.updateComplete;
    expect(nodesWithRole(await accessibilityTreeOf(element), 'heading')).toEqual([]);
  });

  it('Tab reaches the e-mail, then the phone link, each a 24 px target with a focus ring', async () => {
    const container = await fixture<HTMLElement>(
      html`<div><button>vorher</button><mdk-contact email="digital@example.org" phone="089 233-12345"></mdk-contact><button>nachher</button></div>`,
    );
    const element = container.querySelector('mdk-contact')!;
    const [before, after] = container.querySelectorAll('button');
    before!.focus();
    for (const link of element.shadowRoot!.querySelectorAll('a')) {
      await userEvent.tab();
      expect(deepActiveElement()).toBe(link);
      expect(getComputedStyle(link).outlineStyle).toBe('solid');
      const box = link.getBoundingClientRect();
      expect(box.width).toBeGreaterThanOrEqual(24);
      expect(box.height).toBeGreaterThanOrEqual(24);
    }
    await userEvent.tab();
    expect(deepActiveElement()).toBe(after);
  });

  it('under forced colours, the links are in the system link colour and the block keeps its visible start edge', async () => {
    const element = await contact();
    await withEmulatedMedia({ forcedColors: 'active' }, () => {
      const [linkText, canvasText] = [computedColour('LinkText'), computedColour('CanvasText')];
      expect(linkText).not.toBe(canvasText);
      const links = [...element.shadowRoot!.querySelectorAll('a[part=link]')];
      expect(links.map((link) => getComputedStyle(link).color)).toEqual([linkText, linkText]);
      // The start edge of a left-to-right page.
      expect(drawnBorders(element.shadowRoot!.querySelector('[part=base]')!)).toEqual({ left: canvasText });
    });
  });

  it('with nothing given, renders nothing and warns once; removed attributes never throw', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await contact({ heading: 'Kontakt' });
    for (const name of ['heading-level', 'name', 'position', 'unit', 'email', 'phone']) element.removeAttribute(name);
    await expect(element.updateComplete).resolves.toBe(true);
    // Not even the heading: it would announce a contact that is not there.
    expect(await whatIsShown(element)).toEqual(nothingShown);
    element.removeAttribute('heading');
    await element.updateComplete;
    expect(await whatIsShown(element)).toEqual(nothingShown);
    expect(warningsAbout(warn, 'it shows nothing')).toHaveLength(1);
    element.setAttribute('unit', 'IT-Referat');
    await element.updateComplete;
    expect(spokenText(await accessibilityTreeOf(element))).toBe('IT-Referat');
  });

  it('renders its content as text, never as HTML', async () => {
    const element = await fixture<MdkContact>(
      html`<mdk-contact name=${'<img src=x onerror="window.__pwned=1">'} unit=${'<b>Referat</b>'}></mdk-contact>`,
    );
    expect(element.shadowRoot!.querySelector('img, b')).toBeNull();
    expect(spokenText(await accessibilityTreeOf(element))).toBe('<img src=x onerror="window.__pwned=1"> <b>Referat</b>');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('reflows at 320 px with long names and addresses: nothing clipped, nothing scrolls sideways', async () => {
    await page.viewport(320, 800);
    try {
      const element = await contact({ email: 'digitalverwaltungsmodernisierung.kommunikation@landeshauptstadt-example.org' });
      element.name = 'Geschäftsbereichsübergreifendekommunikationskoordinationsstelle';
      element.unit = 'Referat für Informations- und Telekommunikationstechnik der Landeshauptstadt München';
      await element.updateComplete;
      const base = element.shadowRoot!.querySelector<HTMLElement>('[part=base]')!;
      for (const part of [base, ...base.querySelectorAll<HTMLElement>('p, dl, dd, a')]) {
        expect(part.scrollWidth, part.textContent!).toBeLessThanOrEqual(part.clientWidth || part.scrollWidth);
        expect(part.getBoundingClientRect().right, part.textContent!).toBeLessThanOrEqual(320);
      }
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    } finally {
      await page.viewport(1280, 800);
    }
  });

  it('passes axe (WCAG 2.2 A/AA): full, e-mail only, malformed', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => {});
    const container = await fixture<HTMLElement>(
      html`<main>
        <mdk-contact heading="Kontakt" name="Team Digitale Kommunikation" unit="IT-Referat" email="digital@example.org" phone="089 233-12345"></mdk-contact>
        <mdk-contact email="digital@example.org"></mdk-contact>
        <mdk-contact email="kein Postfach" phone="bitte anrufen"></mdk-contact>
      </main>`,
    );
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});

describe('<mdk-contact no-heading>', () => {
  it('no-heading: no heading in the accessibility tree, even with heading set; the address stays; removed, the heading is back', async () => {
    const element = await contact({ heading: 'Kontakt', headingLevel: '3' });
    element.setAttribute('no-heading', '');
    let tree = await accessibilityTreeOf(element);
    expect(nodesWithRole(tree, 'heading')).toEqual([]);
    expect(element.shadowRoot!.querySelector('[part=heading]')).toBeNull();
    expect(nodesWithRole(tree, 'link').map((link) => link.name)).toEqual(['digital@example.org', '089 233-12345']);
    expect(spokenText(tree)).toContain('Team Digitale Kommunikation');
    element.removeAttribute('no-heading');
    tree = await accessibilityTreeOf(element);
    const [heading] = nodesWithRole(tree, 'heading');
    expect([heading?.name, heading?.properties.level]).toEqual(['Kontakt', 3]);
  });
});
