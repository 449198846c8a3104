import { describe, expect, it } from 'vitest';
import { uploadNotes } from './upload-notes.js';

describe('the notes for whoever puts the site online', () => {
  it('name the media type of each kind of file the site has, and of no other', () => {
    const { text } = uploadNotes([], ['index.html', 'assets/site-0123456789.css', 'assets/fonts/open-sans-latin-400-normal-abc.woff2', 'assets/fonts/open-sans-LICENSE.txt', 'assets/favicon.PNG']);
    expect(text).toContain('ausliefern (manche Server, etwa ältere IIS-Versionen, liefern unbekannte gar nicht aus): .html als „text/html“, .css als „text/css“, .woff2 als „font/woff2“, .txt als „text/plain“, .png als „image/png“. Skripte gibt es keine.');
    expect(text).not.toContain('image/svg+xml');
  });

  it('name an icon of a fork in any of the image types the app knows', () => {
    expect(uploadNotes([], ['index.html', 'assets/favicon.ico']).text).toContain('.ico als „image/x-icon“');
    expect(uploadNotes([], ['index.html', 'assets/icon.webp']).text).toContain('.webp als „image/webp“');
  });

  it('list the placeholder addresses first, when there are any', () => {
    const { text } = uploadNotes(['Link zum Impressum'], ['index.html']);
    expect(text.startsWith('Vorher prüfen:')).toBe(true);
    expect(text).toContain('\n- Link zum Impressum\n');
    expect(uploadNotes([], ['index.html']).text.startsWith('Diese Website zeigt die Strategie')).toBe(true);
  });
});
