import type { StrategyDocument } from '@muenchen-digital/content';
import { getIn, type Path } from '../state/paths.js';
import { formSections, type Field, type FormSection } from './form-model.js';

/**
 * Where a field sits, in words, for a link to it that must make sense on its own (the error
 * summary): the items and groups around it — "Gruppe 1 (NUTZER*INNEN)", "Kennzahl 3 (Bürger*innen)",
 * named by the number and summary of their legend, as the form shows them now — outermost first.
 * A field directly in a section gets the section's title when another section has a field of the
 * same label ("Kennzahlen" for its "Überschrift"). `label` is the field's own label; `path` is the
 * field's place in the document, or an item's or list's, which are then named the same way.
 */
export function fieldContext(path: Path, document: StrategyDocument, label: string): string[] {
  const section = sectionOf(path);
  if (!section) return [];
  const context: string[] = [];
  let fields: Field[] = section.fields;
  let rest = path.slice(section.path.length);
  const walked: (string | number)[] = [...section.path];
  while (rest.length > 1) {
    const field = fields.find((candidate) => candidate.key === rest[0]);
    if (!field) break;
    walked.push(field.key);
    if (field.kind === 'group') {
      context.push(field.label());
      fields = field.fields;
      rest = rest.slice(1);
    } else if (field.kind === 'item-list' && typeof rest[1] === 'number') {
      const index = rest[1];
      walked.push(index);
      // The item itself is named by `label` (its legend), not twice.
      if (rest.length === 2) break;
      const item = (getIn(document, walked) ?? {}) as Record<string, unknown>;
      const summary = field.summary(item).trim();
      context.push(summary ? `${field.itemLabel(index + 1)} (${summary})` : field.itemLabel(index + 1));
      fields = field.fields;
      rest = rest.slice(2);
    } else {
      break;
    }
  }
  if (context.length === 0 && label !== '' && label !== section.title() && labelOfAnotherSection(section, label)) context.push(section.title());
  return context;
}

/** The section whose fields hold `path`: the one with the longest matching path that has its first key. */
function sectionOf(path: Path): FormSection | undefined {
  return formSections()
    .filter((section) => section.path.every((key, index) => path[index] === key))
    .filter((section) => section.fields.some((field) => field.key === path[section.path.length]))
    .sort((a, b) => b.path.length - a.path.length)[0];
}

/** Whether a field outside items and groups of another section has the same label. */
function labelOfAnotherSection(section: FormSection, label: string): boolean {
  return formSections().some((other) => other.id !== section.id && other.fields.some((field) => field.kind !== 'group' && field.kind !== 'item-list' && field.label() === label));
}
