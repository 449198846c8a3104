/**
 * Gives each element assigned to a list's slot the `listitem` role, so that a shadow `role="list"`
 * and its light-DOM children form one list ("Liste, 7 Einträge"). An element that already has a
 * role keeps it. Call it from the slot's `slotchange`. Returns whether the list has any entry.
 */
export function markAssignedAsListItems(slot: HTMLSlotElement): boolean {
  const elements = slot.assignedElements();
  for (const element of elements) {
    if (!element.hasAttribute('role')) element.setAttribute('role', 'listitem');
  }
  return elements.length > 0;
}
