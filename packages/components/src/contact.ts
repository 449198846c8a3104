/** Registers `<mdk-contact>` and exports its class. */
export * from './contact/contact.js';
