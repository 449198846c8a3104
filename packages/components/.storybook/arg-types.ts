// The docs pages' API tables and controls, read from custom-elements.json.
//
// Storybook's own extraction (@storybook/web-components) keys every entry by its bare name, so a
// CSS part, slot or CSS property called like an attribute (the hero's part `heading` and attribute
// `heading`) replaces the attribute: the attribute then shows under "css shadow parts" with an object
// control, and the Attributes section loses it. Here each attribute is keyed by its name — the name the
// stories' args use — and appears once, under "attributes", with a control that fits its type; parts,
// slots, CSS properties, events and methods are keyed in a namespace of their own ("part:heading") and
// are documented without a control (a story cannot set them through args).

/** The parts of a custom-elements.json (schema 2.x) that the tables read. */
interface ManifestType {
  text?: string;
}
interface ManifestItem {
  name: string;
  description?: string;
  summary?: string;
  type?: ManifestType | string;
  default?: string;
  deprecated?: boolean | string;
}
interface ManifestAttribute extends ManifestItem {
  fieldName?: string;
}
interface ManifestMember extends ManifestItem {
  kind: 'field' | 'method';
  attribute?: string;
  privacy?: 'public' | 'private' | 'protected';
  static?: boolean;
  readonly?: boolean;
  parameters?: { name: string; type?: ManifestType }[];
  return?: { type?: ManifestType };
}
interface ManifestDeclaration {
  tagName?: string;
  attributes?: ManifestAttribute[];
  members?: ManifestMember[];
  events?: ManifestItem[];
  slots?: ManifestItem[];
  cssParts?: ManifestItem[];
  cssProperties?: ManifestItem[];
}
export interface CustomElementsManifest {
  modules?: { declarations?: ManifestDeclaration[] }[];
}

/** Storybook's SBType, as far as the controls need it. */
type ArgType =
  | { name: 'string' | 'number' | 'boolean' | 'array' | 'object' | 'other'; value?: string }
  | { name: 'enum'; value: string[] };

/** One row of the API table: Storybook's InputType. */
export interface ArgTypeEntry {
  name: string;
  description?: string;
  type?: ArgType;
  control?: false;
  options?: string[];
  table: {
    category: string;
    type?: { summary: string };
    defaultValue?: { summary: string };
    disable?: boolean;
  };
}

export type ArgTypeTable = Record<string, ArgTypeEntry>;

/** The category names Storybook's own extraction uses, so the tables read as designers know them. */
export const categories = {
  attributes: 'attributes',
  properties: 'properties',
  methods: 'methods',
  events: 'events',
  slots: 'slots',
  cssProperties: 'css custom properties',
  cssParts: 'css shadow parts',
} as const;

const typeText = (item: { type?: ManifestType | string }) => (typeof item.type === 'string' ? item.type : item.type?.text)?.trim() ?? '';

/** The members of a union type, outside any brackets: "'a' | 'b' | undefined" → ["'a'", "'b'", 'undefined']. */
function unionMembers(text: string): string[] {
  const members: string[] = [];
  let depth = 0;
  let current = '';
  for (const character of text) {
    if ('([{<'.includes(character)) depth += 1;
    if (')]}>'.includes(character)) depth -= 1;
    if (character === '|' && depth === 0) {
      members.push(current.trim());
      current = '';
    } else {
      current += character;
    }
  }
  members.push(current.trim());
  return members.filter((member) => member !== '');
}

/**
 * The control type for an attribute's type. An attribute's value is always a string, so literal
 * unions — "'overview' | 'present'", and numbers such as the heading level "1 | 2 | … | 6" — become a
 * select of strings; arrays (JSON attributes, or a property in the story) get an object control.
 */
export function controlTypeOf(text: string): ArgType {
  const members = unionMembers(text).filter((member) => member !== 'undefined' && member !== 'null');
  if (members.length === 0) return { name: 'string' };
  if (members.every((member) => member.endsWith('[]') || /^(readonly\s+)?(Readonly)?Array</.test(member) || /^readonly\s/.test(member))) {
    return { name: 'array' };
  }
  const literals = members.map((member) => /^'([^']*)'$|^"([^"]*)"$|^(-?\d+(?:\.\d+)?)$/.exec(member));
  if (literals.every((literal) => literal !== null)) {
    return { name: 'enum', value: literals.map((literal) => literal![1] ?? literal![2] ?? literal![3]!) };
  }
  if (members.length === 1 && ['string', 'number', 'boolean'].includes(members[0]!)) {
    return { name: members[0] as 'string' | 'number' | 'boolean' };
  }
  // Any other type: the attribute is written as text.
  return { name: 'string' };
}

