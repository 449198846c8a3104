import { quoteIn, type Language } from './problems.js';

/**
 * Where a place of a document is, in words a person finds in the admin's form: "Kennzahlen › Gruppe 1
 * › Kennzahl 1 › Wert" for `keyFigures.groups[0].figures[0].value`. The words are the form's own
 * labels, so a location leads to the field.
 */
type Words = Readonly<Record<Language, string>>;

/** A field of the document: its name; for a list, what one item is called ("Gruppe" → "Gruppe 1"); its fields, or its items' fields. */
export interface PlaceWords {
  name: Words;
  item?: Words;
  fields?: Readonly<Record<string, PlaceWords>>;
}

const named = (de: string, en: string, fields?: Record<string, PlaceWords>): PlaceWords => ({ name: { de, en }, ...(fields && { fields }) });
const list = (de: string, en: string, item: [de: string, en: string], fields?: Record<string, PlaceWords>): PlaceWords => ({
  name: { de, en },
  item: { de: item[0], en: item[1] },
  ...(fields && { fields }),
});

const heading = named('Überschrift', 'Heading');
const id = named('Kennung', 'Identifier');
const title = named('Titel', 'Title');
const subtitle = named('Untertitel', 'Subtitle');
const text = named('Text', 'Text');
const link = named('Link', 'Link');
const date = named('Datum', 'Date');

/** The words for every place of a document, in the schema's shape. */
export const documentPlaces: PlaceWords = named('Dokument', 'Document', {
  schemaVersion: named('Formatversion', 'Format version'),
  language: named('Sprache der Inhalte', 'Language of the content'),
  organisation: named('Organisation und Marke', 'Organisation and brand', {
    city: named('Stadt', 'City'),
    department: named('Referat oder Abteilung', 'Department or division'),
    wordmark: named('Wortmarke', 'Wordmark'),
    theme: named('Erscheinungsbild', 'Design'),
    logo: named('Logo', 'Logo', { src: named('Bild', 'Image'), alt: named('Alternativtext', 'Alternative text') }),
    homeHref: named('Link zur Startseite', 'Link to the home page'),
    imprintHref: named('Link zum Impressum', 'Link to the legal notice'),
    privacyHref: named('Link zur Datenschutzerklärung', 'Link to the privacy notice'),
    accessibilityHref: named('Link zur Erklärung zur Barrierefreiheit', 'Link to the accessibility statement'),
  }),
  hero: named('Titel', 'Title', {
    title,
    subtitle,
    speaker: named('Vortragende Person', 'Speaker'),
    role: named('Funktion', 'Role'),
    date,
  }),
  sovereignty: named('Begriffe', 'Terms', { heading, terms: list('Begriffe', 'Terms', ['Begriff', 'Term']) }),
  keyMessage: named('Kernbotschaft', 'Key message'),
  vision: named('Vision', 'Vision', { heading, text, emphasis: named('Hervorgehobenes Wort', 'Emphasised word') }),
  keyFigures: named('Kennzahlen', 'Key figures', {
    heading,
    groups: list('Gruppen', 'Groups', ['Gruppe', 'Group'], {
      id,
      heading: named('Überschrift der Gruppe', 'Group heading'),
      spokenHeading: named('Überschrift zum Vorlesen', 'Heading read aloud'),
      figures: list('Kennzahlen', 'Key figures', ['Kennzahl', 'Key figure'], {
        id,
        value: named('Wert', 'Value'),
        qualifier: named('Genauigkeit', 'Precision'),
        unit: named('Einheit', 'Unit'),
        notation: named('Schreibweise', 'Number format'),
        label: named('Bezeichnung', 'Label'),
        spokenLabel: named('Bezeichnung zum Vorlesen', 'Label read aloud'),
        sourceId: named('Quelle', 'Source'),
        asOf: named('Stand', 'As of'),
      }),
    }),
  }),
  sources: named('Quellen', 'Sources', {
    heading,
    items: list('Quellen', 'Sources', ['Quelle', 'Source'], { id, text: named('Quellenangabe', 'Citation'), href: link }),
  }),
  challenges: named('Herausforderungen', 'Challenges', {
    heading,
    society: named('Für die Gesellschaft', 'For society', { heading, topics: list('Themen', 'Topics', ['Thema', 'Topic']) }),
    administration: named('Für die Verwaltung', 'For the administration', {
      heading,
      highlight: named('Hervorgehobene Tatsache', 'Highlighted fact', { figure: named('Zahl', 'Figure'), text }),
      facts: list('Weitere Tatsachen', 'Other facts', ['Tatsache', 'Fact']),
    }),
  }),
  mission: named('Mission', 'Mission', {
    heading,
    items: list('Leitsätze', 'Guiding principles', ['Leitsatz', 'Guiding principle'], { id, title, text }),
  }),
  positionings: named('Positionierungen', 'Positionings', {
    heading: named('Überschrift der 360°-Sichten', 'Heading of the 360° views'),
    items: list('Positionierungen', 'Positionings', ['Positionierung', 'Positioning'], {
      id,
      heading,
      subtitle,
      statement: named('Aussage', 'Statement'),
      topics: list('Themen', 'Topics', ['Thema', 'Topic']),
      exampleTopic: named('Beispielthema (360°-Sicht)', 'Example topic (360° view)'),
      dimensions: list('Dimensionen', 'Dimensions', ['Dimension', 'Dimension'], {
        id,
        title,
        points: list('Punkte', 'Points', ['Punkt', 'Point']),
      }),
    }),
  }),
  publications: named('Publikationen', 'Publications', {
    heading,
    items: list('Publikationen', 'Publications', ['Publikation', 'Publication'], {
      id,
      title,
      authors: named('Verfasst von', 'Authors'),
      publisher: named('Herausgegeben von', 'Publisher'),
      date,
      licence: named('Lizenz', 'Licence'),
      href: link,
      format: named('Format', 'Format'),
      size: named('Dateigröße', 'File size'),
      pages: named('Anzahl der Seiten', 'Number of pages'),
    }),
  }),
  recommendations: named('Empfehlungen', 'Recommendations', {
    heading,
    items: list('Empfehlungen', 'Recommendations', ['Empfehlung', 'Recommendation'], {
      id,
      title,
      highlighted: named('Als Priorität kennzeichnen', 'Mark as priority'),
      startingPoint: list('Ausgangspunkt', 'Starting point', ['Ausgangspunkt', 'Starting point']),
      measures: list('Maßnahmen', 'Measures', ['Maßnahme', 'Measure']),
    }),
  }),
  closing: named('Abschluss', 'Closing', {
    heading,
    pillars: list('Säulen', 'Pillars', ['Säule', 'Pillar'], { id, title, subtitle }),
    call: named('Aufruf', 'Call to action'),
    quote: named('Zitat', 'Quote'),
  }),
  channels: named('Kanäle', 'Channels', {
    heading,
    items: list('Kanäle', 'Channels', ['Kanal', 'Channel'], {
      id,
      platform: named('Plattform', 'Platform'),
      account: named('Konto', 'Account'),
      href: link,
      newTab: named('In neuem Tab öffnen', 'Open in a new tab'),
    }),
  }),
  contact: named('Kontakt', 'Contact', {
    heading,
    name: named('Person oder Rolle', 'Person or role'),
    position: named('Funktion', 'Role'),
    unit: named('Organisationseinheit', 'Organisational unit'),
    email: named('E-Mail-Adresse', 'Email address'),
    phone: named('Telefon', 'Telephone'),
  }),
});

