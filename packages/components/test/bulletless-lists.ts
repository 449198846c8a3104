// Kept apart from accessibility.ts (which needs Vitest's browser API): Storybook's preview runs this
// after every story, in the story tests and in Storybook itself.

/**
 * Lists in `root` (shadow roots below included) that are drawn without markers (`list-style-type: none`)
 * but lack an explicit `role="list"`: Safari and VoiceOver no longer announce those as lists. Each is
 * given as its tag, `<ul part="list"></ul>`, for a readable failure.
 */
export function bulletlessListsWithoutRole(root: ParentNode): string[] {
  const found: string[] = [];
  for (const element of root.querySelectorAll('*')) {
    const isList = element.localName === 'ul' || element.localName === 'ol';
    if (isList && getComputedStyle(element).listStyleType === 'none' && element.getAttribute('role') !== 'list') {
      found.push((element.cloneNode(false) as Element).outerHTML);
    }
    if (element.shadowRoot) found.push(...bulletlessListsWithoutRole(element.shadowRoot));
  }
  return found;
}
