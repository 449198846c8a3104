/**
 * A part of the site did not arrive: a file the server refused or did not send, or the hidden
 * preview page that never answered. Trying again later can help — unlike a fault in what the app
 * was given to build from (a theme without a font licence, say), which publishing reports as such.
 */
export class SiteFileUnavailable extends Error {
  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'SiteFileUnavailable';
  }
}
