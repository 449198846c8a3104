import { logoTypesByExtension } from '../io/images.js';
import { hexPrefix, sha256Digest } from './content-hash.js';

/** Where a logo file of the published site lies, and how its name begins: `assets/logo-<hash>.png`. */
export const logoFilePrefix = 'assets/logo-';

/** A logo the published site loads as a file of its own: `assets/logo-<hash>.png`. */
export interface LogoFile {
  /** The `data:` URL it was embedded as, which the page's markup names until it is pointed at `path`. */
  dataUrl: string;
  path: string;
  bytes: Uint8Array;
}

/** How the bytes of each raster type begin: a file is written only when they are what the URL says. */
const signatures: Readonly<Record<string, (bytes: Uint8Array) => boolean>> = {
  'image/png': (bytes) => startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  'image/jpeg': (bytes) => startsWith(bytes, [0xff, 0xd8, 0xff]),
  'image/gif': (bytes) => startsWith(bytes, [0x47, 0x49, 0x46, 0x38]),
  'image/webp': (bytes) => startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes.subarray(8), [0x57, 0x45, 0x42, 0x50]),
};

const startsWith = (bytes: Uint8Array, prefix: readonly number[]) => prefix.every((byte, index) => bytes[index] === byte);

/** The first file extension the form takes for `type`: "png", "jpg", … */
const extensionOf = (type: string) => Object.entries(logoTypesByExtension).find(([, known]) => known === type)?.[0];

/**
 * A raster logo embedded as a `data:` URL (uploaded in the form, or a fork's own file that publishing
 * embedded first) as a file of its own, named by its content: inside the page, a logo of up to 1 MB
 * held back everything below the header until the whole page had arrived (6 s on a slow phone line),
 * and came again with each new publication; as a file it loads beside the page and stays in the cache.
 *
 * Undefined — the logo stays in the page — for an SVG logo (as a file on the city's server, opened by
 * its address, a script in it would run on the city's site; as an image from a `data:` URL none ever
 * runs), for bytes that are not what the URL says they are (a server that sniffs might take them for
 * a page), for base64 a browser cannot read, and for a logo at an address.
 */
export async function logoFileOf(src: string | undefined): Promise<LogoFile | undefined> {
  const embedded = src === undefined ? null : /^data:([a-z/+.-]+);base64,/i.exec(src);
  if (!src || !embedded) return undefined;
  const type = embedded[1]!.toLowerCase();
  const extension = extensionOf(type);
  const isRaster = signatures[type];
  if (extension === undefined || isRaster === undefined) return undefined;
  let binary: string;
  try {
    binary = atob(src.slice(embedded[0].length));
  } catch {
    return undefined;
  }
  const bytes = Uint8Array.from(binary, (character) => character.charCodeAt(0));
  if (!isRaster(bytes)) return undefined;
  return { dataUrl: src, path: `${logoFilePrefix}${hexPrefix(await sha256Digest(bytes))}.${extension}`, bytes };
}
