// Browser-side helpers for the component tests: axe, and what Chromium gives a screen reader.
import axe from 'axe-core';
import { commands, userEvent } from 'vitest/browser';
import type { AccessibilityNode, MediaEmulation } from './accessibility-node.js';
import { axeRunOptions } from './axe-config.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    readAccessibilityTree: (probe: string) => Promise<AccessibilityNode>;
    emulateMedia: (media: MediaEmulation) => Promise<void>;
  }
}

export type { AccessibilityNode, MediaEmulation };

/** Chromium's computed accessibility subtree of `element` (CDP), after its pending render. */
export async function accessibilityTreeOf(element: Element): Promise<AccessibilityNode> {
  await (element as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
  const probe = `probe-${Math.random().toString(36).slice(2)}`;
  element.setAttribute('data-ax-probe', probe);
  try {
    return await commands.readAccessibilityTree(probe);
  } finally {
    element.removeAttribute('data-ax-probe');
  }
}

/**
 * What a screen reader reads through the subtree, in order: each text node's text, and for a link
 * or button its computed name, as the separate items a screen reader announces them as.
 */
export function spokenText(node: AccessibilityNode): string {
  const parts: string[] = [];
  const visit = (current: AccessibilityNode) => {
    if (current.role === 'StaticText') parts.push(current.name);
    else if (current.role === 'link' || current.role === 'button') parts.push(current.name);
    else current.children.forEach(visit);
  };
  visit(node);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

/** Every node of the subtree with `role`, in reading order. */
export function nodesWithRole(node: AccessibilityNode, role: string): AccessibilityNode[] {
  const found: AccessibilityNode[] = [];
  const visit = (current: AccessibilityNode) => {
    if (current.role === role) found.push(current);
    current.children.forEach(visit);
  };
  visit(node);
  return found;
}

/** Runs axe with the WCAG 2.2 A/AA rules on `context` and returns the violations. */
export async function axeViolations(context: Element | Document = document): Promise<axe.Result[]> {
  const results = await axe.run(context, axeRunOptions);
  return results.violations;
}

/** A readable summary of violations, for an assertion's message. */
export function describeViolations(violations: axe.Result[]): string {
  return violations
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join('; ')})`)
    .join('\n');
}

/** The element focused now, looking through shadow roots. */
export function deepActiveElement(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * Runs `check` with the page's media emulated (forced colours, reduced motion, print, …), then turns
 * those emulations off again. A change of media can start CSS transitions (a button's colour, say); the
 * check runs once they have ended, on the styles the new media give.
 */
export async function withEmulatedMedia<T>(media: MediaEmulation, check: () => T | Promise<T>): Promise<T> {
  await commands.emulateMedia(media);
  try {
    await transitionsEnded();
    return await check();
  } finally {
    await commands.emulateMedia(Object.fromEntries(Object.keys(media).map((feature) => [feature, null])));
  }
}

/** Waits until every CSS transition running in the document, shadow roots included, has ended. */
async function transitionsEnded(): Promise<void> {
  const running = animationsIn(document).filter((animation) => animation instanceof CSSTransition);
  await Promise.all(running.map((transition) => transition.finished.catch(() => undefined)));
}

/** The animations in `root` and in every shadow root below it: `document.getAnimations()` leaves shadow trees out. */
function animationsIn(root: Document | ShadowRoot): Animation[] {
  const found = root.getAnimations();
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) found.push(...animationsIn(element.shadowRoot));
  return found;
}

/**
 * What a CSS colour — a system colour such as `Highlight`, or a token such as `var(--mdk-color-focus-ring)` —
 * computes to on this page now, as `getComputedStyle` reports colours. Under forced colours a system colour
 * gives the forced palette's value.
 */
export function computedColour(value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  // Else forced colours would replace a token's colour with the system's text colour.
  probe.style.forcedColorAdjust = 'none';
  document.body.append(probe);
  try {
    return getComputedStyle(probe).color;
  } finally {
    probe.remove();
  }
}

/**
 * Moves focus to `target` the way a keyboard user does: from a button just before the outermost host
 * of `target`, pressing Tab until `target` has focus. Throws if 20 presses do not get there.
 */
export async function focusByKeyboard(target: Element): Promise<void> {
  let host: Element = target;
  for (let root = host.getRootNode(); root instanceof ShadowRoot; root = host.getRootNode()) host = root.host;
  const start = document.createElement('button');
  start.textContent = 'Start';
  host.before(start);
  start.focus();
  try {
    for (let press = 0; press < 20 && deepActiveElement() !== target; press += 1) await userEvent.tab();
  } finally {
    start.remove();
  }
  if (deepActiveElement() !== target) throw new Error(`Tab never reached ${target.localName}; focus is on ${deepActiveElement()?.localName}`);
}

export type Side = 'top' | 'right' | 'bottom' | 'left';

/** The sides of `element` that have a border drawn (a style and a width), each with its computed colour. */
export function drawnBorders(element: Element): Partial<Record<Side, string>> {
  const style = getComputedStyle(element);
  const drawn: Partial<Record<Side, string>> = {};
  for (const side of ['top', 'right', 'bottom', 'left'] as const) {
    const lineStyle = style.getPropertyValue(`border-${side}-style`);
    if (lineStyle !== 'none' && lineStyle !== 'hidden' && parseFloat(style.getPropertyValue(`border-${side}-width`)) > 0) {
      drawn[side] = style.getPropertyValue(`border-${side}-color`);
    }
  }
  return drawn;
}

/**
 * Under emulated forced colours: the system text colour on all four sides, as `drawnBorders` reports
 * a box that keeps its edge. Throws when the emulation is off (CanvasText equal to Canvas), so a
 * check built on it cannot pass by accident.
 */
export function systemTextEdgeOnEverySide(): Record<Side, string> {
  const edge = computedColour('CanvasText');
  if (edge === computedColour('Canvas')) throw new Error('forced colours are not emulated: CanvasText equals Canvas');
  return { top: edge, right: edge, bottom: edge, left: edge };
}
