import { msg } from '@lit/localize';
import type { StrategyDocument } from '@muenchen-digital/content';
import type { PreviewApi } from '../preview/preview-main.js';
import { SiteFileUnavailable } from './site-file-unavailable.js';

/**
 * The strategy page as static HTML: rendered by the kit's components in a hidden preview frame (the
 * same page the editor's preview shows), then serialised with each component's shadow root as
 * declarative shadow DOM (`<template shadowrootmode="open">`), so it shows before — and without —
 * any script.
 *
 * Lit keeps a component's styles in `adoptedStyleSheets`, which serialisation leaves out: each
 * template gets them back as a `<style>` of its own (no script, so no sharing between shadow roots;
 * the same text repeats and compresses well). Identical style texts are reported once, so the
 * site's Content Security Policy can allow them by hash.
 */
export interface PrerenderedPage {
  /** The page's body content: the strategy page with its declarative shadow roots. */
  body: string;
  /** Every distinct inline style text the body holds. */
  styles: string[];
}

const elementNode = 1;

/** How long the hidden preview may take to load and say it is ready before publishing gives up. */
const previewPatience = 20_000;

/** `promise`, or a rejection naming `what` once `patience` has passed: a page that never answers fails instead of hanging. */
function withinPatience<T>(promise: Promise<T>, what: string, patience = previewPatience): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new SiteFileUnavailable(`${what} did not answer within ${patience / 1000} s`)), patience);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

export async function prerenderStrategyPage(strategy: StrategyDocument, previewUrl = new URL('preview.html?view=page', document.baseURI).href): Promise<PrerenderedPage> {
  const frame = document.createElement('iframe');
  // Out of sight and out of reach: no focus, not in the accessibility tree.
  frame.hidden = true;
  frame.inert = true;
  frame.setAttribute('aria-hidden', 'true');
  frame.tabIndex = -1;
  frame.title = msg('Website zum Veröffentlichen');
  frame.src = previewUrl;
  const loaded = new Promise<void>((resolve, reject) => {
    frame.addEventListener('load', () => resolve(), { once: true });
    frame.addEventListener('error', () => reject(new SiteFileUnavailable('The preview page did not load')), { once: true });
  });
  document.body.append(frame);
  try {
    await withinPatience(loaded, 'The preview page');
    const preview = await withinPatience(previewOf(frame), "The preview page's script");
    preview.show(strategy);
    const frameDocument = frame.contentDocument!;
    const root = frameDocument.getElementById('preview-root');
    if (!root) throw new Error('The preview page has no #preview-root');
    await settle(root);
    return serialise(root);
  } finally {
    frame.remove();
  }
}

async function previewOf(frame: HTMLIFrameElement): Promise<PreviewApi> {
  const frameWindow = frame.contentWindow!;
  if (frameWindow.mdkPreview) return frameWindow.mdkPreview;
  await new Promise((resolve) => frameWindow.addEventListener('mdk-preview-ready', resolve, { once: true }));
  return frameWindow.mdkPreview!;
}

/** Waits until every Lit element under `root`, shadow roots included, has finished rendering. */
async function settle(root: ParentNode): Promise<void> {
  for (let round = 0; round < 5; round += 1) {
    const pending = [...root.querySelectorAll('*')].flatMap((element) => {
      const update = (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
      return [...(update ? [update] : []), ...(element.shadowRoot ? [settle(element.shadowRoot)] : [])];
    });
    if (pending.length === 0) return;
    await Promise.all(pending);
  }
}

const sheetTexts = new WeakMap<CSSStyleSheet, string>();

function textOf(sheet: CSSStyleSheet): string {
  let text = sheetTexts.get(sheet);
  if (text === undefined) {
    text = [...sheet.cssRules].map((rule) => rule.cssText).join('\n');
    sheetTexts.set(sheet, text);
  }
  return text;
}

/**
 * The shadow roots `getHTML` serialises, in the order their templates appear in its output: a
 * host's shadow root comes before the host's own children.
 */
function serialisableShadowRoots(node: Node, found: ShadowRoot[] = []): ShadowRoot[] {
  for (const child of node.childNodes) {
    if (child.nodeType !== elementNode) continue;
    const element = child as Element;
    if (element.shadowRoot?.serializable) {
      found.push(element.shadowRoot);
      serialisableShadowRoots(element.shadowRoot, found);
    }
    serialisableShadowRoots(element.localName === 'template' ? (element as HTMLTemplateElement).content : element, found);
  }
  return found;
}

const declarativeShadowRoot = /<template shadowrootmode="(?:open|closed)"[^>]*>/g;
// Lit's part markers mean nothing without Lit: empty comments and `<!--?lit$123$-->`.
const litMarkers = /<!--(?:\?lit\$\d+\$)?-->/g;

function serialise(root: HTMLElement): PrerenderedPage {
  const shadowRoots = serialisableShadowRoots(root);
  const styles = new Set<string>();
  const stylesOfRoots = shadowRoots.map((shadowRoot) => {
    // A root adopts shared sheets (focus ring, card) and its own; each text once.
    const text = [...new Set(shadowRoot.adoptedStyleSheets.map(textOf))].filter((part) => part !== '').join('\n');
    if (text === '') return '';
    // The CSS comes from the kit, not from content; still, nothing in it may end the element early.
    const css = text.replaceAll('</style', '<\\/style');
    styles.add(css);
    return `<style>${css}</style>`;
  });
  let index = 0;
  const body = root
    .getHTML({ serializableShadowRoots: true })
    .replace(declarativeShadowRoot, (template) => `${template}${stylesOfRoots[index++] ?? ''}`)
    .replace(litMarkers, '');
  if (index !== shadowRoots.length) throw new Error(`Serialised ${index} shadow roots, expected ${shadowRoots.length}`);
  return { body, styles: [...styles] };
}
