import { importDocument, type ImportError, type Language, type StrategyDocument } from '@muenchen-digital/content';
import { exampleDocument } from '../offered-themes.js';

/**
 * The document a city's installation starts from: a file exported from this app, put beside
 * index.html under this name (in a fork: `apps/admin/public/`). It is read only while this browser
 * holds no document yet; after that the stored document is the one that counts. Without the file
 * the app starts from the example (the talk).
 */
export const startDocumentFileName = 'start-document.json';

/** How long the first start waits for the file before it opens the example. */
const patience = 10_000;

/**
 * Why the installation's start document was not used: the server did not hand it over (an error
 * status, or no answer at all), or an import would refuse the file.
 */
export type StartDocumentRefusal = { reason: 'unavailable'; status?: number } | { reason: 'refused'; error: ImportError };

export interface StartDocument {
  document: StrategyDocument;
  /** Set when there is a file that could not be used: the example is used instead, and people should hear why. */
  refusal?: StartDocumentRefusal;
}

/** Reads the start document at `url` as an import reads a file (same limits, same checks). Never throws. */
export async function loadStartDocument(url: URL, language: Language): Promise<StartDocument> {
  const example = (refusal?: StartDocumentRefusal): StartDocument =>
    refusal ? { document: exampleDocument(), refusal } : { document: exampleDocument() };
  let response: Response;
  let body: ArrayBuffer;
  try {
    // `no-cache`: a city that replaces the file is heard on the next first start, not after a cache expires.
    response = await fetch(url, { cache: 'no-cache', signal: AbortSignal.timeout(patience) });
    if (response.status === 404) return example();
    if (!response.ok) return example({ reason: 'unavailable', status: response.status });
    // A host that answers every path with the app's page (a single-page fallback) has no such file.
    if (response.headers.get('content-type')?.startsWith('text/html')) return example();
    body = await response.arrayBuffer();
  } catch {
    // No answer in time, or the connection failed while the file was on its way.
    return example({ reason: 'unavailable' });
  }
  const result = importDocument(new Uint8Array(body), language);
  return result.ok ? { document: result.document } : example({ reason: 'refused', error: result.error });
}
