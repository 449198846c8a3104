import { themeNames, type ThemeName } from '@muenchen-digital/tokens';
import * as v from 'valibot';
import { pathOf, pathText, problem, type ProblemCode } from './problems.js';
import { checkImageSource, checkLink, type LinkVerdict } from './safe-link.js';

/**
 * The strategy document, version 2: everything a city says about its digital strategy, in the order
 * of the talk "Von der Strategie zum Handeln". Objects are strict — a field the format does not know
 * is refused with its path rather than silently dropped, so an import never loses what a person
 * wrote. Texts are plain text: nothing in a document is ever read as markup.
 */
export const currentSchemaVersion = 2;

// Limits keep a document something a browser tab edits comfortably (the import limit is 5 MB).
const shortTextLength = 300;
const longTextLength = 3000;
const maxItems = 1000;

/**
 * A strict object: unknown keys are refused, and so is a list in its place (valibot's own object
 * schemas take arrays, which would report every field of the object as missing instead).
 */
const record = <const Entries extends v.ObjectEntries>(entries: Entries) =>
  v.pipe(
    v.custom<Record<string, unknown>>((input) => typeof input === 'object' && input !== null && !Array.isArray(input)),
    v.strictObject(entries),
  );

type Keys = (string | number)[];

/**
 * A schema with checks that span its parts: ids in a list are unique, a figure cites a source that
 * exists, the emphasis occurs in the vision. The schema's own rules stop at a field's first problem
 * (one problem per field). The spanning checks run even when some parts have problems, so a person
 * fixing a document sees every problem at once, not one kind after the other. They read the value
 * as it is, which may not have the schema's shape: they judge only what they can read, never throw,
 * and never name a field that already has a problem.
 */
function withSpanningChecks<const Schema extends v.GenericSchema>(
  schema: Schema,
  check: (value: unknown, report: (keys: Keys, code: ProblemCode) => void) => void,
) {
  return v.config(
    v.pipe(
      v.config(schema, { abortPipeEarly: true }),
      v.rawCheck<v.InferOutput<Schema>>(({ dataset, addIssue }) => {
        const value: unknown = dataset.value;
        const fieldsWithProblems = new Set((dataset.issues ?? []).map((issue) => pathOf(issue)));
        check(value, (keys, code) => {
          if (fieldsWithProblems.has(pathText(keys))) return;
          addIssue(keys.length === 0 ? { message: problem(code) } : { message: problem(code), path: pathItems(value, keys) });
        });
      }),
    ),
    // Here the pipe goes on after the schema's problems, to the spanning checks.
    { abortPipeEarly: false },
  );
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/** A field of a value that may not be an object, or may lack the field: undefined then. */
const fieldOf = (value: unknown, key: string): unknown => (isRecord(value) && Object.hasOwn(value, key) ? value[key] : undefined);
/** The items of a list that may not be a list: none then. */
const itemsOf = (value: unknown): unknown[] => (Array.isArray(value) ? value : []);

/** Any text, possibly empty: optional fields are empty strings, which forms edit directly. */
const text = (maxLength = shortTextLength) => v.pipe(v.string(), v.maxLength(maxLength));
/**
 * Text that must say something: not empty and not only spaces. One rule says both (`\S` finds
 * nothing in an empty text), so an emptied field is one problem, "Bitte ausfüllen.".
 */
const requiredText = (maxLength = shortTextLength) =>
  v.pipe(v.string(), v.regex(/\S/, problem('blank')), v.maxLength(maxLength));
const list = <const Item extends v.GenericSchema>(item: Item) => v.pipe(v.array(item), v.maxLength(maxItems));
const textList = (maxLength = shortTextLength) => list(requiredText(maxLength));

/** Stable identifiers let the editor keep focus and keys on an item while the list changes. */
const id = v.pipe(v.string(), v.regex(/^[A-Za-z0-9_-]{1,64}$/, problem('id')));
/** A list of items with ids, each id once (judged on the ids it can read, even while an item has a problem). */
const itemList = <const Item extends v.GenericSchema<Record<string, unknown>, { id: string }>>(item: Item) =>
  withSpanningChecks(list(item), (items, report) => {
    if (!Array.isArray(items)) return;
    const ids = items.map((entry) => fieldOf(entry, 'id')).filter((entryId) => typeof entryId === 'string');
    if (new Set(ids).size !== ids.length) report([], 'duplicateId');
  });

const linkProblems: Record<LinkVerdict, ProblemCode | undefined> = {
  ok: undefined,
  empty: 'emptyLink',
  unsafe: 'unsafeLink',
  untidy: 'untidyLink',
  'missing-scheme': 'missingScheme',
  invisible: 'invisibleInLink',
  wrapped: 'wrappedLink',
  'missing-colon': 'missingColon',
  'missing-mailto': 'missingMailto',
  'outlook-safe-link': 'outlookSafeLink',
};
const imageProblems: Record<ReturnType<typeof checkImageSource>, ProblemCode | undefined> = {
  ok: undefined,
  'not-an-image': 'notAnImage',
  insecure: 'insecureImage',
  unsafe: 'unsafeImage',
  untidy: 'untidyLink',
  'missing-scheme': 'missingScheme',
  invisible: 'invisibleInLink',
  wrapped: 'wrappedLink',
  'missing-colon': 'missingColon',
  'missing-mailto': 'notAnImage',
  'outlook-safe-link': 'outlookSafeLink',
};

/**
 * A rule that names what is wrong with a text by one of `problems`. In a pipe it comes before the
 * length: an unsafe link is refused as one, however long.
 */
const judged = <Verdict extends string>(judge: (text: string) => Verdict, problems: Record<Verdict, ProblemCode | undefined>) =>
  v.rawCheck<string>(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const code = problems[judge(dataset.value)];
    if (code !== undefined) addIssue({ message: problem(code) });
  });

