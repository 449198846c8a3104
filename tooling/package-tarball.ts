// What a published package really ships: `pnpm pack` makes the tarball that `pnpm publish` would
// upload, and the checks below read it, file by file. Each package's tests run them with its own
// size budget (see test/package-tarball*.test.ts in packages/components, content and tokens).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { entryPoints } from './package-entry-points.js';

export interface PackedFile {
  /** Path inside the package, without the tarball's `package/` folder: `dist/index.js`. */
  path: string;
  content: Buffer;
}

export interface Tarball {
  /** Size of the .tgz file, in bytes. */
  packedSize: number;
  files: PackedFile[];
}

/** Packs the package in `packageRoot` as `pnpm publish` would, and reads the tarball back. */
export function packTarball(packageRoot: string): Tarball {
  const destination = mkdtempSync(join(tmpdir(), 'mdk-pack-'));
  try {
    execFileSync('pnpm', ['pack', '--pack-destination', destination], {
      cwd: packageRoot,
      stdio: 'pipe',
      shell: process.platform === 'win32',
    });
    const tgz = readdirSync(destination).find((name) => name.endsWith('.tgz'));
    if (!tgz) throw new Error(`pnpm pack wrote no tarball for ${packageRoot}`);
    const packed = readFileSync(join(destination, tgz));
    return { packedSize: packed.length, files: readTar(gunzipSync(packed)) };
  } finally {
    rmSync(destination, { recursive: true, force: true });
  }
}

