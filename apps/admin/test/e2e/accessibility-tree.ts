import type { CDPSession, Page } from 'playwright-core';

/**
 * What Chromium computes for assistive technology, asked over the DevTools
 * protocol rather than re-implemented in JavaScript: each element's role, accessible name and
 * description, and states such as `invalid` or `modal` — after the browser has resolved every
 * `for`, `aria-describedby` and `aria-labelledby`, and left out what is hidden or inert.
 */
export interface AxNode {
  role: string;
  name: string;
  description: string;
  /** false when the browser leaves the element out of the tree (hidden, inert, presentational). */
  included: boolean;
  /** `invalid`, `modal`, `focusable`, `disabled`, `live`, `level`, … as Chromium reports them. */
  properties: Record<string, unknown>;
}

interface RawAxNode {
  ignored: boolean;
  role?: { value?: unknown };
  name?: { value?: unknown };
  description?: { value?: unknown };
  properties?: { name: string; value: { value?: unknown } }[];
  backendDOMNodeId?: number;
}

const summary = (node: RawAxNode | undefined): AxNode => ({
  role: String(node?.role?.value ?? ''),
  name: String(node?.name?.value ?? ''),
  description: String(node?.description?.value ?? ''),
  included: node !== undefined && !node.ignored,
  properties: Object.fromEntries((node?.properties ?? []).map((property) => [property.name, property.value.value])),
});

async function withSession<T>(page: Page, use: (cdp: CDPSession) => Promise<T>): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    return await use(cdp);
  } finally {
    await cdp.detach();
  }
}

/**
 * The accessibility node of each element that `selector` matches in the page's main document, in
 * document order (the same order as `document.querySelectorAll(selector)` in the page).
 */
export async function axNodesOf(page: Page, selector: string): Promise<AxNode[]> {
  return withSession(page, async (cdp) => {
    const { result } = await cdp.send('Runtime.evaluate', { expression: `[...document.querySelectorAll(${JSON.stringify(selector)})]` });
    if (!result.objectId) return [];
    const { result: entries } = await cdp.send('Runtime.getProperties', { objectId: result.objectId, ownProperties: true });
    const elements = entries
      .filter((entry) => /^\d+$/.test(entry.name) && entry.value?.objectId)
      .sort((a, b) => Number(a.name) - Number(b.name))
      .map((entry) => entry.value!.objectId!);
    const nodes: AxNode[] = [];
    for (const objectId of elements) {
      const { nodes: partial } = await cdp.send('Accessibility.getPartialAXTree', { objectId, fetchRelatives: false });
      nodes.push(summary(partial[0] as RawAxNode | undefined));
    }
    await cdp.send('Runtime.releaseObject', { objectId: result.objectId });
    return nodes;
  });
}

/** The accessibility node of the one element `selector` matches. */
export async function axNodeOf(page: Page, selector: string): Promise<AxNode> {
  const nodes = await axNodesOf(page, selector);
  if (nodes.length !== 1) throw new Error(`${selector} matches ${nodes.length} elements, not one`);
  return nodes[0]!;
}

/** Every node of the main document's accessibility tree that the browser includes (what a screen reader can reach). */
export async function includedAxNodes(page: Page): Promise<AxNode[]> {
  return withSession(page, async (cdp) => {
    const { nodes } = await cdp.send('Accessibility.getFullAXTree');
    return (nodes as RawAxNode[]).filter((node) => !node.ignored).map(summary);
  });
}

/** Text as a screen reader gets it from the page: runs of white space as one space, trimmed. */
export const normalised = (text: string) => text.replace(/\s+/g, ' ').trim();
