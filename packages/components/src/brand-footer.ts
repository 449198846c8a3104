/** Registers `<mdk-brand-footer>` and exports its class and types. */
export * from './brand-footer/brand-footer.js';
export type { BrandFooterLink } from './brand-footer/footer-links.js';
