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

/** "open-sans-latin-400-normal-Bk63H6sG.woff2" → "open-sans": the family a font file belongs to. */
export function fontFamilyOf(fileName: string): string {
  return fileName.replace(/-(?:latin|latin-ext|cyrillic|greek|vietnamese)-.*$/, '');
}

/** The licence file's URL for a family, or undefined when the tokens package has none. */
export function licenceUrlOf(family: string): string | undefined {
  const entry = Object.entries(licenceUrls).find(([path]) => path.endsWith(`/${family}-LICENSE.txt`));
  return entry?.[1];
}
