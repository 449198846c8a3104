// custom-elements.json as editors, Storybook and framework wrappers read it: every tag tied to a
// module a user can import, every attribute typed with the values it takes, no internal state.
// Each check is a function of the manifest, so the "bites" tests can hand it a broken copy.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const read = (path: string) => readFileSync(join(packageRoot, path), 'utf8');
const packageJson = JSON.parse(read('package.json')) as {
  name: string;
  exports: Record<string, string | Record<string, string>>;
  customElements: string;
};

interface Reference {
  name: string;
  module?: string;
  package?: string;
}
interface Typed {
  name: string;
  type?: { text: string };
  default?: string;
}
interface Attribute extends Typed {
  fieldName?: string;
}
interface Member extends Typed {
  kind: 'field' | 'method';
  privacy?: string;
}
interface Declaration {
  kind: string;
  name: string;
  tagName?: string;
  customElement?: boolean;
  attributes?: Attribute[];
  members?: Member[];
}
interface Module {
  path: string;
  declarations?: Declaration[];
  exports?: { kind: 'js' | 'custom-element-definition'; name: string; declaration: Reference }[];
}
interface Manifest {
  modules: Module[];
}

const manifest = JSON.parse(read(packageJson.customElements)) as Manifest;

const sourceFiles = readdirSync(join(packageRoot, 'src'), { recursive: true, withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && !/\.(test|stories)\.ts$/.test(entry.name))
  .map((entry) => relative(packageRoot, join(entry.parentPath, entry.name)))
  .filter((path) => !path.startsWith('src/examples/'));
const parsed = sourceFiles.map((path) => ts.createSourceFile(path, read(path), ts.ScriptTarget.Latest, true));

/** Every tag the sources register: `defineElement('mdk-x', MdkX)`. */
const registeredTags = parsed.flatMap((file) => [...file.text.matchAll(/^defineElement\('([\w-]+)', (\w+)\)/gm)].map((match) => match[1]!));

/** Every type alias the sources declare (`type KpiQualifier = …`): names an editor cannot offer values for. */
const typeAliases = new Set(parsed.flatMap((file) => file.statements.filter(ts.isTypeAliasDeclaration).map((alias) => alias.name.text)));

/** Internal reactive state per class, read from the sources: `@state()` fields and `{ state: true }` entries. */
const internalState = new Map<string, string[]>();
for (const file of parsed) {
  for (const statement of file.statements.filter(ts.isClassDeclaration)) {
    const names: string[] = [];
    for (const member of statement.members) {
      if (!member.name || !ts.isIdentifier(member.name)) continue;
      const decorators = ts.canHaveDecorators(member) ? (ts.getDecorators(member) ?? []) : [];
      if (decorators.some((decorator) => /^(state\(|property\(\{[^}]*\bstate: true)/.test(decorator.expression.getText()))) {
        names.push(member.name.text);
      }
      if (member.name.text === 'properties' && ts.isPropertyDeclaration(member) && member.initializer) {
        for (const match of member.initializer.getText().matchAll(/(\w+): \{[^}]*\bstate: true/g)) names.push(match[1]!);
      }
    }
    if (statement.name && names.length > 0) internalState.set(statement.name.text, names);
  }
}

/** The file a public subpath loads, when the module's path is one: `kpi-tile.js` → `dist/kpi-tile.js`. */
function publicTarget(path: string): string | undefined {
  const target = packageJson.exports[`./${path}`];
  return typeof target === 'string' ? target : target?.default;
}

function customElements(manifest: Manifest) {
  return manifest.modules.flatMap((module) =>
    (module.declarations ?? []).filter((declaration) => declaration.customElement).map((element) => ({ module, element })),
  );
}

/** The attributes and members of an element, named for a report. */
function typedItems(element: Declaration): { where: string; item: Attribute | Member }[] {
  return [
    ...(element.attributes ?? []).map((item) => ({ where: `attribute ${item.name}`, item })),
    ...(element.members ?? []).map((item) => ({ where: `${item.kind} ${item.name}`, item })),
  ];
}

/** Tags with no `custom-element-definition` on a module the package's `exports` opens. */
function tagsWithoutPublicDefinition(manifest: Manifest, tags: string[]): string[] {
  const problems: string[] = [];
  const declarations = manifest.modules.flatMap((module) => (module.declarations ?? []).map((declaration) => ({ module, declaration })));
  for (const tag of tags) {
    const definitions = manifest.modules.flatMap((module) =>
      (module.exports ?? [])
        .filter((entry) => entry.kind === 'custom-element-definition' && entry.name === tag)
        .map((entry) => ({ module, entry })),
    );
    const publicOnes = definitions.filter(({ module }) => publicTarget(module.path) !== undefined);
    if (publicOnes.length === 0) {
      const where = definitions.map(({ module }) => module.path).join(', ') || 'none';
      problems.push(`<${tag}>: no custom-element-definition on a module in package.json "exports" (found on: ${where})`);
    }
    for (const { module, entry } of publicOnes) {
      const declared = declarations.find(
        ({ module: home, declaration }) => home.path === entry.declaration.module && declaration.name === entry.declaration.name,
      );
      if (declared?.declaration.tagName !== tag) {
        const { name, module: home } = entry.declaration;
        problems.push(`<${tag}> in ${module.path}: its declaration ${name} in ${home} is not the element`);
      }
    }
  }
  return problems;
}

/** Attributes and fields of elements without a type. */
function untyped(manifest: Manifest): string[] {
  return customElements(manifest).flatMap(({ element }) =>
    typedItems(element)
      .filter(({ item, where }) => !where.startsWith('method') && !item.type?.text)
      .map(({ where }) => `<${element.tagName}> ${where} has no type`),
  );
}

/**
 * What a user can import: the declarations the entry points export (`export *` included), the
 * whole kit's too. Internal modules (styles, translations, helpers) are documented but not API.
 */
function publicDeclarations(manifest: Manifest): Declaration[] {
  const byPath = new Map(manifest.modules.map((module) => [module.path, module]));
  const root = packageJson.exports['.'];
  const rootFile = typeof root === 'string' ? root : root?.default;
  const found = new Set<Declaration>();
  const visited = new Set<Module>();
  const visit = (module: Module) => {
    if (visited.has(module)) return;
    visited.add(module);
    for (const entry of module.exports ?? []) {
      const target = entry.kind === 'js' && entry.declaration.module ? byPath.get(entry.declaration.module) : undefined;
      if (!target) continue;
      if (entry.declaration.name === '*') {
        for (const declaration of target.declarations ?? []) found.add(declaration);
        visit(target);
      } else {
        const declaration = target.declarations?.find((item) => item.name === entry.declaration.name);
        if (declaration) found.add(declaration);
      }
    }
  };
  for (const module of manifest.modules) if (publicTarget(module.path) || `./${module.path}` === rootFile) visit(module);
  return [...found];
}

/** Every `type.text` under a declaration, with where it is: attributes, fields, parameters, return types. */
function typeTexts(declaration: Declaration): { where: string; text: string }[] {
  const texts: { where: string; text: string }[] = [];
  const walk = (value: unknown, where: string) => {
    if (Array.isArray(value)) value.forEach((item) => walk(item, where));
    else if (value && typeof value === 'object') {
      const item = value as { name?: string; type?: { text?: unknown } };
      const here = item.name && item !== (declaration as object) ? `${where} ${item.name}` : where;
      if (typeof item.type?.text === 'string') texts.push({ where: here, text: item.type.text });
      for (const [key, child] of Object.entries(value)) if (key !== 'type') walk(child, Array.isArray(child) ? `${here} ${key}` : here);
    }
  };
  walk(declaration, declaration.tagName ? `<${declaration.tagName}>` : declaration.name);
  return texts;
}

/** Public type texts that name an alias instead of its values (`KpiQualifier` for `'exact' | 'approx' | …`). */
function unexpandedAliases(manifest: Manifest, aliases: Set<string>): string[] {
  return publicDeclarations(manifest)
    .flatMap(typeTexts)
    .flatMap(({ where, text }) =>
      [...text.replace(/'[^']*'|"[^"]*"/g, '').matchAll(/[A-Za-z_$][\w$]*/g)]
        .filter(([name]) => aliases.has(name))
        .map(([name]) => `${where}: ${text} names the alias ${name}, not its values`),
    );
}

/** A default that is a name (`defaultMainId`), not a value; `true`, `false`, `null` and `undefined` are values. */
const isName = (text: string | undefined) =>
  text !== undefined && /^[A-Za-z_$][\w$]*$/.test(text) && !['true', 'false', 'null', 'undefined'].includes(text);

/** Defaults written as a constant's name (`defaultMainId`) instead of its value. */
function identifierDefaults(manifest: Manifest): string[] {
  return customElements(manifest).flatMap(({ element }) =>
    typedItems(element)
      .filter(({ item }) => isName(item.default))
      .map(({ where, item }) => `<${element.tagName}> ${where} defaults to the name ${item.default}, not a value`),
  );
}

/** Internal state shown as an attribute or a member, and attributes of no public field. */
function internalStateShown(manifest: Manifest, state: Map<string, string[]>): string[] {
  return customElements(manifest).flatMap(({ element }) => {
    const hidden = new Set(state.get(element.name) ?? []);
    const fields = new Set((element.members ?? []).filter((member) => member.kind === 'field').map((member) => member.name));
    return [
      ...(element.attributes ?? [])
        .filter((attribute) => hidden.has(attribute.fieldName ?? attribute.name) || !fields.has(attribute.fieldName ?? attribute.name))
        .map((attribute) => `<${element.tagName}> attribute ${attribute.name} is internal state or no public field`),
      ...(element.members ?? [])
        .filter((member) => hidden.has(member.name) || member.privacy === 'private' || member.privacy === 'protected')
        .map((member) => `<${element.tagName}> member ${member.name} is internal`),
    ];
  });
}

/** A copy of the manifest to break in one place. */
const copy = (): Manifest => structuredClone(manifest);
const elementIn = (broken: Manifest, tag: string) => customElements(broken).find(({ element }) => element.tagName === tag)!.element;

describe('custom-elements.json', () => {
  it('finds the registered tags, the aliases and the internal state it checks against', () => {
    expect(registeredTags.length).toBeGreaterThanOrEqual(22);
    expect(registeredTags).toEqual(expect.arrayContaining(['mdk-kpi-tile', 'mdk-source', 'mdk-slide', 'mdk-recommendation-list']));
    expect([...typeAliases]).toEqual(expect.arrayContaining(['KpiQualifier', 'KpiUnit', 'KpiNotation', 'HeadingLevel', 'DeckMode']));
    expect(internalState.get('MdkKpiTile')).toEqual(['valueText']);
    expect(internalState.get('MdkDeck')).toEqual(['current', 'announcement', 'fullscreen']);
  });

  it('defines every registered tag on a public entry point, one a user can import', () => {
    expect(tagsWithoutPublicDefinition(manifest, registeredTags)).toEqual([]);
  });

  it('defines each tag once, on the entry point it belongs to', () => {
    const definitions = manifest.modules.flatMap((module) =>
      (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').map((entry) => [entry.name, module.path]),
    );
    expect(definitions.map(([tag]) => tag).sort()).toEqual([...registeredTags].sort());
    expect(Object.fromEntries(definitions)).toMatchObject({
      'mdk-kpi-tile': 'kpi-tile.js',
      'mdk-source': 'source-list.js',
      'mdk-slide': 'deck.js',
      'mdk-recommendation-list': 'recommendation.js',
      'mdk-strategy-card': 'strategy-card.js',
    });
  });

  it('names each defining module as a user imports it, and the built module really registers the tag', async () => {
    const { build } = await import('esbuild');
    for (const module of manifest.modules) {
      const tags = (module.exports ?? []).filter((entry) => entry.kind === 'custom-element-definition').map((entry) => entry.name);
      if (tags.length === 0) continue;
      const file = publicTarget(module.path);
      expect(file, `${packageJson.name}/${module.path} is in "exports"`).toBeDefined();
      const result = await build({
        entryPoints: [join(packageRoot, file!)],
        bundle: true,
        write: false,
        format: 'esm',
        external: ['lit', 'lit/*'],
      });
      for (const tag of tags) expect(result.outputFiles[0]!.text, `${module.path} registers <${tag}>`).toContain(`"${tag}"`);
    }
  });

  it('points every reference at a module in the manifest', () => {
    const paths = new Set(manifest.modules.map((module) => module.path));
    const references = manifest.modules.flatMap((module) => (module.exports ?? []).map((entry) => entry.declaration));
    expect(references.filter((reference) => reference.module !== undefined && !paths.has(reference.module))).toEqual([]);
  });

  it('types every attribute and field', () => {
    expect(untyped(manifest)).toEqual([]);
  });

  it('spells out the values of every enumerated type in the public API', () => {
    expect(publicDeclarations(manifest).length).toBeGreaterThan(customElements(manifest).length);
    expect(unexpandedAliases(manifest, typeAliases)).toEqual([]);
    const tile = elementIn(manifest, 'mdk-kpi-tile');
    expect(tile.attributes?.find((attribute) => attribute.name === 'qualifier')?.type?.text).toBe(
      "'exact' | 'approx' | 'more-than' | 'less-than'",
    );
    expect(elementIn(manifest, 'mdk-statement').attributes?.find((attribute) => attribute.name === 'heading-level')?.type?.text).toBe(
      '1 | 2 | 3 | 4 | 5 | 6 | undefined',
    );
  });

  it('gives defaults as values, never as a constant’s name', () => {
    expect(identifierDefaults(manifest)).toEqual([]);
    expect(elementIn(manifest, 'mdk-brand-header').attributes?.find((attribute) => attribute.name === 'main-id')).toMatchObject({
      type: { text: 'string' },
      default: "'main'",
    });
    expect(elementIn(manifest, 'mdk-deck').attributes?.find((attribute) => attribute.name === 'mode')?.default).toBe("'overview'");
  });

  it('shows no internal state, as attribute or member', () => {
    expect(internalStateShown(manifest, internalState)).toEqual([]);
  });
});

describe('the manifest checks bite', () => {
  it('a tag defined on no module, or only on an internal one, is reported', () => {
    const broken = copy();
    for (const module of broken.modules) module.exports = module.exports?.filter((entry) => entry.name !== 'mdk-slide');
    broken.modules.find((module) => module.path === 'dist/deck/slide.js')!.exports!.push({
      kind: 'custom-element-definition',
      name: 'mdk-slide',
      declaration: { name: 'MdkSlide', module: 'dist/deck/slide.js' },
    });
    expect(tagsWithoutPublicDefinition(broken, registeredTags)).toEqual([
      '<mdk-slide>: no custom-element-definition on a module in package.json "exports" (found on: dist/deck/slide.js)',
    ]);
  });

  it('a defining module under its file path, which "exports" does not open, is reported', () => {
    const broken = copy();
    broken.modules.find((module) => module.path === 'kpi-tile.js')!.path = 'dist/kpi-tile.js';
    expect(tagsWithoutPublicDefinition(broken, ['mdk-kpi-tile'])).toHaveLength(1);
  });

  it('an untyped attribute is reported', () => {
    const broken = copy();
    delete elementIn(broken, 'mdk-brand-header').attributes!.find((attribute) => attribute.name === 'main-id')!.type;
    expect(untyped(broken)).toEqual(['<mdk-brand-header> attribute main-id has no type']);
  });

  it('an alias left unexpanded is reported', () => {
    const broken = copy();
    elementIn(broken, 'mdk-kpi-tile').attributes!.find((attribute) => attribute.name === 'unit')!.type = { text: 'KpiUnit' };
    expect(unexpandedAliases(broken, typeAliases)).toEqual([
      '<mdk-kpi-tile> attributes unit: KpiUnit names the alias KpiUnit, not its values',
    ]);
  });

  it('a default that names a constant is reported', () => {
    const broken = copy();
    elementIn(broken, 'mdk-hero').attributes!.find((attribute) => attribute.name === 'heading-level')!.default = 'defaultHeadingLevel';
    expect(identifierDefaults(broken)).toEqual([
      '<mdk-hero> attribute heading-level defaults to the name defaultHeadingLevel, not a value',
    ]);
  });

  it('internal state shown as an attribute or a member is reported', () => {
    const broken = copy();
    const tile = elementIn(broken, 'mdk-kpi-tile');
    tile.attributes!.push({ name: 'valueText', fieldName: 'valueText', type: { text: 'string | undefined' } });
    tile.members!.push({ kind: 'field', name: 'valueText', privacy: 'public', type: { text: 'string | undefined' } });
    expect(internalStateShown(broken, internalState)).toEqual([
      '<mdk-kpi-tile> attribute valueText is internal state or no public field',
      '<mdk-kpi-tile> member valueText is internal',
    ]);
  });
});

describe('the published types', () => {
  it('kpi-tile.d.ts lists no property declarations, so not the internal valueText state', () => {
    const types = join(packageRoot, 'dist/kpi-tile/kpi-tile.d.ts');
    expect(existsSync(types), 'built types').toBe(true);
    const declaration = readFileSync(types, 'utf8');
    expect(declaration).toMatch(/static properties: PropertyDeclarations;/);
    expect(declaration).not.toMatch(/state: boolean/);
  });
});
