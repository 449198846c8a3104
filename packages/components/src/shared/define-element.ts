/**
 * Registers a custom element once. A second registration of the same class is skipped silently
 * (a bundle loaded twice); a different class under the tag is skipped too, because
 * `customElements.define` would throw and take the rest of the page's script with it. Development
 * builds warn about the second class; production builds carry no warning code (DESIGN.md).
 *
 * Every kit element is registered here, so this is also the one place that makes their shadow
 * roots serializable: `element.getHTML({ serializableShadowRoots: true })` then includes them, and a
 * page can be prerendered as declarative shadow DOM (`<template shadowrootmode="open">`) that shows
 * its content before any script runs. Options an element sets itself (e.g. `delegatesFocus`) stay.
 */
export function defineElement(tagName: string, elementClass: CustomElementConstructor & { shadowRootOptions: ShadowRootInit }): void {
  const registered = customElements.get(tagName);
  if (registered === undefined) {
    elementClass.shadowRootOptions = { ...elementClass.shadowRootOptions, serializable: true };
    customElements.define(tagName, elementClass);
    return;
  }
  if (__MDK_DEV__ && registered !== elementClass) {
    console.warn(`<${tagName}> is defined twice: two versions of @muenchen-digital/components? The first stays.`);
  }
}
