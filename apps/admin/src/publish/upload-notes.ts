import { msg } from '@lit/localize';

/**
 * The text file that travels in the site's ZIP for whoever puts it online, in the interface's
 * language — first the `placeholders` left in it (the places of example.org addresses), if any. The
 * site works only as it was built (relative addresses, a security policy that admits
 * exactly the styles it was published with), which is not what a web server or a content management
 * system assumes.
 */
export function uploadNotes(placeholders: readonly string[] = []): { fileName: string; text: string } {
  const paragraphs = [
    // Whoever uploads may not be who edited: what the question before publishing said, they hear too.
    ...(placeholders.length === 0
      ? []
      : [
          msg('Vorher prüfen: Diese Links und E-Mail-Adressen führen noch auf Beispieladressen wie example.org, die keine Seite und kein Postfach der Stadt erreichen. Lassen Sie sie in der Anwendung durch die eigenen ersetzen und veröffentlichen Sie neu:'),
          placeholders.map((place) => `- ${place}`).join('\n'),
        ]),
    msg('Diese Website zeigt die Strategie als eine Seite, ohne JavaScript. So stellen Sie sie online:'),
    msg('1. Entpacken Sie die ZIP-Datei und laden Sie alle Dateien daraus auf den Webserver, wie sie sind: index.html und den Ordner assets.'),
    msg('2. Verlinken Sie den Ordner mit einem Schrägstrich am Ende (…/strategie/) oder die Datei index.html selbst: Die Seite findet ihre Stile, Schriften und Bilder relativ zu sich.'),
    msg('3. Ändern Sie index.html nicht, auch nicht durch ein Redaktionssystem. Die Sicherheitsrichtlinie der Seite (Content-Security-Policy) lässt nur die Stile zu, mit denen sie veröffentlicht wurde, und keine Skripte, etwa für Statistiken oder Cookie-Hinweise.'),
    msg('4. Wer den Server betreut, kann zusätzlich diese Kopfzeilen senden: „X-Content-Type-Options: nosniff“ und „Content-Security-Policy: frame-ancestors \'self\'“; Schriften (.woff2) als „font/woff2“.'),
    msg('Für eine neue Fassung veröffentlichen Sie in der Anwendung erneut und ersetzen alle Dateien. Die Schriften in assets/fonts stehen jeweils unter der Lizenz, deren Text daneben liegt (Name der Schrift, dann -LICENSE.txt).'),
  ];
  return { fileName: msg('LIESMICH.txt'), text: `${paragraphs.join('\n\n')}\n` };
}
