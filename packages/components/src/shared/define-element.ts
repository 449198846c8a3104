/**
 * Registers a custom element once. A second registration of the same class is skipped silently
 * (a bundle loaded twice); a different class under the tag is skipped with a warning, because
 * `customElements.define` would throw and take the rest of the page's script with it.
 */
export function defineElement(tagName: string, elementClass: CustomElementConstructor): void {
  const registered = customElements.get(tagName);
  if (registered === undefined) {
    customElements.define(tagName, elementClass);
    return;
  }
  if (registered !== elementClass) {
    console.warn(`<${tagName}> is defined twice: two versions of @muenchen-digital/components? The first stays.`);
  }
}
