import { describe, expect, it } from 'vitest';
import { safeUrl } from './safe-url.js';

describe('safeUrl', () => {
  it.each(['https://muenchen.digital/', 'http://example.org', 'mailto:digital@example.org', 'tel:+498923300', '/relativ/pfad', 'seite.html', '#source-2', '?q=1'])(
    'keeps %s',
    (url) => {
      expect(safeUrl(url)).toBe(url);
    },
  );

  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', ' java\tscript:alert(1)', 'data:text/html,<b>x</b>', 'vbscript:msgbox(1)', 'file:///etc/passwd', '', '   '])(
    'drops %j',
    (url) => {
      expect(safeUrl(url)).toBeUndefined();
    },
  );
});
