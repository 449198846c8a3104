import { msg, str } from '@lit/localize';
import { documentLanguages, notations, qualifiers, units, type StrategyDocument } from '@muenchen-digital/content';
import { themeLabels } from '@muenchen-digital/tokens';
import { languageNames } from '../localization.js';
import { themeChoices } from '../offered-themes.js';
import type { Path } from '../state/paths.js';

/**
 * What the editor shows, as data: each section of the document with its fields, lists and nested
 * lists. One renderer turns this into native form controls, so every list in the app adds, removes
 * and reorders the same accessible way. Labels are functions: they are read in the current UI language.
 */
type Text = () => string;
/** A select's choice; `lang` when its label is in a language of its own ("English"). */
type Option = { value: string; label: string; lang?: string };

export interface ValueField {
  /** `count`: a whole number kept as text ("48" pages), which may be empty. */
  kind: 'text' | 'textarea' | 'number' | 'select' | 'checkbox' | 'link' | 'email' | 'tel' | 'date' | 'count';
  key: string;
  label: Text;
  hint?: Text;
  required?: boolean;
  options?: (document: StrategyDocument) => Option[];
  /**
   * A select's words for a value the document holds that is none of its options (a source removed
   * while figures still cite it): shown as the chosen option, so choosing any real one is a change.
   */
  missingOption?: (value: string) => string;
}

export interface TextListField {
  kind: 'text-list';
  key: string;
  label: Text;
  itemLabel: (position: number) => string;
  addLabel: Text;
}

export interface ItemListField {
  kind: 'item-list';
  key: string;
  label: Text;
  /** "Kennzahl 3" — the legend of the item's fieldset; `summary` adds what it holds. */
  itemLabel: (position: number) => string;
  summary: (item: Record<string, unknown>) => string;
  addLabel: Text;
  fields: Field[];
  /**
   * A new item. Its texts start empty, not with stand-ins such as "Neue Kennzahl": a stand-in would
   * be published as it is, while an empty required text is a problem to fix before publishing.
   */
  create: () => Record<string, unknown>;
}

export interface GroupField {
  kind: 'group';
  key: string;
  label: Text;
  fields: Field[];
}

/** The optional logo: an image file embedded in the document, and its text alternative. */
export interface LogoField {
  kind: 'logo';
  key: string;
  label: Text;
}

export type Field = ValueField | TextListField | ItemListField | GroupField | LogoField;

export interface FormSection {
  id: string;
  title: Text;
  /** Where the section's fields live in the document; empty for top-level fields. */
  path: Path;
  fields: Field[];
}

/** A new item's id: unique in its list, stable while the list changes. */
export const newId = (prefix: string) => `${prefix}-${crypto.randomUUID().slice(0, 8)}`;

const heading: ValueField = { kind: 'text', key: 'heading', label: () => msg('Überschrift') };
const requiredText = (key: string, label: Text, hint?: Text): ValueField => ({ kind: 'text', key, label, required: true, ...(hint ? { hint } : {}) });
const text = (key: string, label: Text, hint?: Text): ValueField => ({ kind: 'text', key, label, ...(hint ? { hint } : {}) });
const dateHint = () => msg('Jahr, Monat oder Tag: 2025, 2025-06 oder 2025-06-03.');
const linkHint = () => msg('Eine Adresse mit https:, http:, mailto: oder tel:, eine relative Adresse oder eine #Sprungmarke.');
const first = (item: Record<string, unknown>, key: string) => (typeof item[key] === 'string' ? (item[key] as string) : '');

const textList = (key: string, label: Text, itemLabel: (position: number) => string, addLabel: Text): TextListField => ({
  kind: 'text-list',
  key,
  label,
  itemLabel,
  addLabel,
});

/**
 * A qualifier's words and the sign the published figure shows: "mehr als (>)". The sign stays out of
 * the translated words: @lit/localize-tools escapes `&`, `<` and `>` in translations (lit/lit#3025),
 * and the English option had lost its sign.
 */
