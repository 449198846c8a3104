// vue.d.ts, the element types for Vue templates, against the manifest: every element, each of its
// attributes as a prop, each of its events — none lost to the generator's filters. vue-tsc checks real templates
// against the file in `pnpm lint` (test/vue-types/).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

interface Declaration {
  name: string;
  tagName?: string;
  attributes?: Array<{ name: string; fieldName?: string }>;
  events?: Array<{ name: string }>;
}

const manifest = JSON.parse(readFileSync(new URL('../custom-elements.json', import.meta.url), 'utf8')) as {
  modules: Array<{ declarations?: Declaration[] }>;
};
const shipped = readFileSync(new URL('../vue.d.ts', import.meta.url), 'utf8');
const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);

/** The props block of one element's type in the shipped file. */
function propsOf(className: string): string {
  const start = shipped.indexOf(`type ${className}Props = {`);
  return start === -1 ? '' : shipped.slice(start, shipped.indexOf('\n};', start));
}

describe('vue.d.ts', () => {
  it.each(elements.map((element) => [element.tagName, element] as const))('declares <%s> with every attribute and event', (tagName, element) => {
    expect(shipped).toContain(`'${tagName}': DefineComponent<${element.name}Props & HTMLAttributes>;`);
    const props = propsOf(element.name);
    for (const attribute of element.attributes ?? []) expect(props, attribute.name).toContain(`  ${attribute.fieldName}?: ${element.name}['${attribute.fieldName}'];`);
    for (const event of element.events ?? []) {
      const prop = `on${event.name.replace(/(^|-)([a-z])/g, (_, __, letter: string) => letter.toUpperCase())}`;
      expect(props, event.name).toContain(`  ${prop}?: (event: `);
    }
  });
});