/** The regular files of a tar archive (ustar, with pax and GNU long names). */
function readTar(archive: Buffer): PackedFile[] {
  const files: PackedFile[] = [];
  const text = (start: number, end: number) => archive.subarray(start, end).toString('utf8').replace(/\0.*$/s, '');
  let offset = 0;
  let longPath: string | undefined;
  while (offset + 512 <= archive.length && archive[offset] !== 0) {
    const size = Number.parseInt(text(offset + 124, offset + 136).trim() || '0', 8);
    const type = String.fromCharCode(archive[offset + 156] ?? 0);
    const prefix = text(offset + 257, offset + 263) === 'ustar' ? text(offset + 345, offset + 500) : '';
    const content = archive.subarray(offset + 512, offset + 512 + size);
    if (type === 'x') {
      longPath = /(?:^|\n)\d+ path=([^\n]*)\n/.exec(content.toString('utf8'))?.[1] ?? longPath;
    } else if (type === 'L') {
      longPath = content.toString('utf8').replace(/\0.*$/s, '');
    } else {
      if (type === '0' || type === '\0') {
        const path = longPath ?? [prefix, text(offset, offset + 100)].filter(Boolean).join('/');
        files.push({ path: path.replace(/^package\//, ''), content: Buffer.from(content) });
      }
      longPath = undefined;
    }
    offset += 512 + Math.ceil(size / 512) * 512;
  }
  return files;
}

export function unpackedSize(tarball: Pick<Tarball, 'files'>): number {
  return tarball.files.reduce((sum, file) => sum + file.content.length, 0);
}

export interface TarballCheck {
  name: string;
  /** What is wrong with the tarball, one line each; empty when it passes. */
  problems: (tarball: Pick<Tarball, 'files'>) => string[];
  /** A tarball that the check must refuse: proof that it bites. */
  counterexample: PackedFile[];
}

const file = (path: string, content: string | Buffer = '') => ({ path, content: Buffer.from(content) });

/** Tests, stories, Storybook docs pages and Storybook output are for the kit's makers, not its users. */
const notForUsers = [
  /(?:^|\/)(?:test|tests|__tests__)\//,
  /\.(?:test|spec)\.[^/]+$/,
  /\.stories\.[^/]+$/,
  /\.mdx$/,
  /(?:^|\/)(?:storybook-static|\.storybook)\//,
];

/** Paths a file's `sourceMappingURL` comment points at, resolved inside the package (data: URLs left out). */
function mapReferences(packed: PackedFile): string[] {
  if (!/\.(?:[cm]?js|[cm]?ts|css)$/.test(packed.path)) return [];
  const urls = [...packed.content.toString('utf8').matchAll(/[#@] sourceMappingURL=([^\s*]+)/g)].map((match) => match[1]!);
  return urls.filter((url) => !url.startsWith('data:')).map((url) => posix.join(posix.dirname(packed.path), decodeURIComponent(url)));
}

interface SourceMap {
  sources?: (string | null)[];
  sourcesContent?: (string | null)[];
  sourceRoot?: string;
  sections?: { map: SourceMap }[];
}

/** The sources a map names that a reader of the package cannot see: neither shipped nor embedded. */
function missingSources(mapPath: string, map: SourceMap, shipped: Set<string>): string[] {
  if (map.sections) return map.sections.flatMap((section) => missingSources(mapPath, section.map, shipped));
  return (map.sources ?? []).flatMap((source, index) => {
    if (typeof map.sourcesContent?.[index] === 'string') return [];
    const path = posix.join(posix.dirname(mapPath), map.sourceRoot ?? '', source ?? '');
    return shipped.has(path) ? [] : [`${mapPath}: ${source} (not shipped, not in sourcesContent)`];
  });
}

/**
 * Bundled code whose licence asks for no notice: the bundler's decorator helper is TypeScript's own
 * `__decorate` from tslib, under 0BSD.
 */
const licenceFree = new Set(['@oxc-project/runtime']);

export function tarballChecks({ unpackedBudget }: { unpackedBudget: number }): TarballCheck[] {
  return [
    {
      name: `unpacks to at most ${unpackedBudget.toLocaleString('en')} bytes`,
      problems: (tarball) => {
        const size = unpackedSize(tarball);
        if (size <= unpackedBudget) return [];
        const largest = [...tarball.files].sort((a, b) => b.content.length - a.content.length).slice(0, 5);
        return [`${size} bytes unpacked`, ...largest.map((packed) => `${packed.content.length} bytes: ${packed.path}`)];
      },
      counterexample: [file('dist/index.js', Buffer.alloc(unpackedBudget + 1))],
    },
    {
      name: 'has no node_modules in any path',
      problems: (tarball) => tarball.files.map((packed) => packed.path).filter((path) => path.includes('node_modules')),
      counterexample: [file('dist/node_modules/.pnpm/icons@1.0.0/node_modules/icons/index.js')],
    },
    {
      name: 'ships no tests, stories, docs pages (mdx) or Storybook output',
      problems: (tarball) =>
        tarball.files.map((packed) => packed.path).filter((path) => notForUsers.some((pattern) => pattern.test(path))),
      counterexample: [file('dist/kpi-tile.test.js'), file('src/kpi-tile/kpi-tile.stories.ts'), file('src/kpi-tile/kpi-tile.mdx'), file('storybook-static/index.html')],
    },
    {
      name: 'has source maps that stand on their own: every source shipped or embedded in sourcesContent',
      problems: (tarball) => {
        const shipped = new Set(tarball.files.map((packed) => packed.path));
        return tarball.files
          .filter((packed) => packed.path.endsWith('.map'))
          .flatMap((packed) => {
            try {
              return missingSources(packed.path, JSON.parse(packed.content.toString('utf8')) as SourceMap, shipped);
            } catch {
              return [`${packed.path}: not JSON`];
            }
          });
      },
      counterexample: [
        file('dist/index.js', '//# sourceMappingURL=index.js.map'),
        file('dist/index.js.map', JSON.stringify({ version: 3, sources: ['../src/index.ts'], mappings: '' })),
      ],
    },
    {
      name: 'ships the source map each sourceMappingURL comment points at',
      problems: (tarball) => {
        const shipped = new Set(tarball.files.map((packed) => packed.path));
        return tarball.files.flatMap((packed) => mapReferences(packed).filter((map) => !shipped.has(map)).map((map) => `${packed.path}: ${map}`));
      },
      counterexample: [file('dist/index.js', 'export {};\n//# sourceMappingURL=index.js.map')],
    },
    {
      name: 'ships the licence of every third-party package bundled into dist/vendor/',
      problems: (tarball) => {
        const paths = tarball.files.map((packed) => packed.path);
        const vendored = new Set(paths.flatMap((path) => /^dist\/vendor\/((?:@[^/]+\/)?[^/]+)\//.exec(path)?.[1] ?? []));
        return [...vendored]
          .filter((name) => !licenceFree.has(name))
          .filter((name) => !paths.some((path) => new RegExp(`^dist/vendor/${name}/(LICEN[CS]E|COPYING)[^/]*$`, 'i').test(path)))
          .map((name) => `dist/vendor/${name}/ has no licence file`);
      },
      counterexample: [file('dist/vendor/lucide/dist/esm/icons/globe.js'), file('dist/vendor/simple-icons/LICENSE.md')],
    },
    {
      name: 'ships every file package.json points at',
      problems: (tarball) => {
        const manifest = tarball.files.find((packed) => packed.path === 'package.json');
        if (!manifest) return ['package.json is missing'];
        const shipped = new Set(tarball.files.map((packed) => packed.path));
        return entryPoints(JSON.parse(manifest.content.toString('utf8')) as Record<string, unknown>).filter((path) => !shipped.has(path));
      },
      counterexample: [file('package.json', JSON.stringify({ exports: { '.': { types: './dist/index.d.ts', default: './dist/index.js' } } })), file('dist/index.js')],
    },
  ];
}
