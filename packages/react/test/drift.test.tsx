/**
 * The wrappers are written by hand, and checked here against the kit's custom-elements.json: every
 * element the kit defines has a wrapper, named after its class, in the entry point of the same name,
 * and every custom event it declares is an `on…` prop that React calls. A new element or event in
 * the kit without a wrapper or prop fails this file.
 */
import rawManifest from '@muenchen-digital/components/custom-elements.json';
import componentsPackage from '@muenchen-digital/components/package.json';
import type { ComponentType } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import reactPackage from '../package.json';
import * as everything from '../src/index.js';
import { render, unmountAll } from './render.js';

interface Reference {
  name: string;
  module?: string;
}
interface Manifest {
  modules: Array<{
    path: string;
    declarations?: Array<{ name: string; tagName?: string; customElement?: boolean; events?: Array<{ name: string }> }>;
    exports?: Array<{ kind: string; name: string; declaration: Reference }>;
  }>;
}
const manifest = rawManifest as unknown as Manifest;

/** The React prop of a kit event: `mdk-slide-change` → `onSlideChange`. */
const eventProp = (eventName: string) =>
  'on' + eventName.replace(/^mdk-/, '').replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase());

/** This package's entry modules, by file name: `kpi-tile.js` → the module of src/kpi-tile.ts. */
const entryModules = Object.fromEntries(
  Object.entries(import.meta.glob<Record<string, unknown>>('../src/*.ts', { eager: true })).map(([path, module]) => [
    path.replace('../src/', '').replace(/\.ts$/, '.js'),
    module,
  ]),
);

/** The kit's entry points (`kpi-tile.js`, …) with the elements each defines and their declared events. */
const kitEntries = manifest.modules
  .filter((module) => !module.path.startsWith('dist/'))
  .map((module) => ({
    entry: module.path,
    elements: (module.exports ?? [])
      .filter((exported) => exported.kind === 'custom-element-definition')
      .map((exported) => {
        const declaration = manifest.modules
          .find((candidate) => candidate.path === exported.declaration.module)
          ?.declarations?.find((candidate) => candidate.name === exported.declaration.name);
        return {
          tagName: exported.name,
          className: exported.declaration.name,
          events: (declaration?.events ?? []).map((event) => event.name),
        };
      }),
  }))
  .filter((entry) => entry.elements.length > 0);

const allElements = manifest.modules.flatMap((module) =>
  (module.declarations ?? []).filter((declaration) => declaration.customElement && declaration.tagName),
);

afterEach(async () => {
  await unmountAll();
  vi.restoreAllMocks();
});

describe('wrappers follow custom-elements.json', () => {
  it('the manifest lists the 22 elements of the kit in its entry points', () => {
    expect(allElements.length).toBeGreaterThanOrEqual(22);
    expect(kitEntries.flatMap((entry) => entry.elements.map((element) => element.tagName)).sort()).toEqual(
      allElements.map((element) => element.tagName).sort(),
    );
  });

  it('names events as on + PascalCase without the mdk- prefix', () => {
    expect(eventProp('mdk-slide-change')).toBe('onSlideChange');
    expect(eventProp('mdk-mode-change')).toBe('onModeChange');
  });

  for (const { entry, elements } of kitEntries) {
    for (const { tagName, className, events } of elements) {
      it(`${entry} exports ${className}, which renders <${tagName}>${events.length ? ` and calls ${events.map(eventProp).join(', ')}` : ''}`, async () => {
        const module = entryModules[entry];
        expect(module, `src/${entry.replace(/\.js$/, '.ts')} is missing`).toBeDefined();
        const Wrapper = module![className] as ComponentType<Record<string, unknown>> | undefined;
        expect(Wrapper, `${entry} exports no ${className}`).toBeDefined();
        expect((everything as Record<string, unknown>)[className], `src/index.ts does not export ${className}`).toBe(Wrapper);

        // Rendered without content, most elements warn in the development build: expected here.
        vi.spyOn(console, 'warn').mockImplementation(() => {});
        const handlers = Object.fromEntries(events.map((event) => [eventProp(event), vi.fn()]));
        const Component = Wrapper!;
        const { container } = await render(<Component {...handlers} />);
        const element = container.firstElementChild!;
        expect(element.localName).toBe(tagName);
        expect(element).toBeInstanceOf(customElements.get(tagName)!);
        for (const event of events) {
          element.dispatchEvent(new Event(event, { bubbles: true, composed: true }));
          expect(handlers[eventProp(event)], `${className} has no ${eventProp(event)} prop for ${event}`).toHaveBeenCalledTimes(1);
        }
      });
    }
  }

  it('exports exactly one wrapper per element of the kit, and no other', () => {
    const wrappers = Object.keys(everything).filter((name) => /^Mdk[A-Z]/.test(name) && typeof (everything as Record<string, unknown>)[name] === 'object');
    expect(wrappers.sort()).toEqual(allElements.map((element) => element.name).sort());
  });

  it('has an entry point, with types, for each of the kit\'s', () => {
    const entryPoints = (exports: Record<string, unknown>) => Object.keys(exports).filter((key) => key.endsWith('.js'));
    expect(entryPoints(reactPackage.exports).sort()).toEqual(entryPoints(componentsPackage.exports).sort());
    for (const key of entryPoints(reactPackage.exports)) {
      const name = key.replace(/^\.\//, '');
      expect((reactPackage.exports as Record<string, unknown>)[key]).toEqual({ types: `./dist/${name.replace(/\.js$/, '.d.ts')}`, default: `./dist/${name}` });
      expect(entryModules[name], `src/${name.replace(/\.js$/, '.ts')} is missing`).toBeDefined();
    }
  });
});
