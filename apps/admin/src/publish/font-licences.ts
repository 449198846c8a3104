/**
 * The licences of the fonts a published site carries. The tokens package ships each family's
 * licence beside its files (`<family>-LICENSE.txt`); the SIL Open Font License asks that it travel
 * with every copy of the fonts, so the site's `assets/fonts/` holds it too.
 */
const licenceUrls = import.meta.glob<string>('../../node_modules/@muenchen-digital/tokens/dist/fonts/*-LICENSE.txt', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** The font families the tokens package ships a licence for: "open-sans", "roboto-condensed", … */
const licensedFamilies = Object.keys(licenceUrls).map((path) => path.slice(path.lastIndexOf('/') + 1, -'-LICENSE.txt'.length));

/**
 * "open-sans-latin-400-normal-Bk63H6sG.woff2" → "open-sans": the family a font file belongs to — the
 * longest licensed family its name begins with, whatever subset follows (fontsource also has hebrew,
 * math, symbols, …). A file of no licensed family gives its name up to the subset, for the message.
 */
export function fontFamilyOf(fileName: string, families: readonly string[] = licensedFamilies): string {
  const licensed = families.filter((family) => fileName.startsWith(`${family}-`)).sort((a, b) => b.length - a.length)[0];
  return licensed ?? fileName.replace(/-[a-z]+(?:-ext)?-\d{3}-.*$/, '');
}

/** The licence file's URL for a family, or undefined when the tokens package has none. */
export function licenceUrlOf(family: string): string | undefined {
  const entry = Object.entries(licenceUrls).find(([path]) => path.endsWith(`/${family}-LICENSE.txt`));
  return entry?.[1];
}
