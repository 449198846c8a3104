/**
 * Attribute converter for the kit's number attributes (`value`, `heading-level`). Never throws: a
 * blank or missing attribute is "not set" (`undefined`, so an element's default applies), anything
 * `Number()` rejects is `NaN`, which the element then treats as a bad value. Lit's own `type: Number`
 * would read a blank attribute as 0, a value the element would take for a request.
 */
export const numberAttributeConverter = {
  fromAttribute(value: string | null): number | undefined {
    return value?.trim() ? Number(value) : undefined;
  },
};
