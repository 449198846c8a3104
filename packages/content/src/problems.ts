import type { BaseIssue } from 'valibot';

/** The languages the content model speaks: the document's own and the messages it gives. */
export const languages = ['de', 'en'] as const;
export type Language = (typeof languages)[number];

/** One thing wrong with a document: where (`keyFigures.groups[0].figures[2].value`) and what. */
export interface Problem {
  /** The field, as a path from the document's root; empty for the document itself. */
  path: string;
  /** What is wrong and how to put it right, in the language asked for. */
  message: string;
}

/** Problems the schema's own rules name; the rest are described from valibot's issue. */
export type ProblemCode =
  | 'blank'
  | 'id'
  | 'duplicateId'
  | 'unknownSource'
  | 'link'
  | 'imageSource'
  | 'date'
  | 'phone'
  | 'emphasis'
  | 'email';

const words = {
  de: {
    blank: 'Darf nicht leer sein.',
    id: 'Erwartet wird eine Kennung aus 1 bis 64 Buchstaben, Ziffern, „-“ oder „_“.',
    duplicateId: 'Diese Kennung kommt in der Liste mehrfach vor; jede muss eindeutig sein.',
    unknownSource: 'Diese Quelle gibt es nicht: Wählen Sie eine Quelle aus der Quellenliste oder keine.',
    link: 'Erlaubt sind nur Links mit https:, http:, mailto: oder tel:, relative Adressen und #Sprungmarken.',
    imageSource: 'Erwartet wird eine Bildadresse (https:, relativ) oder ein eingebettetes Bild (PNG, JPEG, WebP, GIF, SVG).',
    date: 'Erwartet wird ein Datum wie 2025, 2025-06 oder 2025-06-03.',
    phone: 'Erwartet wird eine Telefonnummer aus Ziffern, Leerzeichen und + ( ) / -.',
    emphasis: 'Das hervorgehobene Wort muss im Text vorkommen.',
    text: 'Erwartet wird Text',
    number: 'Erwartet wird eine Zahl',
    finite: 'Erwartet wird eine endliche Zahl',
    boolean: 'Erwartet wird true oder false',
    list: 'Erwartet wird eine Liste',
    object: 'Erwartet wird ein Objekt mit Feldern',
    unknownField: 'Dieses Feld kennt das Format nicht; bitte entfernen.',
    missingField: 'Dieses Pflichtfeld fehlt.',
    oneOf: 'Erlaubt ist einer dieser Werte:',
    exactly: 'Erwartet wird genau',
    email: 'Erwartet wird eine E-Mail-Adresse wie name@example.org.',
    tooLongText: (limit: string) => `Höchstens ${limit} Zeichen.`,
    tooManyItems: (limit: string) => `Höchstens ${limit} Einträge.`,
    received: 'erhalten:',
    expected: 'Erwartet wird',
    invalid: 'Ungültiger Wert.',
  },
  en: {
    blank: 'Must not be empty.',
    id: 'Expected an identifier of 1 to 64 letters, digits, "-" or "_".',
    duplicateId: 'This identifier occurs more than once in the list; each must be unique.',
    unknownSource: 'There is no such source: choose one from the list of sources, or none.',
    link: 'Only links with https:, http:, mailto: or tel:, relative addresses and #fragments are allowed.',
    imageSource: 'Expected an image address (https:, relative) or an embedded image (PNG, JPEG, WebP, GIF, SVG).',
    date: 'Expected a date such as 2025, 2025-06 or 2025-06-03.',
    phone: 'Expected a phone number of digits, spaces and + ( ) / -.',
    emphasis: 'The emphasised word must occur in the text.',
    text: 'Expected text',
    number: 'Expected a number',
    finite: 'Expected a finite number',
    boolean: 'Expected true or false',
    list: 'Expected a list',
    object: 'Expected an object with fields',
    unknownField: 'The format has no such field; please remove it.',
    missingField: 'This required field is missing.',
    oneOf: 'Allowed is one of these values:',
    exactly: 'Expected exactly',
    email: 'Expected an e-mail address such as name@example.org.',
    tooLongText: (limit: string) => `At most ${limit} characters.`,
    tooManyItems: (limit: string) => `At most ${limit} entries.`,
    received: 'received:',
    expected: 'Expected',
    invalid: 'Invalid value.',
  },
} as const;

export const problemWords = words;

export function languageOf(issue: { lang?: string | undefined }): Language {
  return issue.lang === 'en' ? 'en' : 'de';
}

/** A valibot message function for one of the schema's own rules, in the language the parse asks for. */
export function problem(code: ProblemCode) {
  return (issue: { lang?: string | undefined }): string => words[languageOf(issue)][code];
}

/**
 * Describes an issue valibot found with its own words left out: the message names the expected kind
 * and what was there, in the language of the parse. Used as the parse's fallback `message`.
 */
export function describeIssue(issue: BaseIssue<unknown>): string {
  const w = words[languageOf(issue)];
  const got = `${w.received} ${issue.received}`;
  switch (issue.type) {
    case 'string':
      return `${w.text}, ${got}.`;
    case 'number':
      return `${w.number}, ${got}.`;
    case 'finite':
      return `${w.finite}, ${got}.`;
    case 'boolean':
      return `${w.boolean}, ${got}.`;
    case 'array':
      return `${w.list}, ${got}.`;
    case 'object':
    case 'strict_object':
      // valibot names an unknown key "never" and a missing one by its key; a non-object "Object".
      if (issue.expected === 'never') return w.unknownField;
      return issue.expected === 'Object' ? `${w.object}, ${got}.` : w.missingField;
    case 'custom':
      // The one custom schema: an object that must not be a list (valibot takes arrays for objects).
      return `${w.object}, ${got}.`;
    case 'picklist':
      return `${w.oneOf} ${String(issue.expected).replace(/^\(|\)$/g, '').replaceAll('"', '').replaceAll(' | ', ', ')}; ${got}.`;
    case 'literal':
      return `${w.exactly} ${issue.expected}, ${got}.`;
    case 'email':
      return w.email;
    case 'max_length':
      return typeof issue.input === 'string'
        ? w.tooLongText(String(issue.expected).replace('<=', ''))
        : w.tooManyItems(String(issue.expected).replace('<=', ''));
    case 'union':
      return `${w.expected} ${String(issue.expected)}, ${got}.`;
    default:
      return w.invalid;
  }
}

/** `keyFigures.groups[0].figures[2].value`: a path as a person follows it in the JSON file. */
export function pathText(keys: readonly (string | number)[]): string {
  return keys.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`)).join('');
}

/** Where valibot found an issue, in the notation of `pathText`. */
export function pathOf(issue: BaseIssue<unknown>): string {
  return pathText((issue.path ?? []).map((item) => item.key as string | number));
}

/**
 * The problem an issue of a finished parse names. A field holding undefined (a script can pass one;
 * a JSON file cannot) is named missing, as an absent field is: "Dieses Pflichtfeld fehlt.", not
 * "expected an object, received: undefined". Only here is the issue's path complete: valibot words
 * the message before the enclosing objects add theirs.
 */
export function problemOf(issue: BaseIssue<unknown>, language: Language): Problem {
  const undefinedField = issue.input === undefined && issue.path?.at(-1)?.type === 'object';
  return { path: pathOf(issue), message: undefinedField ? words[language].missingField : issue.message };
}
