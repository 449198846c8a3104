import { themeNames as builtThemes } from '@muenchen-digital/tokens';
import { describe, expect, it } from 'vitest';
import { createExampleDocument, exportDocument, importDocument, isSafeLink, validateDocument, type StrategyDocument } from '../src/index.js';

/** The example with one change, for a test of one rule. */
function exampleWith(change: (document: StrategyDocument) => void): StrategyDocument {
  const document = createExampleDocument();
  change(document);
  return document;
}

function problemsOf(value: unknown, language: 'de' | 'en' = 'de') {
  const result = validateDocument(value, language);
  return result.ok ? [] : result.problems;
}

describe('the schema', () => {
  it('takes text that looks like markup as text, unchanged', () => {
    const label = '<img src=x onerror=alert(1)>';
    const document = exampleWith((draft) => {
      draft.keyFigures.groups[0]!.figures[0]!.label = label;
    });
    const result = validateDocument(document);
    expect(result.ok && result.document.keyFigures.groups[0]?.figures[0]?.label).toBe(label);
  });

  it.each(['javascript:alert(1)', 'JAVASCRIPT:alert(1)', 'java\tscript:alert(1)', ' javascript:alert(1)', 'data:text/html,hi', 'vbscript:msgbox(1)'])(
    'refuses the link %j, naming the field',
    (href) => {
      const document = exampleWith((draft) => {
        draft.channels.items[1]!.href = href;
      });
      expect(problemsOf(document, 'en')).toEqual([
        {
          path: 'channels.items[1].href',
          message: 'This kind of link is not allowed. Please enter an address with https:, http:, mailto: or tel:, a relative address or a #fragment.',
        },
      ]);
    },
  );

  it.each([' https://example.org', 'https://example.org/\n', 'https://exam\tple.org'])('asks to remove the spaces around a safe link %j', (href) => {
    expect(problemsOf(exampleWith((draft) => (draft.channels.items[1]!.href = href)), 'en')).toEqual([
      { path: 'channels.items[1].href', message: 'Please remove the spaces, tabs or line breaks from the address.' },
    ]);
  });

  it.each(['https://example.org/a', 'http://example.org', 'mailto:a@example.org', 'tel:+4989', '/pfad', 'seite.html', '#quellen', '?q=1'])(
    'keeps the link %j',
    (href) => {
      expect(isSafeLink(href)).toBe(true);
      expect(problemsOf(exampleWith((draft) => (draft.channels.items[0]!.href = href)))).toEqual([]);
    },
  );

  it('refuses a figure citing a source that does not exist', () => {
    const document = exampleWith((draft) => {
      draft.keyFigures.groups[1]!.figures[2]!.sourceId = 'gibt-es-nicht';
    });
    expect(problemsOf(document)).toEqual([
      {
        path: 'keyFigures.groups[1].figures[2].sourceId',
        message: 'Diese Quelle gibt es nicht. Bitte eine Quelle aus der Quellenliste wählen oder keine.',
      },
    ]);
  });

  it('takes a figure without a source (publishing warns about it, the schema does not refuse it)', () => {
    expect(problemsOf(exampleWith((draft) => (draft.keyFigures.groups[0]!.figures[0]!.sourceId = '')))).toEqual([]);
  });

  it('takes a negative figure, refuses one that is not finite', () => {
    expect(problemsOf(exampleWith((draft) => (draft.keyFigures.groups[0]!.figures[0]!.value = -12.5)))).toEqual([]);
    expect(problemsOf(exampleWith((draft) => (draft.keyFigures.groups[0]!.figures[0]!.value = Number.POSITIVE_INFINITY)), 'en')).toEqual([
      { path: 'keyFigures.groups[0].figures[0].value', message: 'A number belongs here, for example 1600000. Found: Infinity.' },
    ]);
  });

  it('refuses an unknown qualifier and says which are allowed', () => {
    const document = exampleWith((draft) => {
      (draft.keyFigures.groups[0]!.figures[0] as { qualifier: string }).qualifier = 'about';
    });
    expect(problemsOf(document)).toEqual([
      {
        path: 'keyFigures.groups[0].figures[0].qualifier',
        message: 'Bitte einen dieser Werte verwenden: exact, approx, more-than, less-than. Gefunden: „about“.',
      },
    ]);
  });

  it('takes every theme the tokens package builds, so a city that adds one there can choose it', () => {
    expect(builtThemes.length).toBeGreaterThan(1);
    for (const theme of builtThemes) {
      expect(problemsOf(exampleWith((draft) => (draft.organisation.theme = theme)))).toEqual([]);
    }
  });

  it('refuses a theme the tokens package does not build, naming those it does', () => {
    const document = exampleWith((draft) => ((draft.organisation as { theme: string }).theme = 'no-such-theme'));
    expect(problemsOf(document, 'en')).toEqual([
      { path: 'organisation.theme', message: `Please use one of these values: ${builtThemes.join(', ')}. Found: “no-such-theme”.` },
    ]);
  });

  it('refuses a duplicate id in a list', () => {
    const document = exampleWith((draft) => {
      draft.mission.items[1]!.id = draft.mission.items[0]!.id;
    });
    expect(problemsOf(document, 'en')).toEqual([
      { path: 'mission.items', message: 'An identifier occurs more than once in this list. Please give each entry its own.' },
    ]);
  });

  it('refuses blank required text, a missing field and an unknown field', () => {
    const document = exampleWith((draft) => {
      draft.hero.title = '   ';
      delete (draft.contact as Partial<StrategyDocument['contact']>).email;
      (draft.vision as Record<string, unknown>).colour = 'blau';
    });
    expect(problemsOf(document, 'en')).toEqual([
      { path: 'hero.title', message: 'Please enter a value.' },
      { path: 'vision.colour', message: 'The format has no such field. Please remove it from the file.' },
      { path: 'contact.email', message: 'This required field is missing. Please add it to the file.' },
    ]);
  });

  it.each([
    { kind: 'empty', title: '', language: 'en', message: 'Please enter a value.' },
    { kind: 'empty', title: '', language: 'de', message: 'Bitte ausfüllen.' },
    { kind: 'blank and too long', title: ' '.repeat(301), language: 'en', message: 'Please enter a value.' },
  ] as const)('reports $kind required text once, with the message that says what to do ($language)', ({ title, language, message }) => {
    expect(problemsOf(exampleWith((draft) => (draft.hero.title = title)), language)).toEqual([{ path: 'hero.title', message }]);
  });

  it('refuses a list where an object belongs, once, at that place', () => {
    expect(problemsOf(exampleWith((draft) => ((draft as Record<string, unknown>).hero = ['Titel'])), 'en')).toEqual([
      { path: 'hero', message: 'A group of fields in curly brackets belongs here: { … }. Found: a list.' },
    ]);
  });

  it('refuses a "__proto__" key as an unknown field instead of following it', () => {
    const parsed: unknown = JSON.parse(JSON.stringify(createExampleDocument()).replace('"hero":{', '"hero":{"__proto__":{"polluted":true},'));
    expect(problemsOf(parsed, 'en')).toEqual([{ path: 'hero.__proto__', message: 'The format has no such field. Please remove it from the file.' }]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses an emphasis that is not in the vision', () => {
    expect(problemsOf(exampleWith((draft) => (draft.vision.emphasis = 'niemand')))).toEqual([
      { path: 'vision.emphasis', message: 'Dieses Wort steht nicht im Text. Bitte ein Wort aus dem Text eintragen oder das Feld leeren.' },
    ]);
  });

  it('takes an embedded logo image, refuses an embedded HTML page as logo', () => {
    const logo = (src: string) => exampleWith((draft) => (draft.organisation.logo = { src, alt: 'Stadtwappen' }));
    expect(problemsOf(logo('data:image/svg+xml;base64,PHN2Zy8+'))).toEqual([]);
    expect(problemsOf(logo('data:text/html;base64,PHNjcmlwdD4='), 'en')).toEqual([
      {
        path: 'organisation.logo.src',
        message: 'This image source is not allowed. Please give an image address (https: or relative) or an embedded image (PNG, JPEG, WebP, GIF, SVG).',
      },
    ]);
  });

  it('names an http: logo as one to put right (pages served over https do not load it), and an import takes it', () => {
    const document = exampleWith((draft) => (draft.organisation.logo = { src: 'http://example.org/wappen.png', alt: 'Stadtwappen' }));
    expect(problemsOf(document, 'en')).toEqual([
      {
        path: 'organisation.logo.src',
        message: 'Browsers do not show images over http: on secure pages. Please give the address with https: or choose an image file.',
      },
    ]);
    const imported = importDocument(exportDocument(document), 'en');
    expect(imported.ok && imported.problems.map(({ path }) => path)).toEqual(['organisation.logo.src']);
    expect(problemsOf(exampleWith((draft) => (draft.organisation.logo = { src: 'https://example.org/wappen.png', alt: 'Stadtwappen' })))).toEqual([]);
  });

  it('takes an id of 64 characters and refuses one of 65', () => {
    const withId = (id: string) => exampleWith((draft) => (draft.channels.items[0]!.id = id));
    expect(problemsOf(withId('q'.repeat(64)))).toEqual([]);
    expect(problemsOf(withId('q'.repeat(65))).map(({ path }) => path)).toEqual(['channels.items[0].id']);
  });

  it('refuses a malformed date, e-mail address and phone number', () => {
    const document = exampleWith((draft) => {
      draft.hero.date = '3.6.2025';
      draft.contact.email = 'digital at example.org';
      draft.contact.phone = 'ruf an';
    });
    expect(problemsOf(document, 'en').map(({ path }) => path)).toEqual(['hero.date', 'contact.email', 'contact.phone']);
  });

  // As addresses and numbers come from mail signatures and word processors, and as mdk-contact links them.
  it.each([
    ['team@münchen.de', '+49\u00a089\u202f233\u201112345'],
    ['team@xn--mnchen-3ya.de', '089 233\u201312345'],
    ['vorname.nachname@stadt.muenchen.de', '089/233.12345'],
    ['team@muenchen.de', '(089) 233\u200912345'],
  ])('takes the e-mail address %j and the phone number %j', (email, phone) => {
    expect(problemsOf(exampleWith((draft) => Object.assign(draft.contact, { email, phone })))).toEqual([]);
  });

  it('refuses a phone number without a digit', () => {
    expect(problemsOf(exampleWith((draft) => (draft.contact.phone = '( / )'))).map(({ path }) => path)).toEqual(['contact.phone']);
  });

  it('names "mailto:" in an e-mail address, and the address without it', () => {
    const document = exampleWith((draft) => (draft.contact.email = 'mailto:team@muenchen.de'));
    expect(problemsOf(document, 'de')).toEqual([{ path: 'contact.email', message: 'Bitte die Adresse ohne „mailto:“ eintragen: team@muenchen.de' }]);
    expect(problemsOf(document, 'en')).toEqual([{ path: 'contact.email', message: 'Please enter the address without “mailto:”: team@muenchen.de' }]);
  });

  it('finds the emphasis in the vision also when one has "ü" as "u" and a combining mark (as a PDF gives it)', () => {
    const decomposed = exampleWith((draft) => {
      draft.vision.text = 'Wir machen München digital.'.normalize('NFD');
      draft.vision.emphasis = 'München';
    });
    expect(decomposed.vision.text).not.toContain('München');
    expect(problemsOf(decomposed)).toEqual([]);
    // Letter case still counts: the page shows the word as the text has it, so it must be there as written.
    const otherCase = exampleWith((draft) => {
      draft.vision.text = 'Wir machen München digital.';
      draft.vision.emphasis = 'münchen';
    });
    expect(problemsOf(otherCase).map(({ path }) => path)).toEqual(['vision.emphasis']);
  });
});

describe('every problem at once', () => {
  /** A field problem, a cross-reference and an emphasis, in one document: what a person fixes together. */
  const threeKinds = () =>
    exampleWith((draft) => {
      draft.hero.title = '';
      draft.keyFigures.groups[0]!.figures[0]!.sourceId = 'nope';
      draft.vision.emphasis = 'niemand';
      draft.contact.phone = 'ruf an';
    });

  it.each([
    {
      language: 'de',
      problems: [
        { path: 'hero.title', message: 'Bitte ausfüllen.' },
        { path: 'vision.emphasis', message: 'Dieses Wort steht nicht im Text. Bitte ein Wort aus dem Text eintragen oder das Feld leeren.' },
        { path: 'keyFigures.groups[0].figures[0].sourceId', message: 'Diese Quelle gibt es nicht. Bitte eine Quelle aus der Quellenliste wählen oder keine.' },
        { path: 'contact.phone', message: 'Bitte eine Telefonnummer aus Ziffern, Leerzeichen und + ( ) / - eintragen, zum Beispiel +49 89 233-12345.' },
      ],
    },
    {
      language: 'en',
      problems: [
        { path: 'hero.title', message: 'Please enter a value.' },
        { path: 'vision.emphasis', message: 'This word is not in the text. Please enter a word from the text, or leave the field empty.' },
        { path: 'keyFigures.groups[0].figures[0].sourceId', message: 'There is no such source. Please choose one from the list of sources, or none.' },
        { path: 'contact.phone', message: 'Please enter a phone number of digits, spaces and + ( ) / -, for example +49 89 233-12345.' },
      ],
    },
  ] as const)('reports field problems, unknown sources and the emphasis together, in the document’s order ($language)', ({ language, problems }) => {
    expect(problemsOf(threeKinds(), language)).toEqual(problems);
  });

  it('reports a duplicate id while an item of the same list has a problem', () => {
    const document = exampleWith((draft) => {
      draft.mission.items[1]!.id = draft.mission.items[0]!.id;
      draft.mission.items[0]!.title = '';
    });
    expect(problemsOf(document, 'en')).toEqual([
      { path: 'mission.items[0].title', message: 'Please enter a value.' },
      { path: 'mission.items', message: 'An identifier occurs more than once in this list. Please give each entry its own.' },
    ]);
  });

  it('gives a field that breaks its own rule and a rule spanning fields one problem: its own', () => {
    const document = exampleWith((draft) => {
      draft.keyFigures.groups[0]!.figures[0]!.sourceId = 'keine Kennung!';
      draft.vision.emphasis = 'x'.repeat(301);
    });
    expect(problemsOf(document, 'en')).toEqual([
      { path: 'vision.emphasis', message: 'Please shorten this to at most 300 characters; it has 301 now.' },
      {
        path: 'keyFigures.groups[0].figures[0].sourceId',
        message: 'Please use an identifier of 1 to 64 characters: letters without accents, digits, “-” or “_”, for example source-2.',
      },
    ]);
  });

  it('judges cross-references only where it can read what they compare, and never throws', () => {
    // A source without a readable id: which sources exist is unknown, so no figure is judged.
    const unreadableSource = exampleWith((draft) => {
      draft.keyFigures.groups[0]!.figures[0]!.sourceId = 'nope';
      (draft.sources.items as unknown[])[0] = 'digital-Index';
    });
    expect(problemsOf(unreadableSource, 'en')).toEqual([
      { path: 'sources.items[0]', message: 'A group of fields in curly brackets belongs here: { … }. Found: “digital-Index”.' },
    ]);

    // Malformed parts around a readable figure: the figure is still judged.
    const malformedAround = exampleWith((draft) => {
      (draft.keyFigures.groups as unknown[]).push('keine Gruppe', { figures: 'keine Liste' });
      draft.keyFigures.groups[1]!.figures[0]!.sourceId = 'nope';
      (draft as Record<string, unknown>).vision = ['kein Objekt'];
    });
    expect(problemsOf(malformedAround, 'en').map(({ path }) => path)).toEqual([
      'vision',
      'keyFigures.groups[1].figures[0].sourceId',
      'keyFigures.groups[2]',
      'keyFigures.groups[3].id',
      'keyFigures.groups[3].heading',
      'keyFigures.groups[3].figures',
    ]);

    for (const value of [null, [], 'text', { sources: { items: [{ id: 'a' }] }, keyFigures: { groups: [{ figures: [null, { sourceId: 42 }] }] } }]) {
      expect(() => validateDocument(value)).not.toThrow();
    }
  });
});

describe('a missing field', () => {
  it('reads the same whether the field is absent or holds undefined', () => {
    const absent = exampleWith((draft) => delete (draft as Partial<StrategyDocument>).hero);
    const undefinedValue = exampleWith((draft) => ((draft as Record<string, unknown>).hero = undefined));
    const undefinedField = exampleWith((draft) => ((draft.contact as Record<string, unknown>).email = undefined));
    expect(problemsOf(absent)).toEqual([{ path: 'hero', message: 'Dieses Pflichtfeld fehlt. Bitte in der Datei ergänzen.' }]);
    expect(problemsOf(undefinedValue)).toEqual([{ path: 'hero', message: 'Dieses Pflichtfeld fehlt. Bitte in der Datei ergänzen.' }]);
    expect(problemsOf(undefinedField, 'en')).toEqual([{ path: 'contact.email', message: 'This required field is missing. Please add it to the file.' }]);
  });
});
