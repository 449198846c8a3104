// On paper a link cannot be followed: the kit's links to other sites print their address after their
// text. Asserted from what Chromium computes under print media, for each element that links outward.
import { html } from 'lit';
import { unsafeHTML } from 'lit/directives/unsafe-html.js';
import { afterEach, describe, expect, it } from 'vitest';
import { commands } from 'vitest/browser';
import '../src/index.js';
import { elementSamples } from './element-samples.js';
import { cleanupFixtures, fixture } from './fixtures.js';

/** The elements whose samples link to another site, and the link's address there. */
const outwardLinks = [
  { tag: 'mdk-source', href: 'https://example.org/zahlen' },
  { tag: 'mdk-publication', href: 'https://example.org/strategie.pdf' },
  { tag: 'mdk-channel-links', href: 'https://musterstadt.example/' },
  { tag: 'mdk-brand-footer', href: 'https://example.org/kontakt', sample: elementSamples['mdk-brand-footer']!.replace('/kontakt', 'https://example.org/kontakt') },
];

/** What follows each outward link of the element, as Chromium computes it. */
async function afterOutwardLinks(tag: string, sample: string): Promise<string[]> {
  const container = await fixture<HTMLElement>(html`<div>${unsafeHTML(sample)}</div>`);
  const element = container.querySelector(tag)!;
  const links = [...element.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href^="http"]')];
  expect(links.length, `<${tag}> has a link to another site`).toBeGreaterThan(0);
  return links.map((link) => getComputedStyle(link, '::after').content);
}

afterEach(async () => {
  await commands.emulateMedia({ media: null });
  cleanupFixtures();
});

describe('links to other sites on paper', () => {
  it.each(outwardLinks)('<$tag> prints the address after the link', async ({ tag, href, sample }) => {
    await commands.emulateMedia({ media: 'print' });
    expect(await afterOutwardLinks(tag, sample ?? elementSamples[tag]!)).toContain(`" (${href})"`);
  });

  it.each(outwardLinks)('<$tag> shows no address on screen', async ({ tag, sample }) => {
    await commands.emulateMedia({ media: 'screen' });
    for (const content of await afterOutwardLinks(tag, sample ?? elementSamples[tag]!)) expect(content).not.toContain('http');
  });

  it('prints a link within the site or the page as it is', async () => {
    await commands.emulateMedia({ media: 'print' });
    const container = await fixture<HTMLElement>(html`<div>${unsafeHTML(elementSamples['mdk-brand-footer']!)}</div>`);
    const footer = container.querySelector('mdk-brand-footer')!;
    const internal = [...footer.shadowRoot!.querySelectorAll<HTMLAnchorElement>('a[href^="/"]')];
    expect(internal.length).toBeGreaterThan(0);
    for (const link of internal) expect(getComputedStyle(link, '::after').content).not.toContain('/');
  });
});
