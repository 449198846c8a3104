// Writes vue.d.ts: every kit element in Vue's GlobalComponents, so Vue's language tools (Volar,
// vue-tsc) complete and check the elements' attributes and events in templates.
//
// Written here rather than by custom-element-vuejs-integration, whose output vue-tsc rejects for this
// kit: it keys props by attribute name ("heading-level"), while Vue's tools look a template's
// `heading-level` up as `headingLevel`; it offers read-only getters (a deck's `slides`) as props; and
// it wraps the kit's own event classes in CustomEvent. test/vue-types/ holds templates that vue-tsc
// checks against this file in `pnpm lint`, expected errors included.
import { writeFileSync } from 'node:fs';

const identifier = /^[A-Za-z_$][\w$]*$/;

/** `mdk-slide-change` → `onMdkSlideChange`: the prop Vue's tools look up for `@mdk-slide-change`. */
function eventProp(eventName) {
  return `on${eventName.replace(/(^|-)([a-z])/g, (_, __, letter) => letter.toUpperCase())}`;
}

/** A JSDoc comment, indented, or nothing; a comment's end marker inside the text is escaped, so it cannot end the comment early. */
function docComment(text, indent) {
  if (!text) return '';
  const lines = text.replaceAll('*/', '*\\/').split('\n');
  return `${indent}/**\n${lines.map((line) => `${indent} * ${line}`.trimEnd()).join('\n')}\n${indent} */\n`;
}

/**
 * The file's text for the manifest's elements. Props are the properties behind the elements'
 * attributes, typed as the classes type them; events are the classes' declared events.
 */
export function vueTypes(manifest) {
  const elements = manifest.modules.flatMap((module) => module.declarations ?? []).filter((declaration) => declaration.tagName);
  const imported = new Set();
  const propTypes = [];
  const components = [];
  for (const element of elements) {
    imported.add(element.name);
    const props = (element.attributes ?? [])
      .filter((attribute) => attribute.fieldName && identifier.test(attribute.fieldName))
      .map((attribute) => `${docComment(attribute.description, '  ')}  ${attribute.fieldName}?: ${element.name}['${attribute.fieldName}'];`);
    for (const event of element.events ?? []) {
      const type = event.type?.text && identifier.test(event.type.text) ? event.type.text : 'Event';
      if (type !== 'Event') imported.add(type);
      props.push(`${docComment(event.description, '  ')}  ${eventProp(event.name)}?: (event: ${type}) => void;`);
    }
    propTypes.push(`type ${element.name}Props = {\n${props.join('\n')}\n};`);
    // With the global HTML attributes (id, lang, title, aria-…), which every element takes too.
    components.push(`${docComment(element.summary ?? element.description, '    ')}    '${element.tagName}': DefineComponent<${element.name}Props & HTMLAttributes>;`);
  }
  return `// Generated from custom-elements.json by vue-types.mjs; do not edit.
// Use: \`import type {} from '@muenchen-digital/components/vue';\` once, in a .d.ts of the Vue project.
import type { DefineComponent, HTMLAttributes } from 'vue';
import type { ${[...imported].sort().join(', ')} } from './dist/index.js';

${propTypes.join('\n\n')}

declare module 'vue' {
  interface GlobalComponents {
${components.join('\n')}
  }
}
`;
}

/** The analyzer plugin: writes `fileName` from the finished manifest. */
export function vueTypesPlugin({ fileName }) {
  return {
    name: 'vue-types',
    packageLinkPhase({ customElementsManifest }) {
      writeFileSync(fileName, vueTypes(customElementsManifest));
    },
  };
}
