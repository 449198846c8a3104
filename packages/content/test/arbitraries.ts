import fc from 'fast-check';
import { checkLink, themeNames, type StrategyDocument } from '../src/index.js';

/**
 * fast-check arbitraries for valid strategy documents. Texts mix plain words, characters that
 * matter in JSON and HTML (quotes, backslashes, `<img onerror>`), German letters and emoji, so a
 * round trip proves nothing is escaped, trimmed or interpreted on the way.
 */
const tricky = fc.constantFrom(
  '<img src=x onerror=alert(1)>',
  '"quoted" \\ back\\slash',
  'Bürger*innen – „Herzblut“',
  '😀 ✓',
  '</script><script>alert(1)</script>',
  '{"schemaVersion": 99}',
);
const words = fc.string({ minLength: 1, maxLength: 40, unit: 'grapheme' });
/** Text that says something (the schema refuses empty or blank required text). */
const requiredText = fc.oneof(tricky, words).filter((text) => /\S/.test(text));
const optionalText = fc.oneof(fc.constant(''), requiredText);
const textList = fc.array(requiredText, { maxLength: 4 });
const partialDate = fc.constantFrom('', '2025', '2025-06', '2025-06-03', '1999-12-31');
const link = fc.constantFrom(
  'https://example.org/',
  'http://example.org/a?b=c#d',
  'mailto:digital@example.org',
  'tel:+498923312345',
  '/relative/path',
  'page.html',
  '#quellen',
);
const optionalLink = fc.oneof(fc.constant(''), link);

/** A list whose items get ids "prefix-0", "prefix-1", …: unique, as the schema requires. */
const withIds = <T extends object>(prefix: string, item: fc.Arbitrary<T>, maxLength = 4) =>
  fc.array(item, { maxLength }).map((items) => items.map((entry, index) => ({ id: `${prefix}-${index}`, ...entry })));

const source = fc.record({ text: requiredText, href: optionalLink });

const figure = (sourceIds: string[]) =>
  fc.record({
    value: fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e12, max: 1e12 }).map((value) => (Object.is(value, -0) ? 0 : value)),
    qualifier: fc.constantFrom('exact', 'approx', 'more-than', 'less-than'),
    unit: fc.constantFrom('none', 'percent'),
    notation: fc.constantFrom('standard', 'compact'),
    label: requiredText,
    spokenLabel: optionalText,
    sourceId: fc.constantFrom('', ...sourceIds),
    asOf: partialDate,
  });

const visionArbitrary = fc.oneof(
  fc.record({ heading: optionalText, text: optionalText, emphasis: fc.constant('') }),
  fc
    .tuple(optionalText, requiredText, optionalText)
    .map(([before, emphasis, after]) => ({ heading: 'Vision', text: `${before}${emphasis}${after}`, emphasis })),
);

export const validDocument: fc.Arbitrary<StrategyDocument> = withIds('source', source).chain((sources) => {
  const sourceIds = sources.map((entry) => entry.id);
  return fc.record({
    schemaVersion: fc.constant(2 as const),
    language: fc.constantFrom('de' as const, 'en' as const),
    organisation: fc.record(
      {
        city: requiredText,
        department: optionalText,
        wordmark: optionalText,
        theme: fc.constantFrom(...themeNames),
        logo: fc.record({
          src: fc.constantFrom('logo.svg', 'https://example.org/logo.png', 'data:image/png;base64,iVBORw0KGgo='),
          alt: optionalText,
        }),
        homeHref: optionalLink,
        imprintHref: optionalLink,
        privacyHref: optionalLink,
        accessibilityHref: optionalLink,
      },
      { requiredKeys: ['city', 'department', 'wordmark', 'theme', 'homeHref', 'imprintHref', 'privacyHref', 'accessibilityHref'] },
    ),
    hero: fc.record({ title: requiredText, subtitle: optionalText, speaker: optionalText, role: optionalText, date: partialDate }),
    sovereignty: fc.record({ heading: optionalText, terms: textList }),
    keyMessage: optionalText,
    vision: visionArbitrary,
    keyFigures: fc.record({
      heading: optionalText,
      groups: withIds('group', fc.record({ heading: requiredText, spokenHeading: optionalText, figures: withIds('figure', figure(sourceIds), 6) }), 3),
    }),
    sources: fc.record({ heading: optionalText, items: fc.constant(sources) }),
    challenges: fc.record({
      heading: optionalText,
      society: fc.record({ heading: optionalText, topics: textList }),
      administration: fc.record({ heading: optionalText, highlight: fc.record({ figure: optionalText, text: optionalText }), facts: textList }),
    }),
    mission: fc.record({ heading: optionalText, items: withIds('mission', fc.record({ title: requiredText, text: optionalText })) }),
    positionings: fc.record({
      heading: optionalText,
      items: withIds(
        'positioning',
        fc.record({
          heading: requiredText,
          subtitle: optionalText,
          statement: optionalText,
          topics: textList,
          exampleTopic: optionalText,
          dimensions: withIds('dimension', fc.record({ title: requiredText, points: textList })),
        }),
        2,
      ),
    }),
    publications: fc.record({
      heading: optionalText,
      items: withIds(
        'publication',
        fc.record({
          title: requiredText,
          authors: optionalText,
          publisher: optionalText,
          date: partialDate,
          licence: optionalText,
          href: optionalLink,
          format: optionalText,
          size: optionalText,
          pages: fc.constantFrom('', '1', '48', '99999'),
        }),
        2,
      ),
    }),
    recommendations: fc.record({
      heading: optionalText,
      items: withIds('recommendation', fc.record({ title: requiredText, highlighted: fc.boolean(), startingPoint: textList, measures: textList })),
    }),
    closing: fc.record({
      heading: optionalText,
      pillars: withIds('pillar', fc.record({ title: requiredText, subtitle: optionalText }), 3),
      call: optionalText,
      quote: optionalText,
    }),
    channels: fc.record({
      heading: optionalText,
      items: withIds(
        'channel',
        fc.record({
          platform: fc.oneof(fc.constantFrom('website', 'linkedin', 'instagram', 'mastodon', 'youtube', 'newsletter'), requiredText),
          account: requiredText,
          href: link,
          newTab: fc.boolean(),
        }),
      ),
    }),
    contact: fc.record({
      heading: optionalText,
      name: optionalText,
      position: optionalText,
      unit: optionalText,
      email: fc.constantFrom('', 'digital@example.org', 'team.digital@stadt.example'),
      phone: fc.constantFrom('', '089 233-12345', '+49 (89) 233 12345'),
    }),
  }) as fc.Arbitrary<StrategyDocument>;
});

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Every place in a document holding a value, as a key path and the value there. */
export function leavesAndBranches(value: Json, path: (string | number)[] = []): { path: (string | number)[]; value: Json }[] {
  const here = path.length === 0 ? [] : [{ path, value }];
  if (Array.isArray(value)) return [...here, ...value.flatMap((item, index) => leavesAndBranches(item, [...path, index]))];
  if (typeof value === 'object' && value !== null) {
    return [...here, ...Object.entries(value).flatMap(([key, item]) => leavesAndBranches(item, [...path, key]))];
  }
  return here;
}

