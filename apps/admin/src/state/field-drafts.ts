import { msg, str } from '@lit/localize';
import { pathText, type Language, type Problem, type StrategyDocument } from '@muenchen-digital/content';
import { getIn, type Path } from './paths.js';
import { installationName } from '../storage/installation.js';

/**
 * What a field holds while it is not a value yet: "ca. 1,6" typed into a number field. The form
 * shows it, the document keeps the value it had, and until the field holds a number it is one of the
 * document's problems — counted, listed in the error summary, and a reason to refuse publishing —,
 * so nothing is published that the form does not show. Drafts outlive a reload (kept in
 * localStorage), and they follow their item when a list is reordered.
 */
export interface FieldDraft {
  /** Where the field is now. */
  readonly path: Path;
  /** What the person typed. */
  readonly text: string;
  /**
   * The value the document held in the field when the draft began. When the document's value
   * changes under the draft (undo, an import, a restored version), the document wins and the draft
   * ends: the field then shows the value that counts.
   */
  readonly value: unknown;
  /**
   * The field of an item just added, never filled: the document holds a stand-in (a new key
   * figure's 0) that is nobody's value, so the problem names no previous value.
   */
  readonly unfilled?: boolean;
}

/** A step of a draft's place: a key, or a list item known by its id, which it follows when the list changes. */
type Step = string | number | { id: string; index: number };

interface KeptDraft {
  place: Step[];
  text: string;
  value: unknown;
  unfilled?: boolean;
}

const storageKey = installationName('field-drafts');

/** The place of `path` in `document`: list positions become the ids of the items there, where they have one. */
function placeOf(document: StrategyDocument, path: Path): Step[] {
  return path.map((key, index) => {
    if (typeof key !== 'number') return key;
    const item = getIn(document, [...path.slice(0, index), key]) as { id?: unknown } | undefined;
    return typeof item?.id === 'string' ? { id: item.id, index: key } : key;
  });
}

/** Where `place` is in `document` now, or undefined when its item is gone. */
function pathOf(document: StrategyDocument, place: readonly Step[]): Path | undefined {
  const path: (string | number)[] = [];
  for (const step of place) {
    if (typeof step !== 'object') {
      path.push(step);
      continue;
    }
    const list = getIn(document, path);
    if (!Array.isArray(list)) return undefined;
    const at = (list[step.index] as { id?: unknown } | undefined)?.id === step.id ? step.index : list.findIndex((item) => (item as { id?: unknown } | null)?.id === step.id);
    if (at < 0) return undefined;
    path.push(at);
  }
  return path;
}

/**
 * Which field a draft is of, as a text to compare: an item by its id where it has one, not by the
 * position it had when the draft began (a list reordered since moves it, the field stays the same).
 */
export function fieldKeyOf(draft: { place: readonly Step[] }): string {
  return JSON.stringify(draft.place.map((step) => (typeof step === 'object' ? { id: step.id } : step)));
}

/** A new draft for the field at `path`. */
export function newDraft(document: StrategyDocument, path: Path, text: string, unfilled = false): FieldDraft & { place: Step[] } {
  return { path, text, value: getIn(document, path), place: placeOf(document, path), ...(unfilled && { unfilled }) };
}

/**
 * The drafts that still stand in `document`, each at its field's current path: a draft whose item is
 * gone, or whose field the document has changed since, ends.
 */
export function followDocument<D extends FieldDraft & { place: Step[] }>(drafts: readonly D[], document: StrategyDocument): D[] {
  return drafts.flatMap((draft) => {
    const path = pathOf(document, draft.place);
    if (path === undefined || !Object.is(getIn(document, path), draft.value)) return [];
    return [{ ...draft, path }];
  });
}

/** The drafts a page kept, read back for `document`; nothing when there are none or the copy is damaged. */
export function loadDrafts(document: StrategyDocument): (FieldDraft & { place: Step[] })[] {
  try {
    const kept = JSON.parse(localStorage.getItem(storageKey) ?? '[]') as unknown;
    if (!Array.isArray(kept)) return [];
    const wellFormed = kept.filter(
      (draft): draft is KeptDraft =>
        typeof draft === 'object' &&
        draft !== null &&
        typeof (draft as KeptDraft).text === 'string' &&
        Array.isArray((draft as KeptDraft).place) &&
        (draft as KeptDraft).place.every((step) => typeof step === 'string' || typeof step === 'number' || (typeof step === 'object' && step !== null && typeof step.id === 'string' && typeof step.index === 'number')),
    );
    return followDocument(
      wellFormed.map((draft) => ({ ...draft, path: [] })),
      document,
    );
  } catch {
    return [];
  }
}