const withSign = (words: string, sign: string) => `${words} (${sign})`;
const qualifierLabels = (): Record<(typeof qualifiers)[number], string> => ({
  exact: msg('genau'),
  approx: withSign(msg('rund'), '~'),
  'more-than': withSign(msg('mehr als'), '>'),
  'less-than': withSign(msg('weniger als'), '<'),
});
const unitLabels = (): Record<(typeof units)[number], string> => ({ none: msg('keine (Anzahl)'), percent: msg('Prozent (%)') });
const notationLabels = (): Record<(typeof notations)[number], string> => ({
  standard: msg('ausgeschrieben (70.000)'),
  compact: msg('kurz (1,6 Mio.)'),
});

const keyFigureFields: Field[] = [
  { kind: 'number', key: 'value', label: () => msg('Wert'), required: true, hint: () => msg('Eine Zahl. Bei Prozent steht 70 für 70 %.') },
  { kind: 'select', key: 'qualifier', label: () => msg('Genauigkeit'), options: () => qualifiers.map((value) => ({ value, label: qualifierLabels()[value] })) },
  { kind: 'select', key: 'unit', label: () => msg('Einheit'), options: () => units.map((value) => ({ value, label: unitLabels()[value] })) },
  { kind: 'select', key: 'notation', label: () => msg('Schreibweise'), options: () => notations.map((value) => ({ value, label: notationLabels()[value] })) },
  requiredText('label', () => msg('Bezeichnung'), () => msg('Was gezählt wird: „Bürger*innen“.')),
  text(
    'spokenLabel',
    () => msg('Bezeichnung zum Vorlesen'),
    () => msg('Nur wenn die Bezeichnung vorgelesen schlecht klingt: Screenreader lesen „Bürger*innen“ als „Bürger Stern innen“. Hier zum Beispiel „Bürgerinnen und Bürger“. Leer: die Bezeichnung wird vorgelesen.'),
  ),
  {
    kind: 'select',
    key: 'sourceId',
    label: () => msg('Quelle'),
    options: (document) => [
      { value: '', label: msg('keine Quelle') },
      ...document.sources.items.map((source, index) => ({ value: source.id, label: `${index + 1}: ${source.text}` })),
    ],
    missingOption: (id) => msg(str`Quelle „${id}“ (entfernt)`),
  },
  { kind: 'date', key: 'asOf', label: () => msg('Stand'), hint: dateHint },
];