const separator = ' › ';

/** `keyFigures.groups[0].figures[0].value` → `["keyFigures", "groups", 0, "figures", 0, "value"]`. */
function keysOfPath(path: string): (string | number)[] {
  return path
    .split(/[.[\]]+/)
    .filter(Boolean)
    .map((key) => (/^\d+$/.test(key) ? Number(key) : key));
}

/**
 * Where a place of a document is, in words: "Kennzahlen › Gruppe 1 › Kennzahl 1 › Wert" (de),
 * "Key figures › Group 1 › Key figure 1 › Value" (en). A list's item is named with its position
 * from 1; a list itself by its name ("Mission › Leitsätze"); the document itself "Dokument". A field
 * the format does not know keeps its key, quoted: "Titel › „colour“". A field named as the part it
 * sits in is named twice ("Titel › Titel": the field "Titel" in the form's section "Titel"), so that
 * the part and the field never read the same. `path` is a problem's
 * `path` (the notation of `pathText`) or its keys.
 */
export function locationOf(path: string | readonly (string | number)[], language: Language = 'de'): string {
  const keys = typeof path === 'string' ? keysOfPath(path) : path;
  if (keys.length === 0) return documentPlaces.name[language];
  const words: string[] = [];
  let place: PlaceWords | undefined = documentPlaces;
  for (let index = 0; index < keys.length; index += 1) {
    const key = keys[index]!;
    if (typeof key === 'number') {
      // An item of a list whose name was not said (the list is unknown): its position.
      words.push(place?.item ? `${place.item[language]} ${key + 1}` : `${key + 1}.`);
      continue;
    }
    // Own fields only: a file's "__proto__" or "constructor" is a field the format does not know.
    const field: PlaceWords | undefined = place?.fields && Object.hasOwn(place.fields, key) ? place.fields[key] : undefined;
    const next = keys[index + 1];
    if (field?.item && typeof next === 'number') {
      words.push(`${field.item[language]} ${next + 1}`);
      index += 1;
    } else {
      words.push(field ? field.name[language] : quoteIn(language, key));
    }
    place = field;
  }
  return words.join(separator);
}
