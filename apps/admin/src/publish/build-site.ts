import type { StrategyDocument } from '@muenchen-digital/content';
import { strToU8, zipSync, type Zippable } from 'fflate';
import { publishedSiteContentSecurityPolicy } from '../security/content-security-policy.js';
import strategyPageStyles from '../styles/strategy-page.css?inline';
import { logoTypesByExtension, readAsDataUrl } from '../io/images.js';
import { themeStylesheets } from '../theme.js';
import { fontFamilyOf, licenceUrlOf } from './font-licences.js';
import { prerenderStrategyPage } from './prerender.js';
import { SiteFileUnavailable } from './site-file-unavailable.js';
import { hexPrefix, sha256Digest } from './content-hash.js';
import { logoFileOf, logoFilePrefix } from './logo-file.js';
import { uploadNotes } from './upload-notes.js';
import { placeholderPlaces } from './placeholder-addresses.js';
import { placeText } from '../editor/form-place.js';
import publishedSiteStyles from './published-site.css?inline';

/**
 * The published site: one `index.html` that shows the whole strategy without JavaScript, its city
 * theme (tokens and `@font-face`) and the fonts that theme names, the page's own layout and print
 * styles, the app's icon and a raster logo (see logo-file.ts) — everything relative, so any static web
 * server (or a sub-path) can host it — and notes for whoever puts it online.
 */
export async function buildSite(strategy: StrategyDocument): Promise<Record<string, Uint8Array>> {
  const published = await withEmbeddedLogo(strategy);
  const [prerendered, theme, icon, logoFile] = await Promise.all([
    prerenderStrategyPage(published),
    themeAssets(strategy.organisation.theme),
    siteIcon(),
    logoFileOf(published.organisation.logo?.src),
  ]);
  // Rendered from the data: URL (the hidden preview would not find the file), then pointed at the
  // file; the file only goes with the site when the page names it.
  const body = logoFile ? prerendered.body.replaceAll(`src="${logoFile.dataUrl}"`, `src="${logoFile.path}"`) : prerendered.body;
  const logoFileUsed = logoFile !== undefined && body !== prerendered.body;
  const page = { ...prerendered, body };
  const styleHashes = await Promise.all(page.styles.map(sha256));
  const siteCss = `${strategyPageStyles}\n${publishedSiteStyles}`;
  const stylesheets = { theme: await contentNamed(`assets/${strategy.organisation.theme}`, theme.css), site: await contentNamed('assets/site', siteCss) };
  const html = siteHtml(strategy, page.body, publishedSiteContentSecurityPolicy(styleHashes), stylesheets, icon);
  const site: Record<string, Uint8Array> = {
    'index.html': strToU8(html),
    [stylesheets.theme]: strToU8(theme.css),
    [stylesheets.site]: strToU8(siteCss),
    ...theme.fonts,
    ...(icon && { [icon.path]: icon.bytes }),
    ...(logoFileUsed && { [logoFile.path]: logoFile.bytes }),
  };
  const notes = uploadNotes(
    placeholderPlaces(strategy).map((places) => places.map(placeText).join(', ')),
    Object.keys(site),
  );
  return { ...site, [notes.fileName]: strToU8(notes.text) };
}

/** The site as a zip file's bytes. Fonts and a raster logo are compressed already: they are stored as they are. */
export async function buildSiteZip(strategy: StrategyDocument): Promise<Uint8Array> {
  const files = await buildSite(strategy);
  const zippable: Zippable = {};
  for (const [path, bytes] of Object.entries(files)) zippable[path] = path.endsWith('.woff2') || path.startsWith(logoFilePrefix) ? [bytes, { level: 0 }] : bytes;
  return zipSync(zippable, { level: 9, mtime: new Date() });
}

const escapeHtml = (text: string) =>
  text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;');

function descriptionOf(strategy: StrategyDocument): string {
  const parts = [strategy.hero.subtitle, strategy.keyMessage].map((part) => part.trim()).filter((part) => part !== '');
  return parts.length > 0 ? parts.join(' – ') : strategy.hero.title;
}

/**
 * The document with a logo at an address relative to the app (a fork's own file, which a start
 * document or an import may name) embedded in it: the published site lives elsewhere, where that
 * address finds nothing, and opened from a folder it would look on the disk. A logo uploaded in the
 * form is embedded already; one at an https: address stays a link.
 */
async function withEmbeddedLogo(strategy: StrategyDocument): Promise<StrategyDocument> {
  const logo = strategy.organisation.logo;
  if (!logo || /^[a-z][a-z0-9+.-]*:/i.test(logo.src)) return strategy;
  const url = new URL(logo.src, document.baseURI);
  const type = logoTypesByExtension[url.pathname.split('.').pop()?.toLowerCase() ?? ''];
  if (type === undefined) throw new Error(`The logo ${logo.src} is not a PNG, JPEG, WebP, GIF or SVG file`);
  const embedded = await readAsDataUrl(new Blob([await fetchBytes(url)], { type }));
  return { ...strategy, organisation: { ...strategy.organisation, logo: { ...logo, src: embedded } } };
}

interface SiteIcon {
  path: string;
  type: string;
  bytes: Uint8Array;
}

/**
 * The icon of the page the app runs in (its `<link rel="icon">`, the file a city replaces in its fork),
 * so the published site shows the city's icon too. None when the page has none, or it cannot be had:
 * an icon is not worth a failed publication.
 */
