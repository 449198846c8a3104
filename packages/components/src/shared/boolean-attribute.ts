/**
 * Attribute converter for the kit's yes/no attributes (`no-heading`): present means yes, as in HTML,
 * except `no-heading="false"`, which means no. Vue (for a hyphenated name it has no property for)
 * and Angular's `[attr.…]` bindings write `false` as the text "false"; HTML's own rule would read
 * that as yes.
 */
export const booleanAttributeConverter = {
  fromAttribute(value: string | null): boolean {
    return value !== null && value.trim().toLowerCase() !== 'false';
  },
};
