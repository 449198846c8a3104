// Browser-side helpers for the component tests: axe, and what Chromium gives a screen reader.
import axe from 'axe-core';
import { commands } from 'vitest/browser';
import type { AccessibilityNode } from './accessibility-node.js';
import { axeRunOptions } from './axe-config.js';

declare module 'vitest/browser' {
  interface BrowserCommands {
    readAccessibilityTree: (probe: string) => Promise<AccessibilityNode>;
    emulateMedia: (media: { colorScheme: 'light' | 'dark'; contrast: 'no-preference' | 'more' }) => Promise<void>;
  }
}

export type { AccessibilityNode };

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