async function siteIcon(): Promise<SiteIcon | undefined> {
  const link = document.querySelector<HTMLLinkElement>('link[rel~="icon"][href]');
  if (!link) return undefined;
  const url = new URL(link.href);
  if (url.origin !== location.origin) return undefined;
  try {
    const bytes = await fetchBytes(url);
    return { path: `assets/${url.pathname.split('/').pop() || 'icon'}`, type: link.type, bytes };
  } catch {
    return undefined;
  }
}

function siteHtml(strategy: StrategyDocument, body: string, policy: string, stylesheets: { theme: string; site: string }, icon: SiteIcon | undefined): string {
  return `<!doctype html>
<html lang="${escapeHtml(strategy.language)}">
  <head>
    <meta charset="utf-8" />
    <meta http-equiv="Content-Security-Policy" content="${escapeHtml(policy)}" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <title>${escapeHtml(strategy.hero.title)}${strategy.organisation.city ? ` · ${escapeHtml(strategy.organisation.city)}` : ''}</title>
    <meta name="description" content="${escapeHtml(descriptionOf(strategy))}" />
    <link rel="stylesheet" href="${stylesheets.theme}" />
    <link rel="stylesheet" href="${stylesheets.site}" />${
      icon ? `\n    <link rel="icon" href="${escapeHtml(icon.path)}"${icon.type ? ` type="${escapeHtml(icon.type)}"` : ''} />` : ''
    }
  </head>
  <body>
${body}
  </body>
</html>
`;
}

/**
 * The theme's stylesheet, fetched from the app's own assets, with the fonts its `@font-face` rules
 * name (same origin only), renamed into `assets/fonts/`.
 */
async function themeAssets(theme: StrategyDocument['organisation']['theme']) {
  const cssUrl = new URL(themeStylesheets[theme], document.baseURI);
  const css = new TextDecoder().decode(await fetchBytes(cssUrl));
  const fonts: Record<string, Uint8Array> = {};
  const renamed = new Map<string, string>();
  for (const match of css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)) {
    const reference = match[2]!;
    if (reference.startsWith('data:') || renamed.has(reference)) continue;
    const url = new URL(reference, cssUrl);
    if (url.origin !== location.origin) throw new Error(`The theme names a file elsewhere: ${url.href}`);
    const name = url.pathname.split('/').pop()!;
    fonts[`assets/fonts/${name}`] = checkedFont(url, await fetchBytes(url));
    renamed.set(reference, `fonts/${name}`);
  }
  // Each font family's licence travels with its files, as the SIL Open Font License asks.
  const families = new Set(Object.keys(fonts).map((path) => fontFamilyOf(path.split('/').pop()!)));
  for (const family of families) {
    const licenceUrl = licenceUrlOf(family);
    if (licenceUrl === undefined) throw new Error(`No licence for the font family ${family}`);
    fonts[`assets/fonts/${family}-LICENSE.txt`] = await fetchBytes(new URL(licenceUrl, document.baseURI));
  }
  const rewritten = css.replace(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, (whole, _quote: string, reference: string) => {
    const local = renamed.get(reference);
    return local === undefined ? whole : `url("${local}")`;
  });
  return { css: rewritten, fonts };
}

/** A file of the app's own, whole; SiteFileUnavailable when the server refuses it or the connection drops, also halfway. */
async function fetchBytes(url: URL): Promise<Uint8Array<ArrayBuffer>> {
  let response: Response;
  try {
    response = await fetch(url);
  } catch (error) {
    throw new SiteFileUnavailable(`${url.pathname}: no answer`, { cause: error });
  }
  if (!response.ok) throw new SiteFileUnavailable(`${url.pathname}: ${response.status}`);
  try {
    return new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    throw new SiteFileUnavailable(`${url.pathname}: cut off`, { cause: error });
  }
}

/**
 * The bytes of a WOFF2 font, as its signature shows. A filter in the network (a city's proxy) may
 * answer a font's request with a page of its own and status 200: published, that page would stand
 * where the font should, and the site would show a fallback face with nobody told. Refused as a part
 * that did not arrive; the message names the file.
 */
function checkedFont(url: URL, bytes: Uint8Array<ArrayBuffer>): Uint8Array<ArrayBuffer> {
  const woff2Signature = [0x77, 0x4f, 0x46, 0x32]; // "wOF2"
  if (url.pathname.endsWith('.woff2') && !woff2Signature.every((byte, index) => bytes[index] === byte)) {
    throw new SiteFileUnavailable(`${url.pathname}: not a font (${bytes.length} bytes)`);
  }
  return bytes;
}

/**
 * `base-<hash>.css`: a stylesheet named by its content, as the fonts are. A new publication after an
 * update of the app names new styles anew, so a browser that keeps an earlier stylesheet in its cache
 * never shows the new page with the old styles; unchanged styles keep their name and their cache.
 */
async function contentNamed(base: string, css: string): Promise<string> {
  return `${base}-${hexPrefix(await sha256Digest(css))}.css`;
}

/** The base64 SHA-256 of `text`, as a Content Security Policy names an inline style. */
async function sha256(text: string): Promise<string> {
  return btoa(String.fromCharCode(...(await sha256Digest(text))));
}

