import { msg, str } from '@lit/localize';
import { logoTypesByExtension } from '../io/images.js';
import { logoFilePrefix } from './logo-file.js';

/**
 * The text file that travels in the site's ZIP for whoever puts it online, in the interface's
 * language — first the `placeholders` left in it (the places of example.org addresses), if any, and
 * the media type of each kind of file among `siteFiles` (the site's paths). The
 * site works only as it was built (relative addresses, a security policy that admits
 * exactly the styles it was published with), which is not what a web server or a content management
 * system assumes: the notes name what the server must do (file types, a folder address that
 * redirects to its slash, no site-wide policy of its own on top, revalidation after an update).
 */
export function uploadNotes(placeholders: readonly string[] = [], siteFiles: readonly string[] = []): { fileName: string; text: string } {
  const paragraphs = [
    // Whoever uploads may not be who edited: what the question before publishing said, they hear too.
    ...(placeholders.length === 0
      ? []
      : [
          msg('Vorher prüfen: Diese Links und E-Mail-Adressen führen noch auf Beispieladressen wie example.org, die keine Seite und kein Postfach der Stadt erreichen. Lassen Sie sie in der Anwendung durch die eigenen ersetzen und veröffentlichen Sie neu:'),
          placeholders.map((place) => `- ${place}`).join('\n'),
        ]),
    msg('Diese Website zeigt die Strategie als eine Seite, ohne JavaScript. So stellen Sie sie online:'),
    msg('1. Entpacken Sie die ZIP-Datei in einen leeren Ordner und laden Sie index.html und den Ordner assets auf den Webserver, wie sie sind. Diese Datei (LIESMICH.txt) gehört nicht dazu.'),
    msg('2. Verlinken Sie den Ordner mit einem Schrägstrich am Ende (…/strategie/) oder die Datei index.html selbst: Die Seite findet ihre Stile, Schriften und Bilder relativ zu sich. Stellen Sie sicher, dass die Adresse ohne Schrägstrich (…/strategie) auf die mit Schrägstrich weiterleitet, wie es Webserver meist tun. Sonst sucht der Browser die Dateien eine Ebene höher, und die Seite wird ohne ihre Gestaltung und Schriften angezeigt.'),
    msg('3. Ändern Sie index.html nicht, auch nicht durch ein Redaktionssystem. Die Sicherheitsrichtlinie der Seite (Content-Security-Policy) lässt nur die Stile zu, mit denen sie veröffentlicht wurde, und keine Skripte, etwa für Statistiken oder Cookie-Hinweise.'),
    msg(str`4. Der Server muss diese Dateitypen ausliefern (manche Server, etwa ältere IIS-Versionen, liefern unbekannte gar nicht aus): ${mediaTypesOf(siteFiles)}. Skripte gibt es keine.`),
    msg('5. Sendet der Server für die ganze Website eine Content-Security-Policy mit default-src oder style-src, nehmen Sie diesen Ordner davon aus: Sie gälte zusätzlich zur Richtlinie der Seite und sperrte deren Stile. Übernehmen Sie die Richtlinie aus index.html nicht in den Server; sie ändert sich mit jeder Veröffentlichung. Senden darf der Server „Content-Security-Policy: frame-ancestors \'self\'“, das nur das Einbetten in fremde Seiten regelt, und „X-Content-Type-Options: nosniff“.'),
    [
      msg('6. Damit Besucher nach einer neuen Fassung nicht die alte sehen, sollte der Server für .html „Cache-Control: no-cache“ senden: Der Browser fragt dann jedes Mal nach, ob sich die Seite geändert hat.'),
      siteFiles.some((file) => file.startsWith(logoFilePrefix))
        ? msg('Stylesheets, Schriften und das Logo (assets/logo-…) tragen eine Prüfsumme ihres Inhalts im Namen (etwa site-3f9a0c12b4.css) und dürfen – nur diese – lange im Cache bleiben.')
        : msg('Stylesheets und Schriften tragen eine Prüfsumme ihres Inhalts im Namen (etwa site-3f9a0c12b4.css) und dürfen – nur diese – lange im Cache bleiben.'),
    ].join(' '),
    msg('Für eine neue Fassung veröffentlichen Sie in der Anwendung erneut, laden alle Dateien hoch und löschen danach die Stylesheets und Logos in assets, die index.html nicht mehr nennt. Die Schriften in assets/fonts stehen jeweils unter der Lizenz, deren Text daneben liegt (Name der Schrift, dann -LICENSE.txt).'),
  ];
  return { fileName: msg('LIESMICH.txt'), text: `${paragraphs.join('\n\n')}\n` };
}

/** The media type a web server must send for each kind of file the site has. */
const mediaTypes: Readonly<Record<string, string>> = {
  html: 'text/html',
  css: 'text/css',
  woff2: 'font/woff2',
  txt: 'text/plain',
  ico: 'image/x-icon',
  ...logoTypesByExtension,
};

/** „.html als „text/html““, … for each file extension among `files`, in the order of `mediaTypes`. */
function mediaTypesOf(files: readonly string[]): string {
  const extensions = new Set(files.map((file) => /\.([a-z0-9]+)$/i.exec(file)?.[1]?.toLowerCase()));
  return Object.entries(mediaTypes)
    .filter(([extension]) => extensions.has(extension))
    .map(([extension, type]) => msg(str`.${extension} als „${type}“`))
    .join(', ');
}
