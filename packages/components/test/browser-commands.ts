// Runs in Node, next to the browser: asks Chromium over CDP what it computed for assistive technology.
import type { BrowserCommand } from 'vitest/node';
import type { AccessibilityNode } from './accessibility-node.js';

interface CdpFrameTree {
  frame: { id: string; url: string };
  childFrames?: CdpFrameTree[];
}

interface CdpDomNode {
  backendNodeId: number;
  attributes?: string[];
  children?: CdpDomNode[];
  shadowRoots?: CdpDomNode[];
  contentDocument?: CdpDomNode;
}

interface CdpAxNode {
  nodeId: string;
  ignored: boolean;
  role?: { value: string };
  name?: { value: string };
  properties?: { name: string; value: { value: unknown } }[];
  childIds?: string[];
  backendDOMNodeId?: number;
}

function findFrameId(tree: CdpFrameTree, url: string): string | undefined {
  if (tree.frame.url === url) return tree.frame.id;
  for (const child of tree.childFrames ?? []) {
    const id = findFrameId(child, url);
    if (id !== undefined) return id;
  }
  return undefined;
}

function findProbe(node: CdpDomNode, probe: string): number | undefined {
  const attributes = node.attributes ?? [];
  for (let index = 0; index < attributes.length; index += 2) {
    if (attributes[index] === 'data-ax-probe' && attributes[index + 1] === probe) return node.backendNodeId;
  }
  for (const child of [...(node.shadowRoots ?? []), ...(node.children ?? []), ...(node.contentDocument ? [node.contentDocument] : [])]) {
    const found = findProbe(child, probe);
    if (found !== undefined) return found;
  }
  return undefined;
}

/** Keeps what assistive technology gets: ignored nodes vanish, their children move up to the parent. */
function toAccessibilityNodes(byId: Map<string, CdpAxNode>, node: CdpAxNode): AccessibilityNode[] {
  const children = (node.childIds ?? []).flatMap((id) => {
    const child = byId.get(id);
    return child ? toAccessibilityNodes(byId, child) : [];
  });
  const role = node.role?.value ?? '';
  if (node.ignored || role === 'InlineTextBox' || role === 'none') return children;
  const properties = Object.fromEntries((node.properties ?? []).map((property) => [property.name, property.value.value]));
  return [{ role, name: node.name?.value ?? '', properties, children }];
}

/**
 * The accessibility subtree Chromium computed for the element marked `data-ax-probe="<probe>"`:
 * roles and names as a screen reader receives them, aria-hidden content absent, shadow DOM included.
 */
export const readAccessibilityTree: BrowserCommand<[probe: string]> = async (context, probe) => {
  if (context.provider.name !== 'playwright') throw new Error('readAccessibilityTree needs the playwright provider');
  const page = context.page;
  const frame = await context.frame();
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = (await cdp.send('Page.getFrameTree')) as { frameTree: CdpFrameTree };
    const frameId = findFrameId(frameTree, frame.url());
    if (frameId === undefined) throw new Error(`No frame with the test's URL ${frame.url()}`);
    const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: CdpDomNode };
    const backendNodeId = findProbe(root, probe);
    if (backendNodeId === undefined) throw new Error(`No element with data-ax-probe="${probe}"`);
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree', { frameId })) as { nodes: CdpAxNode[] };
    const byId = new Map(nodes.map((node) => [node.nodeId, node]));
    const start = nodes.find((node) => node.backendDOMNodeId === backendNodeId);
    if (start === undefined) throw new Error('Chromium computed no accessibility node for the probe');
    // The probed element itself stays the root, even when it has no role of its own (a generic host).
    const children = (start.childIds ?? []).flatMap((id) => {
      const child = byId.get(id);
      return child ? toAccessibilityNodes(byId, child) : [];
    });
    const tree: AccessibilityNode = { role: start.role?.value ?? '', name: start.name?.value ?? '', properties: {}, children };
    return tree;
  } finally {
    await cdp.detach();
  }
};

/** Emulates the user's colour preferences for the test's page, as Chromium would report them. */
export const emulateMedia: BrowserCommand<[media: { colorScheme: 'light' | 'dark'; contrast: 'no-preference' | 'more' }]> = async (
  context,
  media,
) => {
  if (context.provider.name !== 'playwright') throw new Error('emulateMedia needs the playwright provider');
  await context.page.emulateMedia(media);
};
