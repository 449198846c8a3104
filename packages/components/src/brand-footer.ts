/** Registers `<mdk-brand-footer>` and exports its class. */
export * from './brand-footer/brand-footer.js';
