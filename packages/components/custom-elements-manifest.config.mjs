// Generates custom-elements.json from the classes' JSDoc: the API that Storybook's docs,
// editors and framework wrappers read. The plugins below correct what the analyzer cannot know
// about this kit; test/custom-elements-manifest.node.test.ts checks the result.
import { readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { vueTypesPlugin } from './vue-types.mjs';

const packageJson = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/**
 * What the plugins need to know about the sources, read from their syntax while the analyzer walks
 * them: type aliases, constants, imports and re-exports (to follow a name to where it is declared),
 * `defineElement()` calls, and a class's internal reactive state. Keyed by the analyzer's module
 * path, `src/x/y.ts`.
 */
function createSourceIndex() {
  const files = new Map();
  /** The analyzer's own TypeScript, which it hands to its plugins. */
  let ts;

  /** `./y.js` imported by `src/x/z.ts` is `src/x/y.ts`. */
  const resolve = (from, specifier) => posix.normalize(posix.join(posix.dirname(from), specifier)).replace(/\.js$/, '.ts');
  const isRelative = (specifier) => specifier.startsWith('./') || specifier.startsWith('../');

  /** `x as const`, `x satisfies T` and `(x)` are `x`. */
  function unwrap(expression) {
    while (
      expression &&
      (ts.isAsExpression(expression) || ts.isSatisfiesExpression(expression) || ts.isParenthesizedExpression(expression))
    ) {
      expression = expression.expression;
    }
    return expression;
  }

  /** Source text of a literal value (`'main'`, `2`, `-1`, `true`, `null`), or undefined for anything else. */
  function literalText(expression) {
    const value = unwrap(expression);
    if (!value) return undefined;
    if (ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value) || ts.isNumericLiteral(value)) return value.getText();
    if ([ts.SyntaxKind.TrueKeyword, ts.SyntaxKind.FalseKeyword, ts.SyntaxKind.NullKeyword].includes(value.kind)) return value.getText();
    if (ts.isPrefixUnaryExpression(value) && value.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(value.operand)) {
      return value.getText();
    }
    return undefined;
  }

  /** `@state()` fields and `static properties` entries with `state: true`: internal, never API. */
  function internalStateOf(classNode) {
    const names = [];
    for (const member of classNode.members) {
      const name = member.name && ts.isIdentifier(member.name) ? member.name.text : undefined;
      if (!name) continue;
      const decorators = ts.canHaveDecorators(member) ? (ts.getDecorators(member) ?? []) : [];
      for (const decorator of decorators) {
        const call = decorator.expression;
        if (!ts.isCallExpression(call) || !ts.isIdentifier(call.expression)) continue;
        const options = call.arguments[0];
        const stateOption =
          options && ts.isObjectLiteralExpression(options) && options.properties.some((option) => isStateTrue(option));
        if (call.expression.text === 'state' || (call.expression.text === 'property' && stateOption)) names.push(name);
      }
      const isStatic = member.modifiers?.some((modifier) => modifier.kind === ts.SyntaxKind.StaticKeyword);
      if (isStatic && name === 'properties' && ts.isPropertyDeclaration(member)) {
        const declarations = unwrap(member.initializer);
        if (!declarations || !ts.isObjectLiteralExpression(declarations)) continue;
        for (const entry of declarations.properties) {
          const options = ts.isPropertyAssignment(entry) ? unwrap(entry.initializer) : undefined;
          if (options && ts.isObjectLiteralExpression(options) && options.properties.some((option) => isStateTrue(option))) {
            names.push(entry.name.getText());
          }
        }
      }
    }
    return names;
  }

  function isStateTrue(option) {
    return (
      ts.isPropertyAssignment(option) && option.name.getText() === 'state' && option.initializer.kind === ts.SyntaxKind.TrueKeyword
    );
  }

  function indexFile(sourceFile, path) {
    const file = {
      aliases: new Map(),
      constants: new Map(),
      imports: new Map(),
      reexports: new Map(),
      stars: [],
      definitions: [],
      internalState: new Map(),
    };
    const calls = [];
    for (const statement of sourceFile.statements) {
      if (ts.isImportDeclaration(statement) && isRelative(statement.moduleSpecifier.text)) {
        const bindings = statement.importClause?.namedBindings;
        if (bindings && ts.isNamedImports(bindings)) {
          for (const element of bindings.elements) {
            file.imports.set(element.name.text, {
              file: resolve(path, statement.moduleSpecifier.text),
              name: (element.propertyName ?? element.name).text,
            });
          }
        }
      } else if (ts.isExportDeclaration(statement)) {
        // `export … from './y.js'`, or `export { x }` of this module; another package's exports are not followed.
        const specifier = statement.moduleSpecifier?.text;
        if (specifier !== undefined && !isRelative(specifier)) continue;
        const from = specifier === undefined ? path : resolve(path, specifier);
        if (!statement.exportClause) file.stars.push(from);
        else if (statement.exportClause && ts.isNamedExports(statement.exportClause)) {
          for (const element of statement.exportClause.elements) {
            file.reexports.set(element.name.text, { file: from, name: (element.propertyName ?? element.name).text });
          }
        }
      } else if (ts.isTypeAliasDeclaration(statement)) {
        file.aliases.set(statement.name.text, statement.type);
      } else if (ts.isVariableStatement(statement)) {
        for (const declaration of statement.declarationList.declarations) {
          if (ts.isIdentifier(declaration.name) && declaration.initializer) {
            file.constants.set(declaration.name.text, declaration.initializer);
          }
        }
      } else if (ts.isClassDeclaration(statement) && statement.name) {
        file.internalState.set(statement.name.text, internalStateOf(statement));
      } else if (ts.isExpressionStatement(statement) && ts.isCallExpression(statement.expression)) {
        calls.push(statement.expression);
      }
    }
    // `defineElement('mdk-x', MdkX)`, with defineElement imported from the kit's helper.
    const helper = file.imports.get('defineElement');
    const isHelper = helper?.file.endsWith('/shared/define-element.ts') && helper.name === 'defineElement';
    for (const call of calls) {
      const [tag, elementClass] = call.arguments;
      if (!isHelper || !ts.isIdentifier(call.expression) || call.expression.text !== 'defineElement') continue;
      if (!tag || !ts.isStringLiteralLike(tag) || !elementClass || !ts.isIdentifier(elementClass)) {
        throw new Error(`${path}: defineElement() needs a tag name literal and a class name, got ${call.getText()}`);
      }
      file.definitions.push({ tagName: tag.text, className: elementClass.text });
    }
    files.set(path, file);
  }

  /** Follows `name` in `path` through imports and re-exports to its declaration of the given kind. */
  function lookup(path, name, kind, seen = new Set()) {
    const key = `${path}#${name}`;
    const file = files.get(path);
    if (!file || seen.has(key)) return undefined;
    seen.add(key);
    const own = file[kind].get(name);
    if (own) return { path, node: own };
    const link = file.imports.get(name) ?? file.reexports.get(name);
    if (link) return lookup(link.file, link.name, kind, seen);
    for (const star of file.stars) {
      const found = lookup(star, name, kind, seen);
      if (found) return found;
    }
    return undefined;
  }

  /**
   * A type as a union of literals, following aliases and `(typeof array)[number]` of an `as const`
   * array: `KpiQualifier` is `'exact' | 'approx' | 'more-than' | 'less-than'`. Undefined when the type
   * is anything else (an interface, a class, a mapped type): those stay as they are written.
   */
  function literalsOf(path, type) {
    if (ts.isParenthesizedTypeNode(type)) return literalsOf(path, type.type);
    if (ts.isLiteralTypeNode(type)) return [type.getText()];
    if ([ts.SyntaxKind.UndefinedKeyword, ts.SyntaxKind.NullKeyword].includes(type.kind)) return [type.getText()];
    if (ts.isUnionTypeNode(type)) {
      const members = type.types.map((member) => literalsOf(path, member));
      return members.every(Boolean) ? [...new Set(members.flat())] : undefined;
    }
    if (ts.isTypeReferenceNode(type) && ts.isIdentifier(type.typeName) && !type.typeArguments) {
      const alias = lookup(path, type.typeName.text, 'aliases');
      return alias && literalsOf(alias.path, alias.node);
    }
    if (ts.isIndexedAccessTypeNode(type) && type.indexType.kind === ts.SyntaxKind.NumberKeyword) {
      let query = type.objectType;
      while (ts.isParenthesizedTypeNode(query)) query = query.type;
      if (!ts.isTypeQueryNode(query) || !ts.isIdentifier(query.exprName)) return undefined;
      const constant = lookup(path, query.exprName.text, 'constants');
      const array = constant && unwrap(constant.node);
      if (!array || !ts.isArrayLiteralExpression(array)) return undefined;
      const values = array.elements.map((element) => literalText(element));
      return values.every((value) => value !== undefined) ? values : undefined;
    }
    return undefined;
  }

  /** The manifest's type text with every alias of literals replaced by its union. */
  function expandType(path, text) {
    const prefix = 'type T = ';
    const sourceFile = ts.createSourceFile('type.ts', `${prefix}${text};`, ts.ScriptTarget.Latest, true);
    const replacements = [];
    const visit = (node) => {
      if (ts.isTypeReferenceNode(node) && ts.isIdentifier(node.typeName) && !node.typeArguments) {
        const literals = lookup(path, node.typeName.text, 'aliases') && literalsOf(path, node);
        if (literals) {
          // A union inside an array or `readonly` needs parentheses: `readonly (1 | 2)[]`.
          const bare = ts.isUnionTypeNode(node.parent) || ts.isTypeAliasDeclaration(node.parent) || ts.isTypeReferenceNode(node.parent);
          const union = literals.join(' | ');
          replacements.push({ start: node.getStart(), end: node.getEnd(), text: bare || literals.length === 1 ? union : `(${union})` });
          return;
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(sourceFile);
    let expanded = `${prefix}${text}`;
    for (const { start, end, text: replacement } of replacements.reverse()) {
      expanded = expanded.slice(0, start) + replacement + expanded.slice(end);
    }
    return expanded.slice(prefix.length);
  }

  /** A default written as a constant's name (`defaultMainId`) as the constant's literal value (`'main'`). */
  function resolveDefault(path, text) {
    if (!/^[A-Za-z_$][\w$]*$/.test(text) || ['undefined', 'null', 'true', 'false', 'NaN', 'Infinity'].includes(text)) return text;
    const constant = lookup(path, text, 'constants');
    if (!constant) return text;
    const value = unwrap(constant.node);
    if (ts.isIdentifier(value)) return resolveDefault(constant.path, value.text);
    return literalText(value) ?? text;
  }

  return {
    files,
    expandType,
    resolveDefault,
    plugin: {
      name: 'source-index',
      initialize({ ts: typescript }) {
        ts = typescript;
      },
      analyzePhase({ ts: typescript, node, moduleDoc }) {
        ts = typescript;
        if (node.kind === ts.SyntaxKind.SourceFile) indexFile(node, moduleDoc.path);
      },
    },
  };
}

/** Calls `visit(object, key)` for every object in the manifest tree under `value`. */
function walk(value, visit) {
  if (Array.isArray(value)) {
    for (const item of value) walk(item, visit);
  } else if (value && typeof value === 'object') {
    visit(value);
    for (const child of Object.values(value)) walk(child, visit);
  }
}

/**
 * Types and defaults as an editor needs them: `KpiQualifier` becomes `'exact' | 'approx' | …` (its
 * `as const` array is the one source of the allowed values), and a default written as a constant
 * (`mainId = defaultMainId`) becomes the constant's value (`'main'`).
 */
function resolvedTypesAndDefaults(sources) {
  return {
    name: 'resolved-types-and-defaults',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        walk(module.declarations ?? [], (item) => {
          if (typeof item.type?.text === 'string') item.type.text = sources.expandType(module.path, item.type.text);
          if (typeof item.default === 'string') item.default = sources.resolveDefault(module.path, item.default);
        });
      }
    },
  };
}

/**
 * Keeps the manifest to the public API: private (#), protected and internal members are not for
 * users, nor is internal reactive state (`@state()`, `{ state: true }`). The analyzer makes an
 * attribute of every `static properties` entry, state or not; those attributes go too.
 */
function publicMembersOnly(sources) {
  return {
    name: 'public-members-only',
    packageLinkPhase({ customElementsManifest }) {
      for (const module of customElementsManifest.modules) {
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const internal = new Set(sources.files.get(module.path)?.internalState.get(declaration.name) ?? []);
          for (const member of declaration.members ?? []) {
            if (member.name.startsWith('#') || member.privacy === 'private' || member.privacy === 'protected') internal.add(member.name);
          }
          if (declaration.members) declaration.members = declaration.members.filter((member) => !internal.has(member.name));
          if (declaration.attributes) {
            declaration.attributes = declaration.attributes.filter((attribute) => !internal.has(attribute.fieldName ?? attribute.name));
          }
        }
      }
    },
  };
}

