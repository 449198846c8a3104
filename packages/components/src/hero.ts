/** Registers `<mdk-hero>` and exports its class, and the date formatting it shares with `<mdk-publication>`. */
export * from './hero/hero.js';
export { formatIsoDate, type FormattedDate } from './hero/format-date.js';
