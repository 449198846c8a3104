import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import packageJson from './package.json' with { type: 'json' };
import { minifyTemplates } from './template-minifier.js';

/**
 * One entry per public subpath, read from package.json's `exports` so the two never disagree:
 * `import '@muenchen-digital/components/kpi-tile.js'` registers just that element.
 */
const entries = Object.fromEntries(
  Object.keys(packageJson.exports)
    .map((subpath) => /^\.\/([\w-]+)\.js$/.exec(subpath)?.[1] ?? (subpath === '.' ? 'index' : undefined))
    .filter((name): name is string => name !== undefined)
    .map((name) => [name, `src/${name}.ts`]),
);

/**
 * The package a file installed in node_modules belongs to: its name (`name` or `@scope/name`, after
 * the last `node_modules/`), the package's folder, and the file's path in it.
 */
function installedPackageOf(moduleId: string): { name: string; folder: string; path: string } | undefined {
  const installed = /^(.*\/node_modules\/((?:@[^/]+\/)?[^/]+))\/(.+)$/.exec(moduleId.replaceAll('\\', '/'));
  return installed ? { folder: installed[1]!, name: installed[2]!, path: installed[3]! } : undefined;
}

/**
 * Where a third-party module bundled into the kit (lucide's and simple-icons' icons, the decorator
 * helper of the compiler) goes: `vendor/<package>/<its path in that package>.js`. Without this,
 * preserveModules names it after where pnpm happens to keep it, e.g.
 * `node_modules/.pnpm/simple-icons@16.37.0/node_modules/simple-icons/index.js`: a path that changes
 * with every version and store layout, and has `node_modules` in it, which tools may skip or take
 * for installed dependencies.
 */
function vendorFileName(moduleId: string): string | undefined {
  const installed = installedPackageOf(moduleId);
  if (installed) return `vendor/${installed.name}/${installed.path.replace(/\.[^./]+$/, '')}.js`;
  // A helper the bundler adds itself, as a virtual module `\0@oxc-project+runtime@0.156.0/helpers/esm/decorate.js`.
  const helper = /^\0(@[^+/]+)\+([^@/]+)@[^/]+\/(.+?)(?:\.[^./]+)?$/.exec(moduleId);
  if (helper) return `vendor/${helper[1]}/${helper[2]}/${helper[3]}.js`;
  return undefined;
}

/**
 * Vendor files ship without source maps. Their source is the whole third-party file: simple-icons'
 * index.js is 5 MB of every brand icon, of which the kit uses three, and a map carries all of it as
 * sourcesContent; a map without sourcesContent would point at a file the package does not ship.
 * Little is lost: a vendor file is the upstream code, tree-shaken but not minified.
 * The bundler's `// <module id>` line at the top goes too: for a vendor file that id is where pnpm
 * keeps the module, or a helper's virtual id, versions and all; the file's name already says what it is.
 */
function vendorFilesWithoutMaps(): Plugin {
  return {
    name: 'mdk:vendor-files-without-maps',
    generateBundle(_options, bundle) {
      for (const file of Object.values(bundle)) {
        if (file.type !== 'chunk' || !file.fileName.startsWith('vendor/')) continue;
        if (file.sourcemapFileName) delete bundle[file.sourcemapFileName];
        file.map = null;
        file.code = file.code
          .replace(/^\/\/ (?:\S*\/node_modules\/|\\0)\S*\n/, '')
          .replace(/\n*\/\/# sourceMappingURL=\S+\s*$/, '\n');
      }
    },
  };
}

/**
 * Each third-party package bundled into `vendor/` takes its licence file along, as `vendor/<package>/`
 * `LICENSE…`: lucide's ISC licence asks for its notice in every copy. The build fails for a package
 * without one rather than ship its code without its terms. (The bundler's own helpers come from no
 * installed package; see the tarball test for why they need none.)
 */
function vendorLicences(): Plugin {
  return {
    name: 'mdk:vendor-licences',
    generateBundle(_options, bundle) {
      const packageFolders = new Map<string, string>();
      for (const file of Object.values(bundle)) {
        // Only the library build names files vendor/…; Storybook's build of this config bundles differently.
        if (file.type !== 'chunk' || !file.facadeModuleId || !file.fileName.startsWith('vendor/')) continue;
        const installed = installedPackageOf(file.facadeModuleId);
        if (installed) packageFolders.set(installed.name, installed.folder);
      }
      for (const [name, folder] of packageFolders) {
        const licence = readdirSync(folder).find((entry) => /^(licen[cs]e|copying)/i.test(entry));
        if (!licence) throw new Error(`${name} is bundled into vendor/ but has no licence file to ship with it.`);
        this.emitFile({ type: 'asset', fileName: `vendor/${name}/${licence}`, source: readFileSync(join(folder, licence)) });
      }
    },
  };
}

// `vite build` makes the production build (dist/), without development warnings;
// `vite build --mode development` makes dist/development/, with them, for the `development` condition.
export default defineConfig(({ mode }) => {
  const development = mode === 'development';
  return {
    define: { __MDK_DEV__: JSON.stringify(development) },
    plugins: [minifyTemplates(), vendorFilesWithoutMaps(), vendorLicences()],
    build: {
      outDir: development ? 'dist/development' : 'dist',
      emptyOutDir: !development,
      minify: false,
      sourcemap: true,
      target: 'es2022',
      lib: { entry: entries, formats: ['es'] },
      rolldownOptions: {
        // Lit stays an import (a dependency, not bundled in): the page's bundler keeps one copy for all.
        external: [/^lit(\/.*)?$/, /^@lit\//],
        output: {
          // One file per module keeps the sideEffects list exact and lets bundlers drop unused parts.
          preserveModules: true,
          preserveModulesRoot: 'src',
          entryFileNames: (chunk) => (chunk.facadeModuleId && vendorFileName(chunk.facadeModuleId)) ?? '[name].js',
        },
      },
    },
  };
});
