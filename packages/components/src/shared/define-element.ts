/**
 * Registers a custom element once. A second registration of the same class is skipped silently
 * (a bundle loaded twice); a different class under the tag is skipped too, because
 * `customElements.define` would throw and take the rest of the page's script with it. Development
 * builds warn about the second class; production builds carry no warning code.
 *
 * Every kit element is registered here, so this is also the one place that makes their shadow
 * roots serializable: `element.getHTML({ serializableShadowRoots: true })` then includes them, and a
 * page can be prerendered as declarative shadow DOM (`<template shadowrootmode="open">`) that shows
 * its content before any script runs. Options an element sets itself (e.g. `delegatesFocus`) stay.
 * When the kit's script then loads on such a page, an element finds that shadow root already
 * attached: Lit would render beside the prerendered copy and show everything twice, so the copy is
 * emptied first (before the first render, in the same task: nothing is painted in between).
 */
export function defineElement(tagName: string, elementClass: CustomElementConstructor & { shadowRootOptions: ShadowRootInit }): void {
  const registered = customElements.get(tagName);
  if (registered === undefined) {
    elementClass.shadowRootOptions = { ...elementClass.shadowRootOptions, serializable: true };
    // Lit's createRenderRoot is protected: reached through the prototype, as Lit's own mixins do.
    const prototype = elementClass.prototype as { createRenderRoot(this: HTMLElement): Element | ShadowRoot };
    const { createRenderRoot } = prototype;
    prototype.createRenderRoot = function () {
      // Not where Lit's own hydration is loaded (a page rendered with Lit SSR): it needs that content.
      if (!('litElementHydrateSupport' in globalThis)) this.shadowRoot?.replaceChildren();
      return createRenderRoot.call(this);
    };
    customElements.define(tagName, elementClass);
    return;
  }
  if (__MDK_DEV__ && registered !== elementClass) {
    console.warn(`<${tagName}> is defined twice: two versions of @muenchen-digital/components? The first stays.`);
  }
}
