// Types of vue-types.mjs, for the test that compares vue.d.ts with what it generates.
export function vueTypes(manifest: unknown): string;
export function vueTypesPlugin(options: { fileName: string }): { name: string; packageLinkPhase(context: { customElementsManifest: unknown }): void };
