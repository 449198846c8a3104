/** Types of serve-folder.js (plain JavaScript, so that Node scripts import it as well as TypeScript). */
export declare function serveFolder(
  folder: string,
  headers?: Record<string, string>,
  options?: { hide?: string[] },
): Promise<{ url: string; close: () => Promise<void> }>;