/**
 * Says which public module registers each tag, and points the manifest at what the package ships.
 *
 * The entry points (`src/kpi-tile.ts`) are named as a user imports them: `kpi-tile.js`, the
 * package's `exports` subpath, so `@muenchen-digital/components/kpi-tile.js`. Each carries a
 * `custom-element-definition` for the tags it registers: the `defineElement()` calls of the modules
 * it re-exports. The modules behind them (`src/kpi-tile/kpi-tile.ts`), where the classes are
 * declared, keep the path of their file, `dist/kpi-tile/kpi-tile.js`: `exports` does not open them.
 * The whole kit (`.`, `dist/index.js`) registers every tag too, but each tag is defined once, on its
 * own entry point, so tools find one module per tag.
 */
function publicEntryPoints(sources) {
  const publicPaths = new Map();
  for (const [subpath, target] of Object.entries(packageJson.exports)) {
    const file = typeof target === 'string' ? target : target.default;
    const entry = /^\.\/([\w-]+\.js)$/.exec(subpath)?.[1];
    const built = /^\.\/dist\/([\w-]+)\.js$/.exec(file ?? '')?.[1];
    if (entry && built) publicPaths.set(`src/${built}.ts`, entry);
  }
  const toShipped = (path) => publicPaths.get(path) ?? path.replace(/^src\//, 'dist/').replace(/\.ts$/, '.js');

  return {
    name: 'public-entry-points',
    packageLinkPhase({ customElementsManifest }) {
      const modules = customElementsManifest.modules;
      // Every reference in one form, `src/x/y.ts`: the analyzer writes `./y.js`, `src/x/y.js` or `src/x/y.ts`.
      for (const module of modules) {
        for (const entry of module.exports ?? []) {
          const reference = entry.declaration;
          if (!reference?.module) continue;
          const path = /^\.\.?\//.test(reference.module) ? posix.join(posix.dirname(module.path), reference.module) : reference.module;
          reference.module = posix.normalize(path).replace(/\.js$/, '.ts');
        }
      }

      for (const [path, file] of sources.files) {
        for (const { tagName, className } of file.definitions) {
          const declaration = modules.find((module) => module.path === path)?.declarations?.find((item) => item.name === className);
          if (!declaration) throw new Error(`${path}: defineElement('${tagName}', ${className}) names no class declared there`);
          if (declaration.tagName && declaration.tagName !== tagName) {
            throw new Error(`${path}: ${className} says @tagname ${declaration.tagName} but is defined as <${tagName}>`);
          }
          declaration.tagName = tagName;
          declaration.customElement = true;
          const entryPoints = modules.filter(
            (module) =>
              publicPaths.has(module.path) &&
              module.exports?.some(
                (entry) => entry.kind === 'js' && entry.declaration?.module === path && [className, '*'].includes(entry.declaration.name),
              ),
          );
          if (entryPoints.length === 0) {
            throw new Error(`<${tagName}> (${path}) is re-exported by no entry point in package.json "exports"`);
          }
          for (const entryPoint of entryPoints) {
            entryPoint.exports.push({ kind: 'custom-element-definition', name: tagName, declaration: { name: className, module: path } });
          }
        }
      }

      for (const module of modules) {
        module.path = toShipped(module.path);
        walk(module.exports ?? [], (item) => {
          if (typeof item.module === 'string') item.module = toShipped(item.module);
        });
        walk(module.declarations ?? [], (item) => {
          if (typeof item.module === 'string') item.module = toShipped(item.module);
        });
      }
    },
  };
}

const sources = createSourceIndex();

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.test.ts', 'src/**/*.stories.ts', 'src/examples/**', 'src/shared/define-element.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: true,
  // In order: read the sources, resolve types and defaults (module paths are still `src/…ts`),
  // drop internal members, then link tags to entry points and rewrite the paths. Last, from the
  // finished manifest, the files editors read for completion and hover docs in HTML and CSS:
  // VS Code's custom data (`html.customData`, `css.customData`) and JetBrains' web-types; and the
  // element types for Vue templates.
  plugins: [
    sources.plugin,
    resolvedTypesAndDefaults(sources),
    publicMembersOnly(sources),
    publicEntryPoints(sources),
    customElementVsCodePlugin({
      outdir: '.',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      hideLogs: true,
    }),
    // packageJson: false — package.json names web-types.json itself, instead of the plugin rewriting it.
    customElementJetBrainsPlugin({ outdir: '.', webTypesFileName: 'web-types.json', packageJson: false, hideLogs: true }),
    // Types for Vue templates: every tag in Vue's GlobalComponents. Shipped as `@muenchen-digital/components/vue`.
    vueTypesPlugin({ fileName: 'vue.d.ts' }),
  ],
};
