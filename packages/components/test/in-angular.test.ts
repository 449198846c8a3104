// The kit in an Angular app, set up as the README says: the component that uses `mdk-` tags declares
// CUSTOM_ELEMENTS_SCHEMA (Angular's build-time compiler rejects unknown tags without it; the in-browser
// compiler used here accepts registered custom elements either way). Angular sets static attributes
// as attributes, `[property]` bindings as properties and `[attr.name]` bindings as attributes; these
// tests hold each to what the same markup does in plain HTML. Templates are compiled in the browser (JIT, `@angular/compiler`), and the
// decorator is called as a function, so the test needs no decorator build step.
import '@angular/compiler';
import { Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, signal, type ApplicationRef, type Type } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { afterEach, describe, expect, it, vi } from 'vitest';
import '../src/index.js';
import type { MdkSlideChangeEvent } from '../src/deck.js';
import { settle } from './fixtures.js';
import { keyFiguresMarkup, mountHtml, readAloud, readOut } from './framework-pages.js';

const mounted: Array<{ application: ApplicationRef; container: HTMLElement }> = [];

afterEach(() => {
  for (const { application, container } of mounted.splice(0)) {
    application.destroy();
    container.remove();
  }
});

let hostCount = 0;

/**
 * Bootstraps a standalone Angular component of class `State` with `template`, declaring the kit's
 * schema as the README says. Returns the container, the component and the application.
 */
async function mountAngular<State extends object>(
  template: string,
  State: new () => State,
): Promise<{ container: HTMLElement; state: State; application: ApplicationRef }> {
  const selector = `angular-host-${++hostCount}`;
  const container = document.createElement('div');
  container.lang = 'de';
  container.append(document.createElement(selector));
  document.body.append(container);
  const HostComponent = Component({ selector, template, schemas: [CUSTOM_ELEMENTS_SCHEMA] })(State as Type<State>);
  const application = await bootstrapApplication(HostComponent, { providers: [provideZonelessChangeDetection()] });
  mounted.push({ application, container });
  await afterAngularUpdates(application, container);
  return { container, state: application.components[0]!.instance as State, application };
}

/** Waits for Angular to apply a change of state, then for the kit's elements to render it. */
async function afterAngularUpdates(application: ApplicationRef, container: HTMLElement): Promise<void> {
  await application.whenStable();
  await settle(container);
}

describe('the kit in an Angular app', () => {
  it('reads a template written like the HTML exactly as the HTML', async () => {
    const html = await mountHtml(keyFiguresMarkup);
    const reference = await readAloud(html);
    // One page at a time: in one document, the source entry would count both pages' markers.
    html.remove();
    const complaints = vi.spyOn(console, 'error');
    const warnings = vi.spyOn(console, 'warn');

    const { container: angular } = await mountAngular(keyFiguresMarkup, class {});

    expect(await readAloud(angular)).toEqual(reference);
    expect(reference[0]).toContain('rund 1,6 Millionen Bürger*innen (Stand 2025), Quelle 2');
    expect(reference[2]).toBe('Klimakrise Mobilität');
    const headings = [...angular.querySelectorAll('mdk-kpi-group, mdk-source-list')].map((element) => element.shadowRoot!.querySelector('h3')?.textContent);
    expect(headings, 'heading-level="3" holds in Angular too').toEqual(['Musterstadt in Zahlen', 'Quellen']);
    expect(complaints, 'Angular accepts every mdk- tag and attribute under CUSTOM_ELEMENTS_SCHEMA').not.toHaveBeenCalled();
    expect(warnings, 'no element reports a bad attribute').not.toHaveBeenCalled();
  });

  it('takes property bindings — numbers, lists, camelCase names — and follows signals', async () => {
    class Figures {
      readonly value = signal<number>(70);
      readonly source = signal(2);
      readonly tags = signal(['Klimakrise']);
      readonly year = signal('2024');
    }
    const { container, state, application } = await mountAngular(
      `<mdk-kpi-tile [value]="value()" unit="percent" label="online" [source]="source()" [asOf]="year()"></mdk-kpi-tile>
        <mdk-source-list [headingLevel]="3"><mdk-source [number]="source()">Amt</mdk-source></mdk-source-list>
        <mdk-tag-list heading="Themen" [tags]="tags()"></mdk-tag-list>`,
      Figures,
    );
    const tile = container.querySelector('mdk-kpi-tile')!;
    expect(await readOut(tile)).toBe('70 Prozent online (Stand 2024), Quelle 2');
    const marker = tile.shadowRoot!.querySelector('[part~="marker"]')!;
    expect(marker.getAttribute('href')).toBe(`#${container.querySelector('mdk-source')!.id}`);
    expect(container.querySelector('mdk-source-list')!.shadowRoot!.querySelector('h3')?.textContent).toBe('Quellen');
    expect(await readOut(container.querySelector('mdk-tag-list')!)).toBe('Themen Klimakrise');

    state.value.set(80);
    state.year.set('2025');
    state.tags.set(['Klimakrise', 'Mobilität']);
    await afterAngularUpdates(application, container);
    expect(await readOut(tile)).toBe('80 Prozent online (Stand 2025), Quelle 2');
    expect(await readOut(container.querySelector('mdk-tag-list')!)).toBe('Themen Klimakrise Mobilität');
  });

  it('sets dashed attributes with [attr.…] bindings, and a figure that goes missing shows "–"', async () => {
    class Figure {
      readonly value = signal<number | undefined>(70);
      readonly asOf = signal<string | null>('2025');
    }
    const { container, state, application } = await mountAngular(
      `<mdk-kpi-tile [attr.value]="value()" unit="percent" label="online" [attr.as-of]="asOf()"></mdk-kpi-tile>`,
      Figure,
    );
    const tile = container.querySelector('mdk-kpi-tile')!;
    expect(await readOut(tile)).toBe('70 Prozent online (Stand 2025)');
    // Angular removes an attribute bound to null or undefined.
    state.value.set(undefined);
    state.asOf.set(null);
    await afterAngularUpdates(application, container);
    expect(tile.hasAttribute('value')).toBe(false);
    expect(await readOut(tile)).toBe('keine Angabe online');
    expect(tile.shadowRoot!.querySelector('[part="value"]')!.textContent).toBe('–');
  });

  it("hears the kit's events with (event-name) bindings: the deck's mdk-slide-change", async () => {
    class Talk {
      readonly shown = signal<string[]>([]);
      onSlideChange(event: MdkSlideChangeEvent): void {
        this.shown.update((shown) => [...shown, `${event.index}: ${event.slide.heading}`]);
      }
    }
    const { container, state } = await mountAngular(
      `<mdk-deck mode="present" label="Vortrag" (mdk-slide-change)="onSlideChange($event)">
        <mdk-slide heading="Start"><p>Willkommen</p></mdk-slide>
        <mdk-slide heading="Kennzahlen"><p>1,6 Mio.</p></mdk-slide>
      </mdk-deck>`,
      Talk,
    );
    container.querySelector('mdk-deck')!.next();
    expect(state.shown()).toEqual(['1: Kennzahlen']);
  });
});
