import type { StrategyDocument } from '@muenchen-digital/content';
import { html, type TemplateResult } from 'lit';
import { getIn, type Path } from '../state/paths.js';
import { formSections, type Field, type FormSection } from './form-model.js';

/**
 * A place in the form, named as the form shows it now: a section by its title, a group, list or
 * field by its label, an item of a list by its number and what it holds ("Kennzahl 3" and
 * "Bürger*innen"), an entry of a text list by its number ("Maßnahme 1").
 */
export interface Place {
  kind: 'section' | 'group' | 'list' | 'item' | 'entry' | 'field';
  /** The section's title, the label, or for an item or entry its numbered name ("Kennzahl 3"). */
  label: string;
  /** An item's or entry's position, counting from 1. */
  number?: number;
  /** What an item holds, as its legend adds it after the number ("Bürger*innen"); '' for nothing. */
  summary?: string;
}

/**
 * The places from the section to `path`, outermost first: for
 * `['keyFigures', 'groups', 0, 'figures', 2, 'label']` the section "Kennzahlen", the list "Gruppen",
 * the item "Gruppe 1" (NUTZER*INNEN), the list "Kennzahlen", the item "Kennzahl 3" (Bürger*innen)
 * and the field "Bezeichnung". A path below a field the form shows as one (the logo's `alt`) ends at
 * that field. Empty where the form shows nothing at `path`.
 */
export function placesAt(path: Path, document: StrategyDocument): Place[] {
  const section = sectionOf(path);
  if (!section) return [];
  const places: Place[] = [{ kind: 'section', label: section.title() }];
  let fields: Field[] = section.fields;
  let rest = path.slice(section.path.length);
  const walked: (string | number)[] = [...section.path];
  while (rest.length > 0) {
    const field = fields.find((candidate) => candidate.key === rest[0]);
    if (!field) return [];
    walked.push(field.key);
    const position = rest[1];
    if (field.kind === 'group') {
      places.push({ kind: 'group', label: field.label() });
      fields = field.fields;
      rest = rest.slice(1);
    } else if (field.kind === 'item-list' || field.kind === 'text-list') {
      places.push({ kind: 'list', label: field.label() });
      if (typeof position !== 'number') break;
      walked.push(position);
      const number = position + 1;
      if (field.kind === 'text-list') {
        places.push({ kind: 'entry', label: field.itemLabel(number), number });
        break;
      }
      const item = getIn(document, walked);
      const summary = typeof item === 'object' && item !== null ? field.summary(item as Record<string, unknown>).trim() : '';
      places.push({ kind: 'item', label: field.itemLabel(number), number, summary });
      fields = field.fields;
      rest = rest.slice(2);
    } else {
      places.push({ kind: 'field', label: field.label() });
      break;
    }
  }
  return places;
}

/**
 * A place in words, the same in every message: "Kennzahl 3 (Bürger*innen)", or "Kennzahl 3" for an
 * item that holds nothing yet; otherwise its label. Parentheses inside a summary become brackets, as
 * in nested parentheses — "Kanal 1 (@muenchen [Mastodon])" —, so the item's own closing parenthesis
 * is always the one that ends the name, whatever was typed.
 */
export function placeText(place: Place): string {
  if (place.kind !== 'item' || !place.summary) return place.label;
  return `${place.label} (${bracketed(place.summary)})`;
}

const bracketed = (summary: string) => summary.replaceAll('(', '[').replaceAll(')', ']');

/**
 * The same words as `placeText`, for a page: what an item holds is the document's text, so it is
 * marked with the document's language (WCAG 3.1.2) — "Key figure 3 (<span lang="de">Bürger*innen</span>)"
 * is read in German inside an English interface.
 */
export function placeTemplate(place: Place, documentLanguage: string): TemplateResult | string {
  if (place.kind !== 'item' || !place.summary) return place.label;
  return html`${place.label} (<span lang=${documentLanguage}>${bracketed(place.summary)}</span>)`;
}

/** Places one after another, as a link or a list names a field: "Gruppe 1 (NUTZER*INNEN), Kennzahl 3 (Bürger*innen), Wert". */
export function placesTemplate(places: readonly Place[], documentLanguage: string): TemplateResult[] {
  return places.map((place, index) => html`${index > 0 ? ', ' : ''}${placeTemplate(place, documentLanguage)}`);
}

/**
 * What undo or redo changed, for "Änderung an „Bezeichnung“ in „Kennzahl 2 (Unternehmen)“": the
 * place at `path`, and the innermost section, group or item it sits in — unless that says the same
 * ("Titel" directly in the section "Titel"). Undefined where the form shows nothing at `path`.
 */
export function changedPlace(path: Path, document: StrategyDocument): { label: string; within?: string } | undefined {
  const places = placesAt(path, document);
  const place = places.at(-1);
  if (!place) return undefined;
  const label = placeText(place);
  const container = places.slice(0, -1).findLast((candidate) => candidate.kind !== 'list');
  const within = container ? placeText(container) : undefined;
  return within !== undefined && within !== label ? { label, within } : { label };
}

/**
 * Where a field sits, for a link to it that must make sense on its own (the error summary): the
 * groups and items around it, outermost first — "Gruppe 1 (NUTZER*INNEN)", "Kennzahl 3
 * (Bürger*innen)" —, followed by the field, named by `label`, its own label as the form shows it. A field directly in a
 * section gets the section's title only where another section has a field of the same label
 * ("Kennzahlen" for its "Überschrift"). An item at `path` is named by the same words as everywhere
 * ("Kennzahl 1 (Bürger*innen)"), not by `label`.
 */
export function linkPlaces(path: Path, document: StrategyDocument, label: string): Place[] {
  const field = (name: string): Place => ({ kind: 'field', label: name });
  const places = placesAt(path, document);
  const place = places.at(-1);
  if (!place) return label ? [field(label)] : [];
  const around = places.slice(0, -1).filter((candidate) => candidate.kind === 'group' || candidate.kind === 'item');
  const own = place.kind === 'item' || !label ? place : field(label);
  const section = sectionOf(path)!;
  const ownText = placeText(own);
  if (around.length === 0 && place.kind !== 'section' && ownText !== section.title() && labelOfAnotherSection(section, ownText)) {
    return [{ kind: 'section', label: section.title() }, own];
  }
  return [...around, own];
}

/** The section whose fields hold `path`, or which is at `path`: the one with the longest matching path. */
function sectionOf(path: Path): FormSection | undefined {
  if (path.length === 0) return undefined;
  return formSections()
    .filter((section) => section.path.every((key, index) => path[index] === key))
    .filter((section) => path.length === section.path.length || section.fields.some((field) => field.key === path[section.path.length]))
    .sort((a, b) => b.path.length - a.path.length)[0];
}

/** Whether a field outside items and groups of another section has the same label. */
function labelOfAnotherSection(section: FormSection, label: string): boolean {
  return formSections().some((other) => other.id !== section.id && other.fields.some((field) => field.kind !== 'group' && field.kind !== 'item-list' && field.label() === label));
}
