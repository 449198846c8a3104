// For the empty states: with nothing to show, an element renders nothing — no empty heading, no empty card.
import { accessibilityTreeOf } from './accessibility.js';

/**
 * What `element` still shows: the height of its box, and each node of its accessibility tree below
 * it, as `role "name"`. An element that renders nothing gives `{ height: 0, read: [] }`.
 */
export async function whatIsShown(element: Element): Promise<{ height: number; read: string[] }> {
  const read: string[] = [];
  const visit = (node: { role: string; name: string; children: typeof node[] }) => {
    for (const child of node.children) {
      read.push(`${child.role} "${child.name}"`);
      visit(child);
    }
  };
  visit(await accessibilityTreeOf(element));
  return { height: element.getBoundingClientRect().height, read };
}

/** Nothing shown, nothing read. */
export const nothingShown = { height: 0, read: [] };
