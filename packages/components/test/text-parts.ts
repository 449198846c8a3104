// The elements of a component that hold text, for checks of how its text wraps.

/**
 * Every element in `host`'s shadow tree — and in the shadow trees of elements inside it — that holds
 * visible text of its own (a non-blank text node as a child), in document order.
 */
export function textParts(host: Element): Element[] {
  const found: Element[] = [];
  const visit = (root: ParentNode) => {
    for (const element of root.querySelectorAll('*')) {
      const ownText = [...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '');
      if (ownText && element.checkVisibility()) found.push(element);
      if (element.shadowRoot) visit(element.shadowRoot);
    }
  };
  visit(host.shadowRoot!);
  return found;
}

/** A short name for an element in a failure message: `h2.heading[part=heading]`. */
export function describeElement(element: Element): string {
  const part = element.getAttribute('part');
  return `${element.localName}${element.classList.length > 0 ? `.${[...element.classList].join('.')}` : ''}${part ? `[part=${part}]` : ''}`;
}

/** The text parts of `host` whose computed `hyphens` is not `auto`, each with what it is. */
export function textPartsWithoutHyphens(host: Element): string[] {
  return textParts(host)
    .filter((element) => getComputedStyle(element).hyphens !== 'auto')
    .map((element) => `${describeElement(element)}: ${getComputedStyle(element).hyphens}`);
}