export const formSections = (): FormSection[] => [
  {
    id: 'document',
    title: () => msg('Dokument'),
    path: [],
    fields: [
      {
        kind: 'select',
        key: 'language',
        label: () => msg('Sprache der Inhalte'),
        hint: () =>
          msg('Die Sprache, in der Sie die Texte schreiben. Danach richten sich Vorlesen und Zahlen („1,6 Mio.“ oder „1.6M“) in Vorschau und Veröffentlichung. Übersetzt wird nichts.'),
        // Each by its own name, in its own language, so a screen reader says "English" in English.
        options: () => documentLanguages.map((value) => ({ value, label: languageNames[value], lang: value })),
      },
    ],
  },
  {
    id: 'organisation',
    title: () => msg('Organisation und Marke'),
    path: ['organisation'],
    fields: [
      requiredText('city', () => msg('Stadt'), () => msg('Wie die Stadt sich nennt, zum Beispiel „Stadt Musterstadt“.')),
      text('department', () => msg('Referat oder Abteilung')),
      text('wordmark', () => msg('Wortmarke'), () => msg('Als Text, zum Beispiel „Musterstadt. Digital.“')),
      {
        kind: 'select',
        key: 'theme',
        label: () => msg('Erscheinungsbild'),
        // The themes the installation offers (MDK_THEMES), by the names in their brand.json (a city's
        // name reads the same in both UI languages); and the document's own, should it not be offered.
        options: (document) => themeChoices(document.organisation.theme).map((value) => ({ value, label: themeLabels[value] })),
      },
      { kind: 'logo', key: 'logo', label: () => msg('Logo') },
      {
        kind: 'link',
        key: 'homeHref',
        label: () => msg('Link zur Startseite'),
        hint: () => msg('Die Seite, zu der Logo und Namen im Kopf führen, zum Beispiel die Startseite der Stadt. Leer: kein Link.'),
      },
      { kind: 'link', key: 'imprintHref', label: () => msg('Link zum Impressum'), hint: linkHint },
      { kind: 'link', key: 'privacyHref', label: () => msg('Link zur Datenschutzerklärung'), hint: linkHint },
      { kind: 'link', key: 'accessibilityHref', label: () => msg('Link zur Erklärung zur Barrierefreiheit'), hint: linkHint },
    ],
  },
  {
    id: 'hero',
    title: () => msg('Titel'),
    path: ['hero'],
    fields: [
      requiredText('title', () => msg('Titel')),
      text('subtitle', () => msg('Untertitel')),
      text('speaker', () => msg('Vortragende Person')),
      text('role', () => msg('Funktion')),
      { kind: 'date', key: 'date', label: () => msg('Datum'), hint: dateHint },
    ],
  },
  {
    id: 'sovereignty',
    title: () => msg('Begriffe'),
    path: ['sovereignty'],
    fields: [heading, textList('terms', () => msg('Begriffe'), (n) => msg(str`Begriff ${n}`), () => msg('Begriff hinzufügen'))],
  },
  {
    id: 'key-message',
    title: () => msg('Kernbotschaft'),
    path: [],
    fields: [{ kind: 'textarea', key: 'keyMessage', label: () => msg('Kernbotschaft') }],
  },
  {
    id: 'vision',
    title: () => msg('Vision'),
    path: ['vision'],
    fields: [
      heading,
      { kind: 'textarea', key: 'text', label: () => msg('Text') },
      text('emphasis', () => msg('Hervorgehobenes Wort'), () => msg('Ein Wort aus dem Text, das betont wird; leer lassen für keines.')),
    ],
  },
  {
    id: 'key-figures',
    title: () => msg('Kennzahlen'),
    path: ['keyFigures'],
    fields: [
      heading,
      {
        kind: 'item-list',
        key: 'groups',
        label: () => msg('Gruppen'),
        itemLabel: (n) => msg(str`Gruppe ${n}`),
        summary: (item) => first(item, 'heading'),
        addLabel: () => msg('Gruppe hinzufügen'),
        create: () => ({ id: newId('gruppe'), heading: '', spokenHeading: '', figures: [] }),
        fields: [
          requiredText('heading', () => msg('Überschrift der Gruppe')),
          text(
            'spokenHeading',
            () => msg('Überschrift zum Vorlesen'),
            () => msg('Nur wenn die Überschrift vorgelesen schlecht klingt: Screenreader lesen „NUTZER*INNEN“ als „Nutzer Stern innen“. Hier zum Beispiel „Nutzerinnen und Nutzer“. Leer: die Überschrift wird vorgelesen.'),
          ),
          {
            kind: 'item-list',
            key: 'figures',
            label: () => msg('Kennzahlen'),
            itemLabel: (n) => msg(str`Kennzahl ${n}`),
            summary: (item) => first(item, 'label'),
            addLabel: () => msg('Kennzahl hinzufügen'),
            create: () => ({
              id: newId('kennzahl'),
              value: 0,
              qualifier: 'exact',
              unit: 'none',
              notation: 'standard',
              label: '',
              spokenLabel: '',
              sourceId: '',
              asOf: '',
            }),
            fields: keyFigureFields,
          },
        ],
      },
    ],
  },
  {
    id: 'sources',
    title: () => msg('Quellen'),
    path: ['sources'],
    fields: [
      heading,
      {
        kind: 'item-list',
        key: 'items',
        label: () => msg('Quellen'),
        itemLabel: (n) => msg(str`Quelle ${n}`),
        summary: (item) => first(item, 'text'),
        addLabel: () => msg('Quelle hinzufügen'),
        create: () => ({ id: newId('quelle'), text: '', href: '' }),
        fields: [requiredText('text', () => msg('Quellenangabe')), { kind: 'link', key: 'href', label: () => msg('Link'), hint: linkHint }],
      },
    ],
  },
  {
    id: 'challenges',
    title: () => msg('Herausforderungen'),
    path: ['challenges'],
    fields: [
      heading,
      {
        kind: 'group',
        key: 'society',
        label: () => msg('Für die Gesellschaft'),
        fields: [heading, textList('topics', () => msg('Themen'), (n) => msg(str`Thema ${n}`), () => msg('Thema hinzufügen'))],
      },
      {
        kind: 'group',
        key: 'administration',
        label: () => msg('Für die Verwaltung'),
        fields: [
          heading,
          {
            kind: 'group',
            key: 'highlight',
            label: () => msg('Hervorgehobene Tatsache'),
            fields: [text('figure', () => msg('Zahl'), () => msg('Als Text, zum Beispiel „Über 7.000“')), { kind: 'textarea', key: 'text', label: () => msg('Text') }],
          },
          textList('facts', () => msg('Weitere Tatsachen'), (n) => msg(str`Tatsache ${n}`), () => msg('Tatsache hinzufügen')),
        ],
      },
    ],
  },
  {
    id: 'mission',
    title: () => msg('Mission'),
    path: ['mission'],
    fields: [
      heading,
      {
        kind: 'item-list',
        key: 'items',
        label: () => msg('Leitsätze'),
        itemLabel: (n) => msg(str`Leitsatz ${n}`),
        summary: (item) => first(item, 'title'),
        addLabel: () => msg('Leitsatz hinzufügen'),
        create: () => ({ id: newId('leitsatz'), title: '', text: '' }),
        fields: [requiredText('title', () => msg('Titel')), { kind: 'textarea', key: 'text', label: () => msg('Text') }],
      },
    ],
  },
  {
    id: 'positionings',
    title: () => msg('Positionierungen'),
    path: ['positionings'],
    fields: [
      {
        kind: 'text',
        key: 'heading',
        label: () => msg('Überschrift der 360°-Sichten'),
        hint: () => msg('Steht über der 360°-Sicht jeder Positionierung, zum Beispiel „Strategische Positionierung“. Leer: die Überschrift der Positionierung.'),
      },
      {
        kind: 'item-list',
        key: 'items',
        label: () => msg('Positionierungen'),
        itemLabel: (n) => msg(str`Positionierung ${n}`),
        summary: (item) => first(item, 'heading'),
        addLabel: () => msg('Positionierung hinzufügen'),
        create: () => ({
          id: newId('positionierung'),
          heading: '',
          subtitle: '',
          statement: '',
          topics: [],
          exampleTopic: '',
          dimensions: [],
        }),
        fields: [
          requiredText('heading', () => msg('Überschrift')),
          text('subtitle', () => msg('Untertitel')),
          { kind: 'textarea', key: 'statement', label: () => msg('Aussage'), hint: () => msg('„#Thema#“ markiert, wo das jeweilige Thema steht.') },
          textList('topics', () => msg('Themen'), (n) => msg(str`Thema ${n}`), () => msg('Thema hinzufügen')),
          text('exampleTopic', () => msg('Beispielthema (360°-Sicht)')),
          {
            kind: 'item-list',
            key: 'dimensions',
            label: () => msg('Dimensionen'),
            itemLabel: (n) => msg(str`Dimension ${n}`),
            summary: (item) => first(item, 'title'),
            addLabel: () => msg('Dimension hinzufügen'),
            create: () => ({ id: newId('dimension'), title: '', points: [] }),
            fields: [
              requiredText('title', () => msg('Titel')),
              textList('points', () => msg('Punkte'), (n) => msg(str`Punkt ${n}`), () => msg('Punkt hinzufügen')),
            ],
          },
        ],
      },
    ],
  },
  {
    id: 'publications',
    title: () => msg('Publikationen'),
    path: ['publications'],
    fields: [
      heading,
      {
        kind: 'item-list',
        key: 'items',
        label: () => msg('Publikationen'),
        itemLabel: (n) => msg(str`Publikation ${n}`),
        summary: (item) => first(item, 'title'),
        addLabel: () => msg('Publikation hinzufügen'),
        create: () => ({ id: newId('publikation'), title: '', authors: '', publisher: '', date: '', licence: '', href: '', format: '', size: '', pages: '' }),
        fields: [
          requiredText('title', () => msg('Titel')),
          text('authors', () => msg('Verfasst von')),
          text('publisher', () => msg('Herausgegeben von')),
          { kind: 'date', key: 'date', label: () => msg('Datum'), hint: dateHint },
          text('licence', () => msg('Lizenz')),
          { kind: 'link', key: 'href', label: () => msg('Link'), hint: linkHint },
          text('format', () => msg('Format'), () => msg('„PDF“')),
          // Format, size and pages are said with the link, so that nobody opens a large file unawares.
          text('size', () => msg('Dateigröße'), () => msg('Wie sie auf der Seite stehen soll, zum Beispiel „2,4 MB“.')),
          { kind: 'count', key: 'pages', label: () => msg('Anzahl der Seiten'), hint: () => msg('Eine ganze Zahl, zum Beispiel 48.') },
        ],
      },
    ],
  },
  {
    id: 'recommendations',
    title: () => msg('Empfehlungen'),
    path: ['recommendations'],
    fields: [
      heading,
      {
        kind: 'item-list',
        key: 'items',
        label: () => msg('Empfehlungen'),
        itemLabel: (n) => msg(str`Empfehlung ${n}`),
        summary: (item) => first(item, 'title'),
        addLabel: () => msg('Empfehlung hinzufügen'),
        create: () => ({ id: newId('empfehlung'), title: '', highlighted: false, startingPoint: [], measures: [] }),
        fields: [
          requiredText('title', () => msg('Titel')),
          { kind: 'checkbox', key: 'highlighted', label: () => msg('Als Priorität kennzeichnen') },
          textList('startingPoint', () => msg('Ausgangspunkt'), (n) => msg(str`Ausgangspunkt ${n}`), () => msg('Ausgangspunkt hinzufügen')),
          textList('measures', () => msg('Maßnahmen'), (n) => msg(str`Maßnahme ${n}`), () => msg('Maßnahme hinzufügen')),
        ],
      },
    ],
  },
  {
    id: 'closing',
    title: () => msg('Abschluss'),
    path: ['closing'],
    fields: [
      heading,
      {
        kind: 'item-list',
        key: 'pillars',
        label: () => msg('Säulen'),
        itemLabel: (n) => msg(str`Säule ${n}`),
        summary: (item) => first(item, 'title'),
        addLabel: () => msg('Säule hinzufügen'),
        create: () => ({ id: newId('saeule'), title: '', subtitle: '' }),
        fields: [requiredText('title', () => msg('Titel')), text('subtitle', () => msg('Untertitel'))],
      },
      text('call', () => msg('Aufruf')),
      { kind: 'textarea', key: 'quote', label: () => msg('Zitat') },
    ],
  },
  {
    id: 'channels',
    title: () => msg('Kanäle'),
    path: ['channels'],
    fields: [
      heading,
      {
        kind: 'item-list',
        key: 'items',
        label: () => msg('Kanäle'),
        itemLabel: (n) => msg(str`Kanal ${n}`),
        // "@muenchen (Mastodon)"; either alone when the other is empty, never an empty "()".
        summary: (item) => {
          const [account, platform] = [first(item, 'account').trim(), first(item, 'platform').trim()];
          return account && platform ? `${account} (${platform})` : account || platform;
        },
        addLabel: () => msg('Kanal hinzufügen'),
        create: () => ({ id: newId('kanal'), platform: 'website', account: '', href: '', newTab: false }),
        fields: [
          requiredText('platform', () => msg('Plattform'), () => msg('website, linkedin, instagram, mastodon, youtube, newsletter oder ein anderer Name')),
          requiredText('account', () => msg('Konto')),
          { kind: 'link', key: 'href', label: () => msg('Link'), required: true, hint: linkHint },
          { kind: 'checkbox', key: 'newTab', label: () => msg('In neuem Tab öffnen') },
        ],
      },
    ],
  },
  {
    id: 'contact',
    title: () => msg('Kontakt'),
    path: ['contact'],
    fields: [
      heading,
      text('name', () => msg('Person oder Rolle'), () => msg('Für eine veröffentlichte Seite besser eine Rolle: „Team Digitale Kommunikation“.')),
      text('position', () => msg('Funktion')),
      text('unit', () => msg('Organisationseinheit')),
      { kind: 'email', key: 'email', label: () => msg('E-Mail-Adresse') },
      { kind: 'tel', key: 'phone', label: () => msg('Telefon') },
    ],
  },
];
