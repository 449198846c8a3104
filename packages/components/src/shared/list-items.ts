/** Each list slot's elements at its last change. */
const assignedBefore = new WeakMap<HTMLSlotElement, Element[]>();

/**
 * Gives each element assigned to a list's slot the `listitem` role, so that a shadow `role="list"`
 * and its light-DOM children form one list ("Liste, 7 Einträge"). An element that already has a
 * role of its own keeps it while in the list. An element that leaves the list loses a `listitem`
 * role, whoever gave it — outside a list that role is always wrong (a tile moved into a `<div>` would
 * stay a list item) —, unless it went straight into another such list. Call it from the slot's
 * `slotchange`. Returns whether the list has any entry.
 */
export function markAssignedAsListItems(slot: HTMLSlotElement): boolean {
  const elements = slot.assignedElements();
  for (const element of assignedBefore.get(slot) ?? []) {
    const inAList = element.assignedSlot && assignedBefore.has(element.assignedSlot);
    if (!inAList && element.getAttribute('role') === 'listitem') element.removeAttribute('role');
  }
  for (const element of elements) {
    if (!element.hasAttribute('role')) element.setAttribute('role', 'listitem');
  }
  assignedBefore.set(slot, elements);
  return elements.length > 0;
}
