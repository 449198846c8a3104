// Prerendering a page (declarative shadow DOM) needs every kit element's shadow root in the output of
// `getHTML({ serializableShadowRoots: true })`. The tags come from the sources, so a new element is
// covered without touching this test.
import { html, render } from 'lit';
import { describe, expect, it } from 'vitest';
import { elementSamples } from './element-samples.js';
import { settle } from './fixtures.js';

const sources = import.meta.glob<string>(['../src/**/*.ts', '!../src/**/*.test.ts', '!../src/**/*.stories.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});
// Every entry point (one per element family, and the whole kit): importing them registers every element.
const entryPoints = import.meta.glob('../src/*.ts');
await Promise.all(Object.values(entryPoints).map((load) => load()));

const tags = [...new Set(Object.values(sources).flatMap((text) => [...text.matchAll(/defineElement\(\s*'(mdk-[a-z-]+)'/g)].map((match) => match[1]!)))].sort();

describe('serializable shadow roots', () => {
  it('finds every element of the kit', () => {
    expect(tags.length, tags.join(', ')).toBeGreaterThanOrEqual(20);
  });

  it.each(tags)('<%s> serialises its shadow root with getHTML', async (tag) => {
    expect(customElements.get(tag), `${tag} is registered`).toBeDefined();
    const container = document.createElement('div');
    document.body.append(container);
    try {
      container.append(document.createElement(tag));
      await settle(container);
      const element = container.firstElementChild!;
      expect(element.shadowRoot?.serializable).toBe(true);
      const serialised = container.getHTML({ serializableShadowRoots: true });
      // Its first child is the declarative shadow root (attributes the element reflects come before it).
      expect(serialised).toMatch(new RegExp(`^<${tag}(\\s[^>]*)?><template shadowrootmode="open" shadowrootserializable="">`));
      // Without the option the shadow root stays out, as before.
      expect(container.getHTML()).not.toContain('<template');
    } finally {
      container.remove();
    }
  });

  // A prerendered page that loads the kit afterwards: the element finds its declarative shadow root
  // already there. Lit would render beside the prerendered copy, and every text would show twice.
  it.each(tags)('<%s> replaces its prerendered shadow root when the script comes after it', async (tag) => {
    const container = document.createElement('div');
    container.lang = 'de';
    document.body.append(container);
    try {
      // Filled in, as a page would have it: an empty element renders nothing, and nothing twice is nothing.
      container.innerHTML = elementSamples[tag]!;
      await settle(container);
      const rendered = container.firstElementChild!.shadowRoot!.textContent;
      expect(rendered.trim(), 'the sample shows something').not.toBe('');
      const prerendered = container.getHTML({ serializableShadowRoots: true });
      // Parsing the prerendered markup attaches the declarative shadow root before the element upgrades.
      container.setHTMLUnsafe(prerendered);
      await settle(container);
      const upgraded = container.firstElementChild!;
      expect(upgraded.matches(':defined')).toBe(true);
      expect(upgraded.shadowRoot!.textContent).toBe(rendered);
    } finally {
      container.remove();
    }
  });

  it("leaves a prerendered shadow root to Lit's own hydration where that is loaded (a page from Lit SSR)", async () => {
    const container = document.createElement('div');
    container.lang = 'de';
    document.body.append(container);
    const upgradeWith = async (hydration: boolean) => {
      container.innerHTML = elementSamples['mdk-kpi-tile']!;
      await settle(container);
      const prerendered = container.getHTML({ serializableShadowRoots: true });
      container.replaceChildren();
      // Parsed into a document of its own, the element is not upgraded yet: its prerendered content can be marked.
      const tile = Document.parseHTMLUnsafe(prerendered).body.firstElementChild!;
      const prerenderedNode = tile.shadowRoot!.firstElementChild!;
      if (hydration) (globalThis as Record<string, unknown>).litElementHydrateSupport = () => {};
      try {
        container.append(document.adoptNode(tile));
        await settle(container);
      } finally {
        delete (globalThis as Record<string, unknown>).litElementHydrateSupport;
      }
      return tile.shadowRoot!.contains(prerenderedNode);
    };
    try {
      expect(await upgradeWith(false), 'without hydration, the prerendered copy goes').toBe(false);
      expect(await upgradeWith(true), "with Lit's hydration loaded, it stays for hydration to take over").toBe(true);
    } finally {
      container.remove();
    }
  });

  it('a key figure prerenders its visible text', async () => {
    const container = document.createElement('div');
    container.lang = 'de';
    document.body.append(container);
    try {
      render(html`<mdk-kpi-tile value="1600000" qualifier="approx" notation="compact" label="Bürger*innen"></mdk-kpi-tile>`, container);
      await settle(container);
      const serialised = container.getHTML({ serializableShadowRoots: true });
      expect(serialised).toContain('Mio.');
      expect(serialised).toContain('Bürger*innen');
    } finally {
      container.remove();
    }
  });
});
