// The kit in a Vue 3 app, set up as the README says: Vue's template compiler told that `mdk-` tags are
// custom elements. Vue sets a property whenever the element has one, so the attributes of the kit's
// HTML reach the elements as texts in properties; these tests hold a Vue template to what the same
// markup does in plain HTML. (`vue` resolves to Vue's browser build, which has the template compiler: vitest.config.ts.)
import { createApp, nextTick, type App, type ComponentPublicInstance } from 'vue';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../src/index.js';
import { settle } from './fixtures.js';
import { keyFiguresMarkup, mountHtml, readAloud, readOut } from './framework-pages.js';

const mounted: Array<{ app: App; container: HTMLElement }> = [];

afterEach(() => {
  for (const { app, container } of mounted.splice(0)) {
    app.unmount();
    container.remove();
  }
});

/** Mounts a Vue app with `template` and `data`, configured for the kit as the README says. */
async function mountVue<Data extends Record<string, unknown>>(
  template: string,
  data = {} as Data,
): Promise<{ container: HTMLElement; state: ComponentPublicInstance & Data }> {
  const container = document.createElement('div');
  container.lang = 'de';
  document.body.append(container);
  const app = createApp({ template, data: () => data });
  app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('mdk-');
  const state = app.mount(container) as ComponentPublicInstance & Data;
  mounted.push({ app, container });
  await settle(container);
  return { container, state };
}

/** Waits for Vue to apply a change of state, then for the kit's elements to render it. */
async function afterVueUpdates(container: HTMLElement): Promise<void> {
  await nextTick();
  await settle(container);
}

describe('the kit in a Vue 3 app', () => {
  it('reads a template written like the HTML exactly as the HTML', async () => {
    const html = await mountHtml(keyFiguresMarkup);
    const reference = await readAloud(html);
    // One page at a time: in one document, the source entry would count both pages' markers.
    html.remove();
    const warn = vi.spyOn(console, 'warn');

    const { container: vue } = await mountVue(keyFiguresMarkup);

    expect(await readAloud(vue)).toEqual(reference);
    expect(reference[0]).toContain('rund 1,6 Millionen Bürger*innen (Stand 2025), Quelle 2');
    expect(reference[2]).toBe('Klimakrise Mobilität');
    const headings = [...vue.querySelectorAll('mdk-kpi-group, mdk-source-list')].map((element) => element.shadowRoot!.querySelector('h3')?.textContent);
    expect(headings, 'heading-level="3" holds in Vue too').toEqual(['Musterstadt in Zahlen', 'Quellen']);
    expect(warn, 'Vue resolves no mdk- tag as a component, and no element reports a bad attribute').not.toHaveBeenCalled();
  });

  it('shows "–" for a figure that goes missing, bound as the README says (:value="value ?? NaN")', async () => {
    const { container: vue, state } = await mountVue(
      `<div><mdk-kpi-tile :value="value ?? NaN" unit="percent" label="online"></mdk-kpi-tile></div>`,
      { value: 70 as number | undefined },
    );
    const tile = vue.querySelector('mdk-kpi-tile')!;
    expect(await readOut(tile)).toBe('70 Prozent online');
    state.value = undefined;
    await afterVueUpdates(vue);
    expect(await readOut(tile)).toBe('keine Angabe online');
  });

  it('binds a boolean attribute both ways: :no-heading="false" keeps the heading, true leaves it out', async () => {
    const { container: vue, state } = await mountVue(
      `<div><mdk-tag-list heading="Themen" :no-heading="hidden" :tags="['Klimakrise']"></mdk-tag-list></div>`,
      { hidden: false },
    );
    const list = vue.querySelector('mdk-tag-list')!;
    expect(await readOut(list)).toBe('Themen Klimakrise');
    state.hidden = true;
    await afterVueUpdates(vue);
    expect(await readOut(list)).toBe('Klimakrise');
  });

  it('takes bound values — numbers, arrays — and follows their changes', async () => {
    const { container: vue, state } = await mountVue(
      `<div><mdk-kpi-tile :value="value ?? NaN" unit="percent" label="online" :source="source"></mdk-kpi-tile>
        <mdk-source-list><mdk-source :number="source">Amt</mdk-source></mdk-source-list>
        <mdk-tag-list heading="Themen" :tags="tags"></mdk-tag-list></div>`,
      { value: 70, source: 2, tags: ['Klimakrise'] },
    );
    const tile = vue.querySelector('mdk-kpi-tile')!;
    expect(await readOut(tile)).toBe('70 Prozent online, Quelle 2');
    const marker = tile.shadowRoot!.querySelector('[part~="marker"]')!;
    expect(marker.getAttribute('href')).toBe(`#${vue.querySelector('mdk-source')!.id}`);
    expect(await readOut(vue.querySelector('mdk-tag-list')!)).toBe('Themen Klimakrise');

    state.value = 80;
    state.tags = ['Klimakrise', 'Mobilität'];
    await afterVueUpdates(vue);
    expect(await readOut(tile)).toBe('80 Prozent online, Quelle 2');
    expect(await readOut(vue.querySelector('mdk-tag-list')!)).toBe('Themen Klimakrise Mobilität');
  });
});