const isPublic = (member: ManifestMember) =>
  !member.static && (member.privacy === undefined || member.privacy === 'public') && !member.name.startsWith('#') && !member.name.startsWith('_');

/** The API table of one element: attributes under their own names, everything else namespaced. */
export function argTypesOf(declaration: ManifestDeclaration): ArgTypeTable {
  const table: ArgTypeTable = {};
  const add = (key: string, entry: ArgTypeEntry) => {
    // Two entries under one key would hide one of them: namespace the later one (never an attribute).
    let free = key;
    for (let n = 2; free in table; n += 1) free = `${key}~${n}`;
    table[free] = entry;
  };
  const defaultValue = (value: string | undefined) => (value === undefined ? undefined : { summary: value });

  const members = (declaration.members ?? []).filter(isPublic);
  for (const attribute of declaration.attributes ?? []) {
    const member = members.find((candidate) => candidate.name === attribute.fieldName);
    const text = typeText(attribute) || (member ? typeText(member) : '') || 'string';
    const description = [attribute.description ?? member?.description, attribute.fieldName && attribute.fieldName !== attribute.name ? `Property: \`${attribute.fieldName}\`.` : '']
      .filter(Boolean)
      .join('\n\n');
    const type = controlTypeOf(text);
    add(attribute.name, {
      name: attribute.name,
      description,
      type,
      ...(type.name === 'enum' ? { options: type.value } : {}),
      table: { category: categories.attributes, type: { summary: text }, defaultValue: defaultValue(attribute.default ?? member?.default) },
    });
  }
  for (const member of members) {
    if (member.kind === 'field' && member.attribute === undefined) {
      const text = typeText(member);
      add(`property:${member.name}`, {
        name: member.name,
        description: [member.description, member.readonly ? 'Read-only.' : ''].filter(Boolean).join(' '),
        control: false,
        table: { category: categories.properties, type: text ? { summary: text } : undefined, defaultValue: defaultValue(member.default) },
      });
    }
    if (member.kind === 'method') {
      const parameters = (member.parameters ?? []).map((parameter) => `${parameter.name}${parameter.type?.text ? `: ${parameter.type.text}` : ''}`);
      add(`method:${member.name}`, {
        name: `${member.name}()`,
        description: member.description,
        control: false,
        table: { category: categories.methods, type: { summary: `(${parameters.join(', ')}) => ${member.return?.type?.text ?? 'void'}` } },
      });
    }
  }
  const documented = (items: ManifestItem[] | undefined, category: string, prefix: string, emptyName = '') => {
    for (const item of items ?? []) {
      const name = item.name || emptyName;
      if (!name) continue;
      const text = typeText(item);
      add(`${prefix}${name}`, {
        name,
        description: item.description ?? item.summary,
        control: false,
        table: { category, type: text ? { summary: text } : undefined, defaultValue: defaultValue(item.default) },
      });
    }
  };
  documented(declaration.events, categories.events, 'event:');
  documented(declaration.slots, categories.slots, 'slot:', '(default)');
  // CSS custom properties start with "--": no attribute can be called like one, but keep them apart all the same.
  documented(declaration.cssProperties, categories.cssProperties, 'css:');
  documented(declaration.cssParts, categories.cssParts, 'part:');
  return table;
}

/** Storybook's `parameters.docs.extractArgTypes` for the kit's elements. */
export function argTypesExtractor(manifest: CustomElementsManifest): (tagName: unknown) => ArgTypeTable | null {
  return (tagName) => {
    if (typeof tagName !== 'string') return null;
    const declaration = manifest.modules?.flatMap((module) => module.declarations ?? []).find((candidate) => candidate.tagName === tagName);
    return declaration ? argTypesOf(declaration) : null;
  };
}
