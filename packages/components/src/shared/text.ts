/** A text property, trimmed, never throwing: Lit sets a string property to `null` when its attribute is removed, and script may set anything. */
export function textOf(value: unknown): string {
  return value == null ? '' : String(value).trim();
}
