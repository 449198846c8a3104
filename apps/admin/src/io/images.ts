/**
 * The image files a logo may be (the content model's embedded images), by file extension: the form
 * takes uploads of these types, and publishing embeds a logo the app serves itself by its extension.
 */
export const logoTypesByExtension: Readonly<Record<string, string>> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  webp: 'image/webp',
  gif: 'image/gif',
  svg: 'image/svg+xml',
};

/** The media types of those files: "image/png", "image/jpeg", … */
export const logoTypes: readonly string[] = [...new Set(Object.values(logoTypesByExtension))];

/** A file or other blob as a `data:` URL, its type included. */
export function readAsDataUrl(blob: Blob): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('read failed'));
    reader.readAsDataURL(blob);
  });
}
