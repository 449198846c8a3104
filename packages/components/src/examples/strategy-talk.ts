// Content of the talk "Von der Strategie zum Handeln" (IT-Referat München, 3 June 2025) for the
// stories: facts, titles, topic names and short terms as in the talk; the longer sentences (vision,
// mission, the recommendations' points) are written anew in the same spirit. Not part of the API.

export const hero = {
  title: 'Von der Strategie zum Handeln',
  subtitle: 'Digitale Souveränität für eine zukunftsfähige Verwaltung',
  speaker: 'Wolfgang Glock',
  role: 'E-/Open-Government & Smart City',
  date: '2025-06-03',
};

/** „Souveräner Staat?“ — the short quoted terms of the cloud. */
export const sovereigntyTerms = [
  'Selbstbestimmt',
  'Nicht Lobby gesteuert',
  'Leben in sicherer Freiheit',
  'Entscheidungen selbständig treffen',
  'Vertrauen',
  'Unabhängigkeit der Infrastruktur',
  'Nicht erpressbar',
  'Sicherstellung der Grundversorgung',
  'Funktionierende Daseinsvorsorge',
];

export const keyMessage = 'Digitale Souveränität braucht Strategie, gemeinsames Handeln und Mut.';

/** The vision, in new words; `emphasis` is the one word the talk stresses. */
export const vision = {
  before: 'München wächst als offene Großstadt mit Blick nach vorn. Digitale Angebote entstehen hier aus dem, was die Menschen in der Stadt brauchen, und machen das Zusammenleben fairer, nachhaltiger und lebenswerter. Sie überzeugen, weil sie den Alltag für ',
  emphasis: 'alle',
  after: ' einfacher machen.',
};

export const challenges = {
  societyHeading: '… generell für die Gesellschaft',
  administrationHeading: '… für die Verwaltung einer Großstadt',
  society: ['Klimakrise', 'Nachhaltigkeit', 'Ressourcenmangel', 'Mobilität', 'Demografischer Wandel', 'Urbanisierung', 'Soziale Integration', 'Digitalisierung'],
  administration: {
    /** The highlighted fact, split into figure and text. A no-break space keeps number and unit together ("20 %"). */
    highlight: { figure: 'Über 7.000', text: 'Beschäftigte scheiden in den nächsten 10\u00a0Jahren aus (20\u00a0% aller Beschäftigten, Tendenz steigend)' },
    facts: ['Die angespannte Haushaltslage erschwert die Nachbesetzung von Stellen.', 'Fachkräftemangel', 'Konkurrenzfähige Rahmenbedingungen'],
  },
};

/**
 * The three slides that are pictures in the talk ("Clash of Arbeitsrealität", "Clash of User
 * Experience", "Spannungsfelder der Verwaltung"): what they contrast, written anew as text. Each clash
 * is two cards side by side; the areas of tension are a list of pairs.
 */
export const clashes = {
  workingReality: [
    {
      title: 'So arbeiten viele heute',
      points: ['Gemeinsam im selben Dokument, auch von unterwegs', 'Werkzeuge, die sich von selbst erklären', 'Informationen dort, wo man sie gerade braucht'],
    },
    {
      title: 'So sieht der Verwaltungsalltag oft aus',
      points: ['Papierakten, Formulare und Medienbrüche', 'Rund 1.200 Fachanwendungen nebeneinander', 'Abstimmungen über viele Stellen und Ebenen'],
    },
  ],
  userExperience: [
    {
      title: 'Was Menschen von Apps kennen',
      points: ['Rund um die Uhr erreichbar', 'Ein Konto für vieles', 'Jederzeit sehen, wie weit ein Auftrag ist'],
    },
    {
      title: 'Was ein Behördengang oft noch heißt',
      points: ['Termine nur zu Öffnungszeiten', 'Dieselben Angaben immer wieder eintragen', 'Warten ohne Zwischenstand'],
    },
  ],
  tensions: [
    'Sicherheit und Nutzerfreundlichkeit',
    'Tempo und Sorgfalt',
    'Standard und Einzelfall',
    'Digitale Souveränität und Bequemlichkeit',
    'Neues erproben und Bewährtes betreiben',
    'Steigende Erwartungen und knapper Haushalt',
  ],
};

/** "Digitalisierungsstrategie": how the strategy's parts build on one another (a picture in the talk), in new words. */
export const strategyParts = [
  { title: 'Vision', text: 'Wohin wir wollen: digitale Angebote, die den Alltag für alle einfacher machen.' },
  { title: 'Mission', text: 'Wie wir arbeiten: nah an den Menschen, eng vernetzt und stetig lernend.' },
  { title: 'Strategische Positionierung', text: 'Was wir bei einzelnen Themen tun, von KI über Cloud bis Open Source – und wie wir es umsetzen.' },
];

/** The mission's three statements, in new words. */
export const mission = [
  { title: 'Menschen im Mittelpunkt', text: 'Was die Menschen brauchen, bestimmt, woran wir arbeiten.' },
  { title: 'Vernetzt', text: 'Wir arbeiten eng mit allen zusammen, die die Stadt mitgestalten.' },
  { title: 'Lernend', text: 'Wir lernen bei jedem Schritt dazu und verbessern uns laufend.' },
];

