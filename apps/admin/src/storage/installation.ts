/**
 * The names this installation keeps its data under in the browser (database, editing lease, kept
 * edits, the channel its tabs talk on). A browser keeps one storage per web origin, so two
 * installations under different paths of one origin — a test copy beside the live one, or two
 * cities' forks on one host — would share one document and one lease. Each path gets names of its
 * own; an installation at the origin's root keeps the names every earlier version used.
 */
const sharedPrefix = 'muenchen-digital-admin';

/** "" at the origin's root, else ":/path" (the folder the app's pages are in). */
export function installationScope(baseUrl: string = document.baseURI): string {
  const folder = new URL('.', baseUrl).pathname;
  return folder === '/' ? '' : `:${folder.slice(0, -1)}`;
}

/** The name `part` of this installation's data goes by: "muenchen-digital-admin:/test/working-document". */
export function installationName(part?: string, baseUrl?: string): string {
  const name = `${sharedPrefix}${installationScope(baseUrl)}`;
  return part === undefined ? name : `${name}/${part}`;
}

/** The database every installation of an origin shared before installations had names of their own. */
export const sharedDatabaseName = sharedPrefix;
