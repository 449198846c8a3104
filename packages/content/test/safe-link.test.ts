import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLink, createExampleDocument, exportDocument, importDocument, isSafeImageSource, isSafeLink, validateDocument } from '../src/index.js';

/** The problems of the example with its imprint link set to `href`. */
function imprintProblems(href: string) {
  const document = createExampleDocument();
  document.organisation.imprintHref = href;
  const result = validateDocument(document, 'en');
  return result.ok ? [] : result.problems;
}

describe('a link that starts with a host name but lacks "https://"', () => {
  it.each([
    'www.muenchen.de/impressum',
    'www.muenchen.de',
    'WWW.Muenchen.DE/Impressum',
    'muenchen.de',
    'muenchen.de/impressum?seite=2#kontakt',
    'stadt.muenchen.de/rathaus/',
    'mastodon.social/@muenchen',
    'www.muenchen.de:8443/impressum',
  ])('%j is a problem that suggests the link with "https://"', (href) => {
    expect(checkLink(href)).toBe('missing-scheme');
    expect(imprintProblems(href)).toEqual([{ path: 'organisation.imprintHref', message: `Please add “https://” at the start: https://${href}` }]);
    expect(checkLink(`https://${href}`)).toBe('ok');
  });

  // "//host" takes the scheme of the page it is on: file: for a published site opened from a folder,
  // where Windows asks the host for a network share. Browsers read a backslash there as a slash.
  it.each([
    ['//www.muenchen.de/impressum', 'https://www.muenchen.de/impressum'],
    ['//intern/freigabe', 'https://intern/freigabe'],
    ['\\\\intern\\freigabe', 'https://intern\\freigabe'],
    ['/\\www.muenchen.de', 'https://www.muenchen.de'],
  ])('%j, a host after two slashes, is a problem that suggests %j', (href, meant) => {
    expect(checkLink(href)).toBe('missing-scheme');
    expect(imprintProblems(href)).toEqual([{ path: 'organisation.imprintHref', message: `Please add “https://” at the start: ${meant}` }]);
    expect(checkLink(meant)).toBe('ok');
  });

  it('is a problem a draft is imported with (the link points to a page of the site’s own: <host>/www.muenchen.de/impressum)', () => {
    const document = createExampleDocument();
    document.channels.items[0]!.href = 'www.muenchen.de/impressum';
    expect(importDocument(exportDocument(document), 'de')).toEqual({
      ok: true,
      document,
      problems: [
        {
          path: 'channels.items[0].href',
          location: 'Kanäle › Kanal 1 › Link',
          message: 'Bitte „https://“ voranstellen: https://www.muenchen.de/impressum',
        },
      ],
    });
  });

  it.each([
    'seite.html',
    'bericht.pdf',
    'liesmich.md',
    'archiv.zip',
    'v1.2/anleitung',
    '/www.muenchen.de',
    './www.muenchen.de/impressum',
    '#www.muenchen.de',
    '?ziel=www.muenchen.de',
    'https://www.muenchen.de/impressum',
    'mailto:digital@muenchen.de',
  ])('%j stays a link without a problem', (href) => {
    expect(checkLink(href)).toBe('ok');
    expect(imprintProblems(href)).toEqual([]);
  });

  const label = fc.stringMatching(/^[a-z0-9](?:[a-z0-9-]{0,12}[a-z0-9])?$/);
  const rest = fc.stringMatching(/^(?:[/?#][\w./?#=&%@-]{0,30})?$/);

  it('any host name with "www." or a known top-level domain, with any path, is found, and "https://" in front makes it a link', () => {
    const host = fc.oneof(
      fc.array(label, { minLength: 1, maxLength: 3 }).map((labels) => `www.${labels.join('.')}`),
      fc.tuple(fc.array(label, { minLength: 1, maxLength: 3 }), fc.constantFrom('de', 'com', 'org', 'eu', 'bayern', 'info', 'net', 'at', 'ch')).map(
        ([labels, tld]) => `${labels.join('.')}.${tld}`,
      ),
    );
    fc.assert(
      fc.property(host, fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }), rest, (name, port, path) => {
        const href = `${name}${port === undefined ? '' : `:${port}`}${path}`;
        expect(checkLink(href), href).toBe('missing-scheme');
        expect(checkLink(`https://${href}`), href).toBe('ok');
      }),
    );
  });

  it('no path, fragment or query, and no file name with an extension, is taken for a host name', () => {
    // A path: "/" not followed by a second one ("//host" names a host, see above).
    const relative = fc
      .tuple(fc.constantFrom('/', '#', '?', './', '../'), fc.stringMatching(/^[\w./?#=&%@:-]{0,40}$/))
      .map(([start, text]) => `${start}${text}`)
      .filter((href) => !href.startsWith('//'));
    const fileName = fc
      .tuple(
        fc.constantFrom('', 'dokumente/', 'a/b/'),
        label,
        fc.constantFrom('html', 'htm', 'php', 'pdf', 'json', 'xml', 'txt', 'csv', 'png', 'jpg', 'jpeg', 'svg', 'docx', 'xlsx', 'md', 'zip', 'mov', 'py', 'sh'),
      )
      .map(([folder, name, extension]) => `${folder}${name}.${extension}`);
    fc.assert(
      fc.property(fc.oneof(relative, fileName), (href) => {
        fc.pre(isSafeLink(href));
        expect(checkLink(href), href).toBe('ok');
      }),
    );
  });
});

describe('checkLink', () => {
  it.each([
    ['', 'empty'],
    ['javascript:alert(1)', 'unsafe'],
    [' javascript:alert(1)', 'unsafe'],
    ['java\nscript:alert(1)', 'unsafe'],
    ['https://exa\u0001mple.org', 'unsafe'],
    [' https://example.org ', 'untidy'],
    ['https://exam\tple.org', 'untidy'],
    ['   ', 'untidy'],
    ['https://example.org', 'ok'],
  ] as const)('%j is %s', (href, verdict) => {
    expect(checkLink(href)).toBe(verdict);
  });

  it('never calls a link safe that a browser would follow elsewhere: whatever is not unsafe is, stripped as a browser strips it, a safe link', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30, unit: 'binary' }), (href) => {
        const verdict = checkLink(href);
        const followed = href.replace(/^[\u0000-\u0020\s]+|[\u0000-\u0020\s]+$/g, '').replace(/[\t\n\r]/g, ''); // eslint-disable-line no-control-regex
        if (verdict === 'ok' || verdict === 'missing-scheme') expect(isSafeLink(href) || /^[\w.-]+:\d/.test(href)).toBe(true);
        if (verdict === 'untidy' && followed !== '') expect(isSafeLink(followed) || /^[\w.-]+:\d/.test(followed)).toBe(true);
      }),
    );
  });
});

describe('an embedded image', () => {
  // The last data URL found to be an image is kept (an editor checks its logo on every keystroke):
  // keeping it must never let another text through.
  it('is judged by its own text each time, also right after another was accepted', () => {
    const image = `data:image/png;base64,${'iVBORw0KGgo'.repeat(100_000)}=`;
    expect(isSafeImageSource(image)).toBe(true);
    const broken = `${image.slice(0, 500_000)}!${image.slice(500_001)}`;
    expect(broken).toHaveLength(image.length);
    expect(isSafeImageSource(broken)).toBe(false);
    expect(isSafeImageSource(image)).toBe(true);
    // The same text made anew (as a copy from storage is) is the same image.
    expect(isSafeImageSource([...image].join(''))).toBe(true);
    expect(isSafeImageSource(`${image}<svg onload=alert(1)>`)).toBe(false);
    expect(isSafeImageSource('data:text/html;base64,PHNjcmlwdD4=')).toBe(false);
  });
});