export const positioning = {
  heading: 'Die strategische Positionierung',
  subtitle: 'Eine 360°-Sicht auf Themen im digitalen Kontext',
  statement: 'Wir wollen Rahmenbedingungen schaffen, um #Thema# sinnvoll und verantwortungsvoll in Verwaltung und städtischer Infrastruktur zu nutzen – und zugleich pragmatisch umsetzen, auch wenn der Haushalt knapp ist.',
  topics: ['KI', 'Cloud', 'Digitale Souveränität', 'Open Source'],
  /** "… Beispiel KI": five dimensions, titles as in the talk, points shortened or reworded. */
  example: {
    topic: 'KI',
    dimensions: [
      { title: 'Anwendung von KI-Lösungen', points: ['Fokus auf Anwendung', 'Strategische Evaluierung', 'Integration externer Anwendungen'] },
      {
        title: 'Organisationsstruktur der KI-Implementierung',
        points: ['KICC – Kompetenzzentrum für Künstliche Intelligenz', 'Beratung zu KI und Beschaffung', 'KI-Ökosystem'],
      },
      {
        title: 'Technologische Voraussetzungen und Architektur',
        points: ['Skalierbare IT-Infrastruktur', 'Hohe Datenqualität', 'Hohe Verfügbarkeit', 'Green IT – Nachhaltigkeit'],
      },
      { title: 'Menschen', points: ['Kultur des Erprobens und Testens', 'KI-Talente und KI-Kompetenzen', 'Befähigen statt ersetzen'] },
      {
        title: 'Ethik und Regulatorik',
        points: ['Konformität mit Regulatorik', 'Transparenz und Steuerung der KI-Lösungen', 'Ethische Aspekte', 'Schutz vor KI-basierter Kriminalität'],
      },
    ],
  },
};

export const publication = {
  title: 'Digitale Transformation der Bundesministerien',
  authors: 'Dr. Julia Borggräfe, Bernd Eckstein (Metaplan Gesellschaft für Verwaltungsinnovation); Dr. Stefan Heumann, Dr. Florian Theißing (Agora Digitale Transformation)',
  publisher: 'Agora Digitale Transformation',
  date: '2024-06',
  licence: 'CC BY-SA',
  href: 'https://agoradigital.de/uploads/2024-06-26_ADT_Policy_Papier_Digitale_Transformation_der_Regierungsarbeit.pdf',
  format: 'PDF',
};

/** Empfehlungen: titles as in the study; the first three are highlighted in the talk. */
export const recommendations = [
  {
    title: 'Personalprozesse an den Anforderungen der Projekte ausrichten',
    highlighted: true,
    startingPoint: ['Digitale Vorhaben brauchen motivierte und gut ausgebildete Leute im Projekt.', 'Personalprozesse folgen noch der Logik der Linienorganisation.'],
    measures: ['Bewertung anpassen und Laufbahnen im Projekt ermöglichen', 'Berufs- und Projekterfahrung bei Einstellungen stärker zählen lassen', 'Qualifizierung im Projektmanagement anbieten und einfordern'],
  },
  {
    title: 'Verantwortlichkeit zentral verankern',
    highlighted: true,
    startingPoint: ['Die digitale Transformation der Verwaltung braucht klare Steuerung.', 'Verteilte Zuständigkeiten bremsen den Fortschritt.'],
    measures: ['Zuständigkeit für die digitale Transformation bündeln', 'Steuerung, Budget und Entscheidungen an einer Stelle zusammenführen', 'Die Organisation an der Aufgabe ausrichten'],
  },
  {
    title: 'Flexiblen Einsatz von Haushaltsmitteln ermöglichen',
    highlighted: true,
    startingPoint: ['Digitale Vorhaben brauchen finanziellen Spielraum.', 'Das Haushaltsrecht macht flexiblen Mitteleinsatz schwer.'],
    measures: ['Mittel leichter übertragen und gegenseitig decken', 'Eigene Budgets für digitale Vorhaben bereitstellen'],
  },
  { title: 'Effektive Beteiligungsführung gewährleisten', highlighted: false, startingPoint: [], measures: [] },
  { title: 'Projektlogik und Werkzeuge für echte Ressort-Zusammenarbeit etablieren', highlighted: false, startingPoint: [], measures: [] },
  { title: 'Auftraggeberfähigkeit verbessern', highlighted: false, startingPoint: [], measures: [] },
];

/** The closing: three pillars with their subtitles, the call and the quote. */
export const closing = {
  pillars: [
    { title: 'Strategischer Rahmen', subtitle: 'Strategisches Handeln' },
    { title: 'Nutzendenorientierung', subtitle: 'Vernetzen und Kooperieren' },
    { title: 'Investition in die Menschen', subtitle: 'Neu denken, Motivation, „Herzblut“' },
  ],
  call: 'Mut zum MACHEN …',
  quote: 'Geht nicht. Gibt’s nicht. Geht anders.',
};
