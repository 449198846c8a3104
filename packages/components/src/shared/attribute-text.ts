import { defaultConverter, type ReactiveElement } from 'lit';

/**
 * React 19, Preact, Vue and Svelte set an element's property, not its attribute, whenever the
 * element has one. So markup copied from an HTML page into JSX or a template — `value="70"`,
 * `tags='["Klimakrise"]'` — reaches the property as the attribute's text, where the element expects
 * a number or a list. This reads such a text as the attribute would have been read, so the same
 * markup means the same in every framework.
 *
 * Call it first thing in `willUpdate`: the property then holds the read value for the rest of the
 * update and for script that reads it back, and a change made there costs no second update.
 * Text properties (no converter, no type or `String`) are left as they are.
 */
export function readAttributeTexts(element: ReactiveElement): void {
  const properties = (element.constructor as typeof ReactiveElement).elementProperties;
  const values = element as unknown as Record<PropertyKey, unknown>;
  for (const [name, { converter, type }] of properties) {
    const value = values[name];
    const read = typeof converter === 'object' ? converter.fromAttribute : type && type !== String ? defaultConverter.fromAttribute : undefined;
    if (typeof value === 'string' && read) values[name] = read(value, type);
  }
}
