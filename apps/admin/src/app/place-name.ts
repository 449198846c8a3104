import type { StrategyDocument } from '@muenchen-digital/content';
import { formSections, type Field } from '../editor/form-model.js';
import { getIn, type Path } from '../state/paths.js';

/**
 * A place in the document in the form's words, for saying what undo or redo changed: the label of
 * the field or list at `path` ("Bezeichnung", "Begriffe"), and the item or group it sits in, named
 * as its legend shows it now ("Kennzahl 2: Unternehmen") — or, directly in a section, the section's
 * title ("Vision" for its "Überschrift") unless the label says the same. Undefined where the form
 * shows nothing at `path`.
 */
export function placeName(path: Path, document: StrategyDocument): { label: string; within?: string } | undefined {
  if (path.length === 0) return undefined;
  const section = formSections()
    .filter((candidate) => candidate.path.every((key, index) => path[index] === key))
    .filter((candidate) => path.length === candidate.path.length || candidate.fields.some((field) => field.key === path[candidate.path.length]))
    .sort((a, b) => b.path.length - a.path.length)[0];
  if (!section) return undefined;
  if (path.length === section.path.length) return { label: section.title() };
  const sectionTitle = section.title();
  let within: string | undefined;
  let fields: Field[] = section.fields;
  let rest = path.slice(section.path.length);
  const walked: (string | number)[] = [...section.path];
  const named = (label: string) => ({ label, ...(within !== undefined ? { within } : label !== sectionTitle ? { within: sectionTitle } : {}) });
  for (;;) {
    const field = fields.find((candidate) => candidate.key === rest[0]);
    if (!field) return undefined;
    walked.push(field.key);
    const position = rest[1];
    if (rest.length === 1 || (field.kind !== 'group' && typeof position !== 'number')) return named(field.label());
    if (field.kind === 'group') {
      within = field.label();
      fields = field.fields;
      rest = rest.slice(1);
    } else if (field.kind === 'item-list' && typeof position === 'number') {
      walked.push(position);
      const item = getIn(document, walked);
      const summary = typeof item === 'object' && item !== null ? field.summary(item as Record<string, unknown>).trim() : '';
      const name = summary ? `${field.itemLabel(position + 1)}: ${summary}` : field.itemLabel(position + 1);
      if (rest.length === 2) return named(name);
      within = name;
      fields = field.fields;
      rest = rest.slice(2);
    } else if (field.kind === 'text-list' && typeof position === 'number') {
      return named(field.itemLabel(position + 1));
    } else {
      return named(field.label());
    }
  }
}