/** A value of another JSON type than `value`: what a hand-edited or foreign file might hold there. */
export function wrongTypeFor(value: Json): Json {
  if (typeof value === 'string') return 42;
  if (typeof value === 'number') return 'zweiundvierzig';
  if (typeof value === 'boolean') return 'ja';
  if (Array.isArray(value)) return { not: 'a list' };
  return ['not', 'an', 'object'];
}

export function setAt(root: Json, path: (string | number)[], replacement: Json): Json {
  const copy = structuredClone(root);
  let parent = copy as Record<string | number, Json>;
  path.slice(0, -1).forEach((key) => {
    parent = parent[key] as Record<string | number, Json>;
  });
  parent[path[path.length - 1] as string | number] = replacement;
  return copy;
}

/** A key of a field the form shows as a link input (`<input type="url">`). */
export const linkKeys: ReadonlySet<string> = new Set(['href', 'homeHref', 'imprintHref', 'privacyHref', 'accessibilityHref']);
/**
 * Keys of text the form does not let a person type: identifiers (never shown), choices (selects:
 * the language, theme, qualifier, unit, notation; a figure's source, which `citing` covers), the
 * format version, and the logo (an uploaded file).
 */
const untypedKeys = new Set(['schemaVersion', 'id', 'language', 'theme', 'qualifier', 'unit', 'notation', 'sourceId', 'src']);

/** What a person may type into a field: nothing, blanks, line breaks, anything, too much. */
const typed = fc.oneof(
  fc.constantFrom('', ' ', '  \n\t ', 'x'.repeat(301), 'x'.repeat(3001), 'name at example.org', '3.6.2025', 'ruf an', 'www.muenchen.de/impressum', 'muenchen.de'),
  fc.string({ maxLength: 40, unit: 'grapheme' }),
  tricky,
);

/**
 * What a link input holds once a person typed `text`: the browser strips line breaks and the
 * whitespace at its ends (the value sanitization of `<input type="url">`).
 */
const asLinkInput = (text: string) => text.replace(/[\n\r]/g, '').replace(/^[\t\n\f\r ]+|[\t\n\f\r ]+$/g, '');

/**
 * A draft: a document as the form may hold it while a person works on it, with any text field
 * holding what they typed (empty required fields, a malformed e-mail address, a host name without
 * "https://", overlong text …) and a figure citing a source that was removed since. Not included:
 * what the form cannot produce (wrong types, unknown fields, identifiers), and an unsafe link such as
 * "javascript:…", which an import refuses by design.
 */
export const draftDocument: fc.Arbitrary<StrategyDocument> = validDocument.chain((document) => {
  const json = document as unknown as Json;
  const texts = leavesAndBranches(json).filter(({ path, value }) => typeof value === 'string' && !untypedKeys.has(String(path.at(-1))));
  const citations = leavesAndBranches(json).filter(({ path }) => path.at(-1) === 'sourceId');
  return fc
    .tuple(
      fc.array(fc.tuple(fc.constantFrom(...texts), typed), { maxLength: 8 }),
      fc.subarray(citations, { maxLength: Math.min(2, citations.length) }),
    )
    .map(([edits, removedSources]) => {
      let draft = json;
      for (const [{ path }, text] of edits) {
        const value = linkKeys.has(String(path.at(-1))) ? asLinkInput(text) : text;
        if (linkKeys.has(String(path.at(-1))) && checkLink(value) === 'unsafe') continue;
        draft = setAt(draft, path, value);
      }
      for (const { path } of removedSources) draft = setAt(draft, path, 'entfernte-quelle');
      return draft as unknown as StrategyDocument;
    });
});
