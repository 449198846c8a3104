/** SHA-256 of a text or of bytes, for the names of the site's files and for its security policy. */
export async function sha256Digest(content: string | Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', typeof content === 'string' ? new TextEncoder().encode(content) : content));
}

/** The first 10 hex digits of a digest: enough to tell a site's few versions of a file apart. */
export const hexPrefix = (digest: Uint8Array) => [...digest.slice(0, 5)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
