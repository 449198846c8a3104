import { html, nothing } from 'lit';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import {
  accessibilityTreeOf,
  axeViolations,
  deepActiveElement,
  describeViolations,
  drawnBorders,
  systemTextEdgeOnEverySide,
  nodesWithRole,
  spokenText,
  withEmulatedMedia,
} from '../../test/accessibility.js';
import { fixture, settle } from '../../test/fixtures.js';
import { hero } from '../examples/strategy-talk.js';
import '../hero.js';
import type { MdkHero } from './hero.js';

const warningsAbout = (warn: { mock: { calls: unknown[][] } }, topic: string) =>
  warn.mock.calls.filter(([message]) => String(message).includes('<mdk-hero>') && String(message).includes(topic));

function talkHero(options: { date?: string; headingLevel?: string } = {}, lang = 'de') {
  return fixture<MdkHero>(
    html`<mdk-hero
      heading=${hero.title}
      subheading=${hero.subtitle}
      speaker=${hero.speaker}
      speaker-role=${hero.role}
      date=${options.date ?? hero.date}
      heading-level=${options.headingLevel ?? nothing}
    ></mdk-hero>`,
    lang,
  );
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('<mdk-hero>', () => {
  it('has one h1, the title, then subtitle, speaker, role and date', async () => {
    const element = await talkHero();
    const tree = await accessibilityTreeOf(element);
    const headings = nodesWithRole(tree, 'heading');
    expect(headings.map((heading) => [heading.name, heading.properties.level])).toEqual([[hero.title, 1]]);
    expect(element.shadowRoot!.querySelectorAll('h1')).toHaveLength(1);
    expect(spokenText(tree)).toBe(`${hero.title} ${hero.subtitle} ${hero.speaker} ${hero.role} 3. Juni 2025`);
  });

  it('formats the date for the language inside <time datetime>: de "3. Juni 2025", en "3 June 2025"', async () => {
    const element = await talkHero();
    const time = () => element.shadowRoot!.querySelector('time')!;
    expect([time().getAttribute('datetime'), time().textContent]).toEqual(['2025-06-03', '3. Juni 2025']);
    element.parentElement!.lang = 'en';
    await settle(element.parentElement!);
    expect([time().getAttribute('datetime'), time().textContent]).toEqual(['2025-06-03', '3 June 2025']);
  });

  it('takes heading-level 2 when the page has its own h1, and falls back to 1 with one warning for a bad one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await talkHero({ headingLevel: '2' });
    let headings = nodesWithRole(await accessibilityTreeOf(element), 'heading');
    expect(headings.map((heading) => heading.properties.level)).toEqual([2]);
    expect(element.shadowRoot!.querySelector('h1')).toBeNull();
    for (const bad of ['eins', '0', '7']) {
      element.setAttribute('heading-level', bad);
      await element.updateComplete;
      headings = nodesWithRole(await accessibilityTreeOf(element), 'heading');
      expect(headings.map((heading) => heading.properties.level), bad).toEqual([1]);
    }
    expect(warningsAbout(warn, 'heading-level="eins"')).toHaveLength(1);
    // A removed attribute restores the default: one h1 again.
    element.removeAttribute('heading-level');
    await element.updateComplete;
    expect(element.headingLevel).toBe(1);
    expect(element.shadowRoot!.querySelectorAll('h1')).toHaveLength(1);
  });

  it.each(['3.6.2025', '2025-06-31', 'Juni 2025', '2025-6-3', '<b>2025</b>'])(
    'shows the malformed date %j as written, never throws, warns once',
    async (date) => {
      const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
      const element = await talkHero({ date });
      expect(element.shadowRoot!.querySelector('time')).toBeNull();
      expect(element.shadowRoot!.querySelector('[part=date]')!.textContent).toBe(date);
      element.parentElement!.lang = 'en';
      await settle(element.parentElement!);
      expect(warningsAbout(warn, `date="${date}"`)).toHaveLength(1);
    },
  );

  it('hides a decorative image from assistive technology', async () => {
    const element = await fixture<MdkHero>(
      html`<mdk-hero heading=${hero.title}>
        <img slot="image" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="" width="200" height="120" />
      </mdk-hero>`,
    );
    const tree = await accessibilityTreeOf(element);
    expect(nodesWithRole(tree, 'image')).toEqual([]);
    expect(element.querySelector('img')!.getAttribute('alt')).toBe('');
    expect(element.shadowRoot!.querySelector('[part=image]')!.checkVisibility()).toBe(true);
  });

  it('never makes the decoration a tab stop: Tab passes over an image slotted inside a link', async () => {
    const container = await fixture<HTMLElement>(
      html`<div>
        <button>vorher</button>
        <mdk-hero heading=${hero.title}>
          <a slot="image" href="/bild"><img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="" width="200" height="120" /></a>
        </mdk-hero>
        <button>nachher</button>
      </div>`,
    );
    const [before, after] = container.querySelectorAll('button');
    before!.focus();
    await userEvent.tab();
    expect(deepActiveElement()).toBe(after);
    expect(nodesWithRole(await accessibilityTreeOf(container.querySelector('mdk-hero')!), 'link')).toEqual([]);
  });

  it('warns when a hero image has alt text: it is decoration', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    await fixture<MdkHero>(
      html`<mdk-hero heading=${hero.title}><img slot="image" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="Rathaus" /></mdk-hero>`,
    );
    expect(warningsAbout(warn, 'alt=""')).toHaveLength(1);
  });

  it('moves nothing by itself: no animation, no transition', async () => {
    const element = await talkHero();
    expect(element.shadowRoot!.getAnimations()).toEqual([]);
    for (const part of element.shadowRoot!.querySelectorAll('*')) {
      const style = getComputedStyle(part);
      expect(style.animationName, part.localName).toBe('none');
      expect(style.transitionDuration, part.localName).toBe('0s');
    }
  });

  it('renders only what is given, nothing at all when empty; removed attributes never throw', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const element = await fixture<MdkHero>(html`<mdk-hero heading=${hero.title}></mdk-hero>`);
    expect([...element.shadowRoot!.querySelectorAll('[part]:not([hidden])')].map((part) => part.getAttribute('part'))).toEqual([
      'base',
      'content',
      'heading',
    ]);
    element.removeAttribute('heading');
    await expect(element.updateComplete).resolves.toBe(true);
    expect(element.shadowRoot!.querySelector('[part=base]')).toBeNull();
    expect(warningsAbout(warn, 'no heading')).toHaveLength(1);
  });

  it('renders its content as text, never as HTML', async () => {
    const element = await fixture<MdkHero>(
      html`<mdk-hero heading=${'<img src=x onerror="window.__pwned=1">'} speaker=${'<b>x</b>'} speaker-role=${'<i>y</i>'}></mdk-hero>`,
    );
    expect(element.shadowRoot!.querySelector('img, b, i')).toBeNull();
    expect(element.shadowRoot!.querySelector('h1')!.textContent).toBe('<img src=x onerror="window.__pwned=1">');
    expect((window as { __pwned?: number }).__pwned).toBeUndefined();
  });

  it('under forced colours, the band keeps an edge on every side in the system text colour', async () => {
    const element = await talkHero();
    await withEmulatedMedia({ forcedColors: 'active' }, () => {
      // The brand fill is gone in forced colours: without an edge the band would dissolve into the page.
      expect(drawnBorders(element.shadowRoot!.querySelector('[part=base]')!)).toEqual(systemTextEdgeOnEverySide());
    });
  });

  it('reflows at 320 px: nothing clipped, nothing scrolls sideways', async () => {
    await page.viewport(320, 800);
    try {
      const element = await fixture<MdkHero>(
        html`<mdk-hero
          heading="Verwaltungsdigitalisierungsbeschleunigungsprogramm"
          subheading=${hero.subtitle}
          speaker=${hero.speaker}
          speaker-role=${hero.role}
          date=${hero.date}
        ></mdk-hero>`,
      );
      const base = element.shadowRoot!.querySelector<HTMLElement>('[part=base]')!;
      for (const part of [base, ...base.querySelectorAll<HTMLElement>('[part]:not([hidden])')]) {
        expect(part.scrollWidth, part.getAttribute('part')!).toBeLessThanOrEqual(part.clientWidth);
      }
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
    } finally {
      await page.viewport(1280, 800);
    }
  });

  it('passes axe (WCAG 2.2 A/AA), with an image', async () => {
    const container = await fixture<HTMLElement>(
      html`<main>
        <mdk-hero heading=${hero.title} subheading=${hero.subtitle} speaker=${hero.speaker} speaker-role=${hero.role} date=${hero.date}>
          <img slot="image" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" alt="" width="200" height="120" />
        </mdk-hero>
      </main>`,
    );
    const violations = await axeViolations(container);
    expect(violations, describeViolations(violations)).toEqual([]);
  });
});
