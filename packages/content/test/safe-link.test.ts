import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkLink, createExampleDocument, exportDocument, importDocument, isSafeImageSource, isSafeLink, meantLink, validateDocument } from '../src/index.js';

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
    // What copying brings along, where it is unsafe or no problem (more below).
    ['\u200Bjavascript:alert(1)', 'unsafe'],
    ['java\u200Bscript:alert(1)', 'unsafe'],
    ['<javascript:alert(1)>', 'unsafe'],
    ['\u200B', 'invisible'],
    ['()', 'ok'],
    ['( )', 'ok'],
    [`( ${'https://www.muenchen.de'} )`, 'wrapped'],
    ['(anhang)', 'wrapped'],
    ['https://example.org/?url=https://www.muenchen.de', 'ok'],
    ['https://eur01.safelinks.protection.outlook.com/?data=1', 'ok'],
    ['https://eur01.safelinks.protection.outlook.com/?url=%E2%80%8B%20', 'ok'],
    // Found by the property test below: spaces around a quoted address that is not allowed.
    ['"www.https://" ', 'unsafe'],
    ['mailto:team@muenchen.de', 'ok'],
    ['seite@2x.png', 'ok'],
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

// Links as they come from a mail, a PDF or a document: a browser reads each as a path on the page's own
// site (a dead link), or, for the Outlook Safe Link, as a detour through Microsoft's service.
describe('a link copied with what copying brings along', () => {
  const digital = 'https://www.muenchen.de/digital';
  const safeLink = `https://eur01.safelinks.protection.outlook.com/?url=${encodeURIComponent(digital)}&data=05%7C02&reserved=0`;
  it.each([
    [`\u200B${digital}`, 'invisible', digital],
    [`${digital}\u00AD`, 'invisible', digital],
    [`\uFEFF${digital}\u200E`, 'invisible', digital],
    ['https://www.muen\u00ADchen.de', 'invisible', 'https://www.muenchen.de'],
    [`<${digital}>`, 'wrapped', digital],
    [`(${digital})`, 'wrapped', digital],
    [`„${digital}“`, 'wrapped', digital],
    [`“${digital}”`, 'wrapped', digital],
    [`"${digital}"`, 'wrapped', digital],
    [`»${digital}«`, 'wrapped', digital],
    ['<mailto:team@muenchen.de>', 'wrapped', 'mailto:team@muenchen.de'],
    ['<www.muenchen.de>', 'wrapped', 'https://www.muenchen.de'],
    [`\u200B<${digital}>`, 'invisible', digital],
    ['https//www.muenchen.de', 'missing-colon', 'https://www.muenchen.de'],
    ['HTTP//www.muenchen.de/a', 'missing-colon', 'HTTP://www.muenchen.de/a'],
    ['team@muenchen.de', 'missing-mailto', 'mailto:team@muenchen.de'],
    ['vorname.name@stadt.muenchen.de', 'missing-mailto', 'mailto:vorname.name@stadt.muenchen.de'],
    [safeLink, 'outlook-safe-link', digital],
    // Forwarded mail wraps a Safe Link in another; a mended address is mended all the way.
    [`https://eur02.safelinks.protection.outlook.com/?url=${encodeURIComponent(safeLink)}`, 'outlook-safe-link', digital],
    ['https//eur01.safelinks.protection.outlook.com/?url=https%3A%2F%2Fwww.muenchen.de', 'missing-colon', 'https://www.muenchen.de'],
    ['<www.muenchen.de>', 'wrapped', 'https://www.muenchen.de'],
    [`( ${digital} )`, 'wrapped', digital],
  ] as const)('%j is %s, and the link meant is %j', (href, verdict, meant) => {
    expect(checkLink(href)).toBe(verdict);
    expect(meantLink(href)).toBe(meant);
    expect(checkLink(meant)).toBe('ok');
  });

  it.each([
    [`<${digital}>`, `Bitte die Adresse ohne die Klammern oder Anführungszeichen drumherum eintragen: ${digital}`],
    [`${digital}\u200B`, `Die Adresse enthält unsichtbare Zeichen, wie sie beim Kopieren oft mitkommen. Bitte so eintragen: ${digital}`],
    ['\u200B\u00AD', 'Das Feld enthält nur unsichtbare Zeichen, wie sie beim Kopieren oft mitkommen. Bitte das Feld leeren.'],
    ['https//www.muenchen.de', 'Nach „http“ oder „https“ fehlt der Doppelpunkt. Bitte so eintragen: https://www.muenchen.de'],
    ['team@muenchen.de', 'Für eine E-Mail-Adresse bitte „mailto:“ voranstellen: mailto:team@muenchen.de'],
    [safeLink, `Das ist ein Schutzlink aus Outlook: Er schickt jeden Klick über einen Dienst von Microsoft. Bitte die eigentliche Adresse eintragen: ${digital}`],
  ])('%j is a problem whose German message offers the link meant', (href, message) => {
    const document = createExampleDocument();
    document.sources.items[0]!.href = href;
    const result = validateDocument(document, 'de');
    expect(result.ok ? [] : result.problems).toEqual([{ path: 'sources.items[0].href', message }]);
  });

  it('never offers an address that is unsafe, or that still has a problem of its own', () => {
    const piece = fc.constantFrom('https://', 'https//', 'http:', 'www.', 'muenchen.de', '/seite', '@', 'team', 'mailto:', 'javascript:', '\u200B', '\u00AD', ' ', '\t', '<', '>', '(', ')', '„', '“', '"', '?url=', 'https://eur01.safelinks.protection.outlook.com/?url=', '%3A%2F%2F', "'", '«', '»', '[', ']', '//', ':', '8443', '\u00a0');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join('')), (href) => {
        const verdict = checkLink(href);
        if (verdict === 'unsafe' || verdict === 'empty') return;
        const meant = meantLink(href);
        expect(meant === '' || checkLink(meant) === 'ok', `${JSON.stringify(href)} → ${JSON.stringify(meant)} (${checkLink(meant)})`).toBe(true);
      }),
      { numRuns: 5000 },
    );
  });

  it('is imported with its problem, for the person to put right in the form (the file is not refused)', () => {
    const document = createExampleDocument();
    document.channels.items[0]!.href = `<${digital}>`;
    const result = importDocument(exportDocument(document), 'en');
    expect(result.ok && result.problems.map(({ path, message }) => ({ path, message }))).toEqual([
      { path: 'channels.items[0].href', message: `Please enter the address without the brackets or quotation marks around it: ${digital}` },
    ]);
  });

  it('an e-mail address as a logo is not an image, whatever is put in front of it', () => {
    const document = createExampleDocument();
    document.organisation.logo = { src: 'team@muenchen.de', alt: '' };
    const result = validateDocument(document, 'en');
    expect(result.ok ? [] : result.problems.map(({ path }) => path)).toEqual(['organisation.logo.src']);
    expect(result.ok ? '' : result.problems[0]!.message).toMatch(/^Please give an image/);
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
    // A link that is no image: an e-mail address or a phone number.
    expect(isSafeImageSource('mailto:team@example.org')).toBe(false);
    expect(isSafeImageSource('TEL:+498912345')).toBe(false);
    expect(isSafeImageSource('https://example.org/logo.png')).toBe(true);
  });
});
