import { describe, expect, it } from 'vitest';
import { safeUrl } from './safe-url.js';

describe('safeUrl', () => {
  it.each(['https://muenchen.digital/', 'http://example.org', 'mailto:digital@example.org', 'tel:+498923300', '/relativ/pfad', 'seite.html', '#source-2', '?q=1'])(
    'keeps %s',
    (url) => {
      expect(safeUrl(url)).toBe(url);
    },
  );

  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    ' java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0000javascript:alert(1)',
    // Unicode spaces that String.prototype.trim() removes but a naive check would not.
    '\u00a0javascript:alert(1)',
    '\ufeffjavascript:alert(1)',
    '\u2028javascript:alert(1)',
    '\u3000javascript:alert(1)',
    'data:text/html,<b>x</b>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '',
    '   ',
  ])(
    'drops %j',
    (url) => {
      expect(safeUrl(url)).toBeUndefined();
    },
  );

  it('returns exactly what it checked: an anchor given the result never runs script', () => {
    // A scheme behind a character the browser strips when it parses the address: dropped.
    expect(safeUrl('\u00a0javascript:alert(1)')).toBeUndefined();
    for (const url of [' https://muenchen.digital ', '\ufeff#quelle']) {
      const result = safeUrl(url);
      expect(result, JSON.stringify(url)).toBeDefined();
      const anchor = document.createElement('a');
      anchor.href = result!;
      expect(['https:', 'http:', 'mailto:', 'tel:']).toContain(anchor.protocol);
    }
  });
});
