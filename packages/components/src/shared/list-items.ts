/**
 * Gives each element assigned to a list's slot the `listitem` role, so that a shadow `role="list"`
 * and its light-DOM children form one list ("Liste, 7 Einträge"). An element that already has a
 * role keeps it. Call it from the slot's `slotchange`.
 */
export function markAssignedAsListItems(slot: HTMLSlotElement): void {
  for (const element of slot.assignedElements()) {
    if (!element.hasAttribute('role')) element.setAttribute('role', 'listitem');
  }
}