/**
 * A link: a safe one ("javascript:" and the like are refused), without spaces at its ends, and not a
 * host name lacking "https://" ("www.muenchen.de/impressum" would point to a page of the site's own).
 */
const link = v.pipe(v.string(), judged(checkLink, linkProblems), v.maxLength(2000));
/** A link that may be left out: empty, or a link. */
const optionalLink = v.pipe(
  v.string(),
  judged((href) => (href === '' ? 'ok' : checkLink(href)), linkProblems),
  v.maxLength(2000),
);
/**
 * An e-mail address as `mdk-contact` links it: a name, "@", a host with a dot; a host with umlauts
 * ("team@münchen.de") and its ASCII form ("team@xn--mnchen-3ya.de") alike.
 */
const emailAddress = /^[^\s@<>()[\]\\,;:"?&#%/]+@[^\s@<>()[\]\\,;:"?&#%/]+\.[^\s@<>()[\]\\,;:"?&#%/.]+$/u;
/**
 * A phone number: digits and what people write between them, as `mdk-contact` reads it — spaces,
 * also the no-break and thin ones of mail signatures, brackets ("(089) …"), slashes, dots, and the
 * hyphens and dashes word processors put for "-".
 */
const phoneNumber = /^(?:(?=.*\d)[+\d(][\d\s()/.\-\u2010\u2011\u2013]{2,30})?$/u;
/** A year, a month or a day: "2025", "2025-06", "2025-06-03"; or empty. */
const partialDate = v.pipe(v.string(), v.regex(/^(?:\d{4}(?:-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?)?$/, problem('date')));

/**
 * The city themes a document may name: those the tokens package builds (one folder each), so a
 * city that adds its theme there can choose it here without a change to this schema.
 */
export { themeNames };
export const documentLanguages = ['de', 'en'] as const;
export const qualifiers = ['exact', 'approx', 'more-than', 'less-than'] as const;
export const units = ['none', 'percent'] as const;
export const notations = ['standard', 'compact'] as const;

export const logoSchema = record({
  /** An image address or an embedded image (data URL). */
  src: v.pipe(v.string(), judged(checkImageSource, imageProblems), v.maxLength(2_000_000)),
  /** What the logo says, for people who cannot see it; empty when the wordmark beside it says it all. */
  alt: text(),
});

export const organisationSchema = record({
  city: requiredText(),
  department: text(),
  /** The wordmark as text: "München. Digital.". */
  wordmark: text(),
  theme: v.picklist(themeNames),
  logo: v.optional(logoSchema),
  /**
   * The city's home page, which the header's logo and names link to; may be empty. Optional on import,
   * so documents written before it existed stay valid.
   */
  homeHref: v.optional(optionalLink, ''),
  /** The footer's links; each may be empty. */
  imprintHref: optionalLink,
  privacyHref: optionalLink,
  accessibilityHref: optionalLink,
});

export const heroSchema = record({
  title: requiredText(),
  subtitle: text(),
  speaker: text(),
  role: text(),
  date: partialDate,
});

export const sourceSchema = record({
  id,
  /** How the source is cited in the list: "digital-Index der Initiative D21 (2024/2025)". */
  text: requiredText(),
  href: optionalLink,
});

export const keyFigureSchema = record({
  id,
  /** The figure; with `unit: "percent"`, 70 means 70 %. */
  value: v.pipe(v.number(), v.finite()),
  qualifier: v.picklist(qualifiers),
  unit: v.picklist(units),
  notation: v.picklist(notations),
  /** What is counted: "Bürger*innen". */
  label: requiredText(),
  /**
   * How the label is read aloud when its written form reads badly: "Bürgerinnen und Bürger" for
   * "Bürger*innen" (screen readers say "Bürger Stern innen"). Empty reads the label. Optional on
   * import, so documents written before it existed stay valid.
   */
  spokenLabel: v.optional(text(), ''),
  /** The id of the source the figure comes from, or empty when it has none (publishing warns). */
  sourceId: v.union([v.literal(''), id]),
  /** As of when: "2025", "2025-06". */
  asOf: partialDate,
});

export const keyFigureGroupSchema = record({
  id,
  heading: requiredText(),
  /**
   * How the heading is read aloud when its written form reads badly: "Nutzerinnen und Nutzer" for
   * "NUTZER*INNEN". Empty reads the heading. Optional on import, so documents written before it
   * existed stay valid.
   */
  spokenHeading: v.optional(text(), ''),
  figures: itemList(keyFigureSchema),
});

export const missionItemSchema = record({ id, title: requiredText(), text: text(longTextLength) });

export const dimensionSchema = record({ id, title: requiredText(), points: textList() });

export const positioningSchema = record({
  id,
  heading: requiredText(),
  subtitle: text(),
  /** The statement; "#Thema#" marks where each topic goes. */
  statement: text(longTextLength),
  topics: textList(),
  /** The topic seen from every side (360°), e.g. "KI", and its dimensions. */
  exampleTopic: text(),
  dimensions: itemList(dimensionSchema),
});

export const recommendationSchema = record({
  id,
  title: requiredText(),
  highlighted: v.boolean(),
  /** „Ausgangspunkt“: where things stand. */
  startingPoint: textList(longTextLength),
  /** „Maßnahmen“: what to do. */
  measures: textList(longTextLength),
});

export const publicationSchema = record({
  id,
  title: requiredText(),
  authors: text(longTextLength),
  publisher: text(),
  date: partialDate,
  licence: text(),
  href: optionalLink,
  /** The file format: "PDF". */
  format: text(),
  /**
   * The file's size as people read it, "2,4 MB", so that nobody opens a large file unawares. Optional
   * on import, like `pages`, so documents written before either existed stay valid.
   */
  size: v.optional(text(), ''),
  /** The number of pages, "48", or empty. */
  pages: v.optional(v.pipe(v.string(), v.regex(/^(?:[1-9]\d{0,4})?$/, problem('pages'))), ''),
});

export const pillarSchema = record({ id, title: requiredText(), subtitle: text() });

export const channelSchema = record({
  id,
  /** `website`, `linkedin`, `instagram`, `mastodon`, `youtube`, `newsletter`, or another platform's name. */
  platform: requiredText(),
  /** The account as people know it: "München Digital". */
  account: requiredText(),
  href: link,
  newTab: v.boolean(),
});

const withHeading = <const Entries extends v.ObjectEntries>(entries: Entries) =>
  record({ heading: text(), ...entries });

const documentShape = record({
  schemaVersion: v.literal(currentSchemaVersion),
  /** The language the document is written in. */
  language: v.picklist(documentLanguages),
  organisation: organisationSchema,
  hero: heroSchema,
  /** „Souveräner Staat?“: short quoted terms. */
  sovereignty: withHeading({ terms: textList() }),
  keyMessage: text(longTextLength),
  vision: withSpanningChecks(
    withHeading({
      text: text(longTextLength),
      /** One word of the text to stress, or empty; it must occur in the text. */
      emphasis: text(),
    }),
    (vision, report) => {
      const visionText = fieldOf(vision, 'text');
      const emphasis = fieldOf(vision, 'emphasis');
      if (typeof visionText !== 'string' || typeof emphasis !== 'string') return;
      // Compared in one Unicode form: a PDF gives "ü" as "u" and a combining mark, typing gives one character.
      if (emphasis !== '' && !visionText.normalize('NFC').includes(emphasis.normalize('NFC'))) report(['emphasis'], 'emphasis');
    },
  ),
  keyFigures: withHeading({ groups: itemList(keyFigureGroupSchema) }),
  sources: withHeading({ items: itemList(sourceSchema) }),
  challenges: withHeading({
    society: withHeading({ topics: textList() }),
    administration: withHeading({
      /** The highlighted fact: its figure ("Über 7.000") and the rest of the sentence. */
      highlight: record({ figure: text(), text: text(longTextLength) }),
      facts: textList(longTextLength),
    }),
  }),
  mission: withHeading({ items: itemList(missionItemSchema) }),
  positionings: withHeading({ items: itemList(positioningSchema) }),
  publications: withHeading({ items: itemList(publicationSchema) }),
  recommendations: withHeading({ items: itemList(recommendationSchema) }),
  closing: withHeading({ pillars: itemList(pillarSchema), call: text(), quote: text(longTextLength) }),
  channels: withHeading({ items: itemList(channelSchema) }),
  contact: withHeading({
    /** A person or, better for a published page, a role: "Team Digitale Kommunikation". */
    name: text(),
    position: text(),
    unit: text(),
    email: v.union([v.literal(''), v.pipe(v.string(), v.maxLength(254), v.regex(emailAddress, problem('email')))]),
    phone: v.pipe(v.string(), v.regex(phoneNumber, problem('phone'))),
  }),
});

/**
 * The whole document, with the rules that span fields: figures cite sources that exist (here); the
 * emphasis occurs in the vision and ids in a list are unique (at the vision and at each list).
 */
export const strategyDocumentSchema = withSpanningChecks(documentShape, (document, report) => {
  // Which sources exist is known only when every source's id can be read; otherwise nothing is judged.
  const sources = fieldOf(fieldOf(document, 'sources'), 'items');
  if (!Array.isArray(sources)) return;
  const sourceIds = sources.map((source) => fieldOf(source, 'id'));
  if (!sourceIds.every((sourceId) => typeof sourceId === 'string')) return;
  const known = new Set(sourceIds);
  itemsOf(fieldOf(fieldOf(document, 'keyFigures'), 'groups')).forEach((group, groupIndex) => {
    itemsOf(fieldOf(group, 'figures')).forEach((figure, figureIndex) => {
      // A malformed id has its own problem at this field, which stands instead of this one.
      const sourceId = fieldOf(figure, 'sourceId');
      if (typeof sourceId !== 'string' || sourceId === '' || known.has(sourceId)) return;
      report(['keyFigures', 'groups', groupIndex, 'figures', figureIndex, 'sourceId'], 'unknownSource');
    });
  });
});

/** valibot's path items for a path inside the value a check looks at (what `addIssue` needs to name a field). */
function pathItems(root: unknown, keys: Keys): [v.IssuePathItem, ...v.IssuePathItem[]] {
  let input = root as Record<string | number, unknown>;
  const items = keys.map((key) => {
    const value = input[key];
    const item = Array.isArray(input)
      ? ({ type: 'array', origin: 'value', input, key: key as number, value } as v.ArrayPathItem)
      : ({ type: 'object', origin: 'value', input, key: key as string, value } as v.ObjectPathItem);
    input = value as Record<string | number, unknown>;
    return item;
  });
  return items as [v.IssuePathItem, ...v.IssuePathItem[]];
}

export type StrategyDocument = v.InferOutput<typeof strategyDocumentSchema>;
export type Organisation = StrategyDocument['organisation'];
export type Logo = v.InferOutput<typeof logoSchema>;
export type Hero = StrategyDocument['hero'];
export type Source = v.InferOutput<typeof sourceSchema>;
export type KeyFigure = v.InferOutput<typeof keyFigureSchema>;
export type KeyFigureGroup = v.InferOutput<typeof keyFigureGroupSchema>;
export type MissionItem = v.InferOutput<typeof missionItemSchema>;
export type Dimension = v.InferOutput<typeof dimensionSchema>;
export type Positioning = v.InferOutput<typeof positioningSchema>;
export type Recommendation = v.InferOutput<typeof recommendationSchema>;
export type Publication = v.InferOutput<typeof publicationSchema>;
export type Pillar = v.InferOutput<typeof pillarSchema>;
export type Channel = v.InferOutput<typeof channelSchema>;
export type { ThemeName };
export type Qualifier = (typeof qualifiers)[number];
export type Unit = (typeof units)[number];
export type Notation = (typeof notations)[number];
