import { createExampleDocument, importDocument, type ImportError, type Language, type StrategyDocument } from '@muenchen-digital/content';

/**
 * The document a city's installation starts from: a file exported from this app, put beside
 * index.html under this name (in a fork: `apps/admin/public/`). It is read only while this browser
 * holds no document yet; after that the stored document is the one that counts. Without the file
 * the app starts from the example (the talk).
 */
export const startDocumentFileName = 'start-document.json';

/** Why the installation's start document was not used: the server did not hand it over, or an import would refuse it. */
export type StartDocumentRefusal = { reason: 'unavailable'; status: number } | { reason: 'refused'; error: ImportError };

export interface StartDocument {
  document: StrategyDocument;
  /** Set when the file is there but could not be used: the example is used instead, and people should hear why. */
  refusal?: StartDocumentRefusal;
}

/** Reads the start document at `url` as an import reads a file (same limits, same checks); never throws. */
export async function loadStartDocument(url: URL, language: Language): Promise<StartDocument> {
  let response: Response;
  try {
    // `no-cache`: a city that replaces the file is heard on the next first start, not after a cache expires.
    response = await fetch(url, { cache: 'no-cache' });
  } catch {
    // The request itself failed (offline, blocked): as without the file.
    return { document: createExampleDocument() };
  }
  if (response.status === 404) return { document: createExampleDocument() };
  if (!response.ok) return { document: createExampleDocument(), refusal: { reason: 'unavailable', status: response.status } };
  const result = importDocument(new Uint8Array(await response.arrayBuffer()), language);
  return result.ok
    ? { document: result.document }
    : { document: createExampleDocument(), refusal: { reason: 'refused', error: result.error } };
}
