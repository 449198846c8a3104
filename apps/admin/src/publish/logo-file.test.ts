import { describe, expect, it } from 'vitest';
import { logoFileOf } from './logo-file.js';

/** A `data:` URL of `type` holding `bytes`. */
const dataUrl = (type: string, bytes: readonly number[]) => `data:${type};base64,${btoa(String.fromCharCode(...bytes))}`;

const png = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13];
const jpeg = [0xff, 0xd8, 0xff, 0xe0, 0, 16];
const gif = [...'GIF89a'].map((character) => character.charCodeAt(0));
const webp = [...'RIFF'].map((c) => c.charCodeAt(0)).concat([36, 0, 0, 0], [...'WEBPVP8 '].map((c) => c.charCodeAt(0)));
const svg = [...'<svg xmlns="http://www.w3.org/2000/svg"/>'].map((character) => character.charCodeAt(0));

describe('a logo as a file of the published site', () => {
  it.each([
    ['image/png', png, 'png'],
    ['image/jpeg', jpeg, 'jpg'],
    ['image/gif', gif, 'gif'],
    ['image/webp', webp, 'webp'],
  ])('writes %s as assets/logo-<10 hex digits of its SHA-256>.%s, the bytes unchanged', async (type, bytes, extension) => {
    const src = dataUrl(type, bytes);
    const file = await logoFileOf(src);
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new Uint8Array(bytes)));
    const hex = [...digest.slice(0, 5)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
    expect(file).toEqual({ dataUrl: src, path: `assets/logo-${hex}.${extension}`, bytes: new Uint8Array(bytes) });
  });

  it('reads the media type in any case, as browsers do', async () => {
    expect((await logoFileOf(dataUrl('IMAGE/PNG', png)))?.path).toMatch(/^assets\/logo-[0-9a-f]{10}\.png$/);
  });

  it.each([
    ['an SVG logo: a script in the file would run on the city’s site', dataUrl('image/svg+xml', svg)],
    ['bytes that are not what the URL says (an SVG called PNG)', dataUrl('image/png', svg)],
    ['a JPEG called PNG', dataUrl('image/png', jpeg)],
    ['a RIFF file that is not a WebP (a WAVE sound) called WebP', dataUrl('image/webp', [...webp.slice(0, 8), ...[...'WAVEfmt '].map((c) => c.charCodeAt(0))])],
    ['base64 a browser cannot read', 'data:image/png;base64,iVBORw0KG'],
    ['a logo at an address', 'https://example.org/logo.png'],
    ['no logo', undefined],
  ])('leaves the logo in the page for %s', async (_case, src) => {
    expect(await logoFileOf(src)).toBeUndefined();
  });
});
