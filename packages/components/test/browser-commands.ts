// Runs in Node, next to the browser: asks Chromium over CDP what it computed for assistive technology.
import type { BrowserCommand } from 'vitest/node';
import type { AccessibilityNode, MediaEmulation } from './accessibility-node.js';

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

/** A frame's URL without its fragment: CDP's frame tree leaves the `#hash` out, Playwright's frame keeps it. */
const withoutFragment = (url: string) => url.split('#')[0];

function findFrameId(tree: CdpFrameTree, url: string): string | undefined {
  if (withoutFragment(tree.frame.url) === withoutFragment(url)) return tree.frame.id;
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

/** Emulates print or screen and the user's preferences (colours, contrast, motion, forced colours) for the test's page. */
export const emulateMedia: BrowserCommand<[media: MediaEmulation]> = async (context, media) => {
  if (context.provider.name !== 'playwright') throw new Error('emulateMedia needs the playwright provider');
  await context.page.emulateMedia(media);
};

/** A page to print: its body's markup, the stylesheets and module scripts it loads (URLs of the test server), its language. */
export interface PrintablePage {
  body: string;
  stylesheets: string[];
  modules: string[];
  lang: string;
  /** Globals set before the modules run: Vitest's browser mode sets `define` constants (`__MDK_DEV__`) as globals, not in the source. */
  globals?: Record<string, string | number | boolean>;
}

/**
 * Prints a page to PDF (A4, as Chromium prints) and counts its pages. The test's own page cannot be
 * printed: it is an iframe of Vitest's, and an iframe is never split into pages. So a second tab of the
 * same browser opens a page of the test server's origin — its modules are the components' sources,
 * served and compiled as for the tests — and prints that. Pages are the PDF's `/Type /Page` objects.
 */
export const printToPdf: BrowserCommand<[page: PrintablePage]> = async (context, { body, stylesheets, modules, lang, globals = {} }) => {
  if (context.provider.name !== 'playwright') throw new Error('printToPdf needs the playwright provider');
  const frame = await context.frame();
  const url = new URL('/__mdk-print__.html', frame.url()).href;
  const printPage = await context.page.context().newPage();
  // A module that fails would print the bare markup: fail the test instead.
  const errors: Error[] = [];
  printPage.on('pageerror', (error) => errors.push(error));
  try {
    const head = [
      '<meta charset="utf-8">',
      `<script>Object.assign(globalThis, ${JSON.stringify(globals).replaceAll('<', '\\u003c')})</script>`,
      ...stylesheets.map((href) => `<link rel="stylesheet" href="${href}">`),
      ...modules.map((src) => `<script type="module" src="${src}"></script>`),
    ].join('');
    await printPage.route(url, (route) =>
      route.fulfill({ contentType: 'text/html', body: `<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>` }),
    );
    await printPage.goto(url, { waitUntil: 'load' });
    // Module scripts have run by `load`; wait for Lit's first renders and the fonts.
    await printPage.evaluate(async () => {
      await document.fonts.ready;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    });
    if (errors.length > 0) throw new Error(`The page to print failed: ${errors.map(String).join('; ')}`);
    const pdf = await printPage.pdf({ format: 'A4' });
    return { pages: pdf.toString('latin1').match(/\/Type\s*\/Page(?![A-Za-z])/g)?.length ?? 0 };
  } finally {
    await printPage.close();
  }
};
