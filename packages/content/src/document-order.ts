import { strategyDocumentSchema } from './schema.js';

/**
 * The order of places in a document, as its schema lists them: the fields of an object in the
 * schema's order, then fields the schema does not know; the items of a list by position, then the
 * list itself. valibot reports the problems of one parse in this order. The checks that span fields
 * report theirs after the fields they look at, and sorting puts them back among the others: a
 * problem list reads from top to bottom like the document (and like a form built in its order).
 */
type Keys = readonly (string | number)[];

/** A valibot schema seen as data: what it holds, through pipes and optional wrappers. */
interface SchemaNode {
  entries?: Record<string, SchemaNode>;
  item?: SchemaNode;
  wrapped?: SchemaNode;
  pipe?: SchemaNode[];
  kind?: string;
}

/** The schemas a schema wraps: the one an optional wraps, and those in its pipe. */
const innerSchemas = (schema: SchemaNode): SchemaNode[] => [
  ...(schema.wrapped ? [schema.wrapped] : []),
  ...(schema.pipe ?? []).filter((step) => step !== schema && step.kind === 'schema'),
];

function find<T>(schema: SchemaNode | undefined, read: (schema: SchemaNode) => T | undefined): T | undefined {
  if (schema === undefined) return undefined;
  const found = read(schema);
  if (found !== undefined) return found;
  for (const inner of innerSchemas(schema)) {
    const innerFound = find(inner, read);
    if (innerFound !== undefined) return innerFound;
  }
  return undefined;
}

const entriesOf = (schema: SchemaNode | undefined) => find(schema, (node) => node.entries);
const childOf = (schema: SchemaNode | undefined, key: string | number) =>
  typeof key === 'number' ? find(schema, (node) => node.item) : entriesOf(schema)?.[key];

/** Negative when `a` comes before `b` in the document, positive after, 0 when the schema does not tell. */
export function compareDocumentPlaces(a: Keys, b: Keys): number {
  let schema: SchemaNode | undefined = strategyDocumentSchema as unknown as SchemaNode;
  const shared = Math.min(a.length, b.length);
  for (let index = 0; index < shared; index += 1) {
    const keyA = a[index]!;
    const keyB = b[index]!;
    if (keyA === keyB) {
      schema = childOf(schema, keyA);
      continue;
    }
    if (typeof keyA === 'number' && typeof keyB === 'number') return keyA - keyB;
    const keys = Object.keys(entriesOf(schema) ?? {});
    // A key the schema does not know (an unknown field) comes after those it knows.
    const rank = (key: string | number) => (typeof key === 'string' && keys.includes(key) ? keys.indexOf(key) : keys.length);
    return rank(keyA) - rank(keyB);
  }
  // One holds the other: what is inside comes first, then the list or object itself.
  return b.length - a.length;
}
