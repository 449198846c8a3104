import type { BaseIssue } from 'valibot';
import { meantLink } from './safe-link.js';

/** The languages the content model speaks: the document's own and the messages it gives. */
export const languages = ['de', 'en'] as const;
export type Language = (typeof languages)[number];

/** One thing wrong with a document: where (`keyFigures.groups[0].figures[2].value`) and what. */
export interface Problem {
  /** The field, as a path from the document's root, for programs; empty for the document itself. */
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
  | 'emptyLink'
  | 'unsafeLink'
  | 'untidyLink'
  | 'missingScheme'
  | 'invisibleInLink'
  | 'wrappedLink'
  | 'missingColon'
  | 'missingMailto'
  | 'outlookSafeLink'
  | 'notAnImage'
  | 'unsafeImage'
  | 'insecureImage'
  | 'date'
  | 'phone'
  | 'pages'
  | 'emphasis'
  | 'email';

/**
 * The rules an import refuses a file for, beside a wrong shape or type: an unsafe link or image
 * source (the file cannot be trusted), and identifiers (the form neither shows nor edits them, so a
 * person could not put them right there). Every other rule names content a person fixes in the
 * form, as in any draft: such a file is imported with its problems.
 */
export const refusedOnImport: ReadonlySet<ProblemCode> = new Set<ProblemCode>(['id', 'duplicateId', 'unsafeLink', 'unsafeImage']);

const allowedLinks = {
  de: 'eine Adresse mit https:, http:, mailto: oder tel:, eine relative Adresse oder eine #Sprungmarke',
  en: 'an address with https:, http:, mailto: or tel:, a relative address or a #fragment',
};
const images = {
  de: 'eine Bildadresse (https: oder relativ) oder ein eingebettetes Bild (PNG, JPEG, WebP, GIF, SVG)',
  en: 'an image address (https: or relative) or an embedded image (PNG, JPEG, WebP, GIF, SVG)',
};

/** The address of a `mailto:` link, without what may follow it ("?subject=…"). */
const addressOfMailto = (href: string) => href.slice('mailto:'.length).split('?')[0]!;

/**
 * Every message says what to do (WCAG 3.3.3), shortly and politely; where a format is asked for, it
 * gives an example. A message is a text, or made from the value the field holds.
 */
const words = {
  de: {
    blank: 'Bitte ausfüllen.',
    id: 'Bitte eine Kennung aus 1 bis 64 Zeichen verwenden: Buchstaben ohne Umlaute, Ziffern, „-“ oder „_“, zum Beispiel quelle-2.',
    duplicateId: 'Eine Kennung kommt in dieser Liste mehrfach vor. Bitte jedem Eintrag eine eigene Kennung geben.',
    unknownSource: 'Diese Quelle gibt es nicht. Bitte eine Quelle aus der Quellenliste wählen oder keine.',
    emptyLink: 'Bitte einen Link eintragen, zum Beispiel https://example.org/seite.',
    unsafeLink: `Diese Art Link ist nicht erlaubt. Bitte ${allowedLinks.de} eintragen.`,
    untidyLink: 'Bitte die Leerzeichen, Tabulatoren oder Zeilenumbrüche aus der Adresse entfernen.',
    missingScheme: (href: string) => `Bitte „https://“ voranstellen: ${meantLink(href)}`,
    invisibleInLink: (href: string) =>
      meantLink(href) === ''
        ? 'Das Feld enthält nur unsichtbare Zeichen, wie sie beim Kopieren oft mitkommen. Bitte das Feld leeren.'
        : `Die Adresse enthält unsichtbare Zeichen, wie sie beim Kopieren oft mitkommen. Bitte so eintragen: ${meantLink(href)}`,
    wrappedLink: (href: string) => `Bitte die Adresse ohne die Klammern oder Anführungszeichen drumherum eintragen: ${meantLink(href)}`,
    missingColon: (href: string) => `Nach „http“ oder „https“ fehlt der Doppelpunkt. Bitte so eintragen: ${meantLink(href)}`,
    missingMailto: (href: string) => `Für eine E-Mail-Adresse bitte „mailto:“ voranstellen: ${meantLink(href)}`,
    outlookSafeLink: (href: string) =>
      `Das ist ein Schutzlink aus Outlook: Er schickt jeden Klick über einen Dienst von Microsoft. Bitte die eigentliche Adresse eintragen: ${meantLink(href)}`,
    notAnImage: `Bitte ein Bild angeben: ${images.de}.`,
    unsafeImage: `Diese Bildquelle ist nicht erlaubt. Bitte ${images.de} angeben.`,
    insecureImage: 'Bilder über http: zeigen Browser auf sicheren Seiten nicht. Bitte die Adresse mit https: angeben oder eine Bilddatei wählen.',
    date: 'Bitte ein Datum wie 2025, 2025-06 oder 2025-06-03 eintragen.',
    phone: 'Bitte eine Telefonnummer aus Ziffern, Leerzeichen und + ( ) / - eintragen, zum Beispiel +49 89 233-12345.',
    pages: 'Bitte die Anzahl der Seiten als ganze Zahl ab 1 eintragen, zum Beispiel 48, oder das Feld leer lassen.',
    emphasis: 'Dieses Wort steht nicht im Text. Bitte ein Wort aus dem Text eintragen oder das Feld leeren.',
    email: (input: string) =>
      /^mailto:/i.test(input) ? `Bitte die Adresse ohne „mailto:“ eintragen: ${addressOfMailto(input)}` : 'Bitte eine E-Mail-Adresse wie name@example.org eintragen.',
    tooLongText: (limit: string, length: string) => `Bitte auf höchstens ${limit} Zeichen kürzen; jetzt sind es ${length}.`,
    tooManyItems: (limit: string) => `Bitte Einträge entfernen: Höchstens ${limit} sind möglich.`,
    // What a file holds where something else belongs: said for a person who opens the file in an editor.
    text: 'Hier gehört ein Text in Anführungszeichen hin, zum Beispiel "Digitale Souveränität".',
    number: 'Hier gehört eine Zahl hin, zum Beispiel 1600000.',
    boolean: 'Hier gehört true (ja) oder false (nein) hin.',
    list: 'Hier gehört eine Liste in eckigen Klammern hin: [ … ].',
    object: 'Hier gehört eine Gruppe von Feldern in geschweiften Klammern hin: { … }.',
    oneOf: (values: string) => `Bitte einen dieser Werte verwenden: ${values}.`,
    exactly: (value: string) => `Hier gehört genau ${value} hin.`,
    unknownField: 'Dieses Feld gibt es im Format nicht. Bitte aus der Datei entfernen.',
    missingField: 'Dieses Pflichtfeld fehlt. Bitte in der Datei ergänzen.',
    invalid: 'Dieser Wert passt hier nicht. Bitte korrigieren.',
    found: (what: string) => `Gefunden: ${what}.`,
    quoted: (text: string) => `„${text}“`,
    aList: 'eine Liste',
    aGroup: 'eine Gruppe von Feldern',
  },
  en: {
    blank: 'Please enter a value.',
    id: 'Please use an identifier of 1 to 64 characters: letters without accents, digits, “-” or “_”, for example source-2.',
    duplicateId: 'An identifier occurs more than once in this list. Please give each entry its own.',
    unknownSource: 'There is no such source. Please choose one from the list of sources, or none.',
    emptyLink: 'Please enter a link, for example https://example.org/page.',
    unsafeLink: `This kind of link is not allowed. Please enter ${allowedLinks.en}.`,
    untidyLink: 'Please remove the spaces, tabs or line breaks from the address.',
    missingScheme: (href: string) => `Please add “https://” at the start: ${meantLink(href)}`,
    invisibleInLink: (href: string) =>
      meantLink(href) === ''
        ? 'The field contains nothing but invisible characters, which copying often brings along. Please empty it.'
        : `The address contains invisible characters, which copying often brings along. Please enter it as: ${meantLink(href)}`,
    wrappedLink: (href: string) => `Please enter the address without the brackets or quotation marks around it: ${meantLink(href)}`,
    missingColon: (href: string) => `The colon after “http” or “https” is missing. Please enter it as: ${meantLink(href)}`,
    missingMailto: (href: string) => `For an email address, please add “mailto:” at the start: ${meantLink(href)}`,
    outlookSafeLink: (href: string) =>
      `This is an Outlook Safe Link: it sends every click through a Microsoft service. Please enter the actual address: ${meantLink(href)}`,
    notAnImage: `Please give an image: ${images.en}.`,
    unsafeImage: `This image source is not allowed. Please give ${images.en}.`,
    insecureImage: 'Browsers do not show images over http: on secure pages. Please give the address with https: or choose an image file.',
    date: 'Please enter a date such as 2025, 2025-06 or 2025-06-03.',
    phone: 'Please enter a phone number of digits, spaces and + ( ) / -, for example +49 89 233-12345.',
    pages: 'Please enter the number of pages as a whole number from 1, for example 48, or leave the field empty.',
    emphasis: 'This word is not in the text. Please enter a word from the text, or leave the field empty.',
    email: (input: string) => (/^mailto:/i.test(input) ? `Please enter the address without “mailto:”: ${addressOfMailto(input)}` : 'Please enter an email address such as name@example.org.'),
    tooLongText: (limit: string, length: string) => `Please shorten this to at most ${limit} characters; it has ${length} now.`,
    tooManyItems: (limit: string) => `Please remove entries: at most ${limit} are possible.`,
    text: 'A text in quotation marks belongs here, for example "Digital sovereignty".',
    number: 'A number belongs here, for example 1600000.',
    boolean: 'This must be true (yes) or false (no).',
    list: 'A list in square brackets belongs here: [ … ].',
    object: 'A group of fields in curly brackets belongs here: { … }.',
    oneOf: (values: string) => `Please use one of these values: ${values}.`,
    exactly: (value: string) => `Exactly ${value} belongs here.`,
    unknownField: 'The format has no such field. Please remove it from the file.',
    missingField: 'This required field is missing. Please add it to the file.',
    invalid: 'This value does not fit here. Please correct it.',
    found: (what: string) => `Found: ${what}.`,
    quoted: (text: string) => `“${text}”`,
    aList: 'a list',
    aGroup: 'a group of fields',
  },
} as const;

/** `text` in the language's quotation marks: „Kennzahl“, “key figure”. Messages and place names quote alike. */
export function quoteIn(language: Language, text: string): string {
  return words[language].quoted(text);
}

export function languageOf(issue: { lang?: string | undefined }): Language {
  return issue.lang === 'en' ? 'en' : 'de';
}

/** Which of the schema's own rules an issue broke; remembered as the rule words the issue (`problem`). */
const codes = new WeakMap<object, ProblemCode>();

/** The rule of the schema's own an issue broke, or undefined for a problem valibot found by itself (a wrong type). */
export function codeOf(issue: object): ProblemCode | undefined {
  return codes.get(issue);
}

/**
 * A valibot message function for one of the schema's own rules, in the language the parse asks for.
 * It remembers the rule for `codeOf`, so the import can tell what it refuses from what a person fixes.
 */
export function problem(code: ProblemCode) {
  return (issue: { lang?: string | undefined; input?: unknown }): string => {
    codes.set(issue, code);
    const message = words[languageOf(issue)][code];
    return typeof message === 'function' ? message(String(issue.input)) : message;
  };
}

/** A value as a person reads it in the file: a text quoted (and shortened), a number as written, a list or an object in words. */
function shown(input: unknown, language: Language): string {
  const w = words[language];
  if (typeof input === 'string') return w.quoted(input.length > 40 ? `${input.slice(0, 39)}…` : input);
  if (Array.isArray(input)) return w.aList;
  if (typeof input === 'object' && input !== null) return w.aGroup;
  return String(input);
}

const count = (limit: unknown, language: Language) => new Intl.NumberFormat(language).format(Number(String(limit).replace('<=', '')));

/**
 * Describes an issue valibot found with its own words left out: what belongs in the field, and what
 * the file holds there ("Hier gehört eine Zahl hin, zum Beispiel 1600000. Gefunden: „viel“."), in the
 * language of the parse. Used as the parse's fallback `message`.
 */
export function describeIssue(issue: BaseIssue<unknown>): string {
  const language = languageOf(issue);
  const w = words[language];
  const found = w.found(shown(issue.input, language));
  switch (issue.type) {
    // Every union of the schema is a union of texts ("" or an identifier, "" or an e-mail address).
    case 'string':
    case 'union':
      return `${w.text} ${found}`;
    case 'number':
    case 'finite':
      return `${w.number} ${found}`;
    case 'boolean':
      return `${w.boolean} ${found}`;
    case 'array':
      return `${w.list} ${found}`;
    case 'object':
    case 'strict_object':
      // valibot names an unknown key "never" and a missing one by its key; a non-object "Object".
      if (issue.expected === 'never') return w.unknownField;
      return issue.expected === 'Object' ? `${w.object} ${found}` : w.missingField;
    case 'custom':
      // The one custom schema: an object that must not be a list (valibot takes arrays for objects).
      return `${w.object} ${found}`;
    case 'picklist':
      return `${w.oneOf(String(issue.expected).replace(/^\(|\)$/g, '').replaceAll('"', '').replaceAll(' | ', ', '))} ${found}`;
    case 'literal':
      return `${w.exactly(String(issue.expected))} ${found}`;
    case 'max_length':
      return typeof issue.input === 'string'
        ? w.tooLongText(count(issue.expected, language), count(issue.input.length, language))
        : w.tooManyItems(count(issue.expected, language));
    default:
      return w.invalid;
  }
}

/** `keyFigures.groups[0].figures[2].value`: a path as a person follows it in the JSON file. */
export function pathText(keys: readonly (string | number)[]): string {
  return keys.map((key, index) => (typeof key === 'number' ? `[${key}]` : index === 0 ? key : `.${key}`)).join('');
}

/** The keys of the place an issue names, from the document's root. */
export function keysOf(issue: BaseIssue<unknown>): (string | number)[] {
  return (issue.path ?? []).map((item) => item.key as string | number);
}

/** Where valibot found an issue, in the notation of `pathText`. */
export function pathOf(issue: BaseIssue<unknown>): string {
  return pathText(keysOf(issue));
}

/**
 * The problem an issue of a finished parse names. A field holding undefined (a script can pass one;
 * a JSON file cannot) is named missing, as an absent field is: "Dieses Pflichtfeld fehlt. …", not
 * "a group of fields belongs here". Only here is the issue's path complete: valibot words the
 * message before the enclosing objects add theirs.
 */
export function problemOf(issue: BaseIssue<unknown>, language: Language): Problem {
  const undefinedField = issue.input === undefined && issue.path?.at(-1)?.type === 'object';
  return { path: pathOf(issue), message: undefinedField ? words[language].missingField : issue.message };
}
