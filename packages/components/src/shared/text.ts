/**
 * A text property, trimmed, never throwing: Lit sets a string property to `null` when its attribute
 * is removed, and script may set anything — only strings, numbers and booleans count as text.
 */
export function textOf(value: unknown): string {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}