/** Keeps the drafts for the next load (a reload, a crash, the next tab that edits). */
export function keepDrafts(drafts: readonly (FieldDraft & { place: Step[] })[]): void {
  try {
    if (drafts.length === 0) localStorage.removeItem(storageKey);
    else localStorage.setItem(storageKey, JSON.stringify(drafts.map(({ place, text, value, unfilled }): KeptDraft => ({ place, text, value, ...(unfilled && { unfilled }) }))));
  } catch {
    // Storage full or unavailable: the drafts stay on screen in this tab.
  }
}

/** What is wrong with a draft, and what the document keeps meanwhile. */
export function draftMessage(draft: FieldDraft, language: Language, document: StrategyDocument): string {
  // "70 %" is read as 70 in a figure in percent (the form's #readNumber): in any other, the unit is still to be chosen.
  const unit = getIn(document, [...draft.path.slice(0, -1), 'unit']);
  if (/\d\s*%\s*$/u.test(draft.text) && unit !== 'percent') return msg('Das Prozentzeichen gehört nicht in den Wert: Bitte unter „Einheit“ „Prozent (%)“ wählen; die Zahl wird dann gespeichert.');
  if (draft.unfilled || typeof draft.value !== 'number') return msg('Geben Sie eine Zahl ein, zum Beispiel 1600000, 1,6 Mio. oder 49,5; „rund“ oder „mehr als“ wählen Sie unter „Genauigkeit“. Das Feld wird erst mit einer Zahl gespeichert.');
  // As the field shows a number: no grouping, the language's decimal mark.
  const previous = new Intl.NumberFormat(language, { useGrouping: false, maximumFractionDigits: 20 }).format(draft.value);
  return msg(str`Geben Sie eine Zahl ein, zum Beispiel 1600000, 1,6 Mio. oder 49,5; „rund“ oder „mehr als“ wählen Sie unter „Genauigkeit“. Bis dahin bleibt der vorige Wert ${previous} gespeichert.`);
}

/**
 * The document's problems with one problem per draft added, in the document's order: a draft's
 * problem replaces any other of the same field, since the field shows the draft.
 */
export function withDrafts(problems: readonly Problem[], drafts: readonly FieldDraft[], document: StrategyDocument, language: Language): Problem[] {
  if (drafts.length === 0) return [...problems];
  const draftPaths = new Set(drafts.map((draft) => pathText(draft.path)));
  const merged = problems.filter((problem) => !draftPaths.has(problem.path));
  const order = documentOrder(document);
  const position = (path: string) => {
    // A problem of a field the document does not have yet: where its nearest existing parent is.
    for (let prefix = path; ; prefix = prefix.replace(/(\.[^.[]+|\[\d+\])$/, '')) {
      const found = order.get(prefix);
      if (found !== undefined) return found;
      if (!/(\.[^.[]+|\[\d+\])$/.test(prefix)) return Number.MAX_SAFE_INTEGER;
    }
  };
  for (const draft of drafts) {
    const problem = { path: pathText(draft.path), message: draftMessage(draft, language, document) };
    const before = merged.findIndex((other) => position(other.path) > position(problem.path));
    merged.splice(before < 0 ? merged.length : before, 0, problem);
  }
  return merged;
}

/** Every path of the document, numbered in the order the document holds them (the form's order). */
function documentOrder(document: StrategyDocument): Map<string, number> {
  const order = new Map<string, number>();
  const walk = (value: unknown, path: (string | number)[]) => {
    order.set(pathText(path), order.size);
    if (Array.isArray(value)) value.forEach((item, index) => walk(item, [...path, index]));
    else if (typeof value === 'object' && value !== null) for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
  };
  walk(document, []);
  return order;
}
