import type { StrategyDocument } from './schema.js';

/**
 * The example strategy document: the talk "Von der Strategie zum Handeln — Digitale Souveränität
 * für eine zukunftsfähige Verwaltung" (IT-Referat München, 3 June 2025). Facts, figures, titles,
 * topic names, short terms and sources are the talk's; the longer sentences (vision, mission, the
 * recommendations' points) are written anew in its spirit. The contact is a role mailbox on
 * example.org, and channel addresses are placeholders a city replaces with its own.
 */
const example: StrategyDocument = {
  schemaVersion: 2,
  language: 'de',
  organisation: {
    city: 'Landeshauptstadt München',
    department: 'IT-Referat',
    wordmark: 'München. Digital.',
    theme: 'muenchen',
    homeHref: '',
    imprintHref: 'https://example.org/impressum',
    privacyHref: 'https://example.org/datenschutz',
    accessibilityHref: 'https://example.org/barrierefreiheit',
  },
  hero: {
    title: 'Von der Strategie zum Handeln',
    subtitle: 'Digitale Souveränität für eine zukunftsfähige Verwaltung',
    speaker: 'Wolfgang Glock',
    role: 'E-/Open-Government & Smart City',
    date: '2025-06-03',
  },
  sovereignty: {
    heading: 'Souveräner Staat?',
    terms: [
      'Selbstbestimmt',
      'Nicht Lobby gesteuert',
      'Leben in sicherer Freiheit',
      'Entscheidungen selbständig treffen',
      'Vertrauen',
      'Unabhängigkeit der Infrastruktur',
      'Nicht erpressbar',
      'Sicherstellung der Grundversorgung',
      'Funktionierende Daseinsvorsorge',
    ],
  },
  keyMessage: 'Digitale Souveränität braucht Strategie, gemeinsames Handeln und Mut.',
  vision: {
    heading: 'Vision',
    text:
      'München wächst als offene Großstadt mit Blick nach vorn. Digitale Angebote entstehen hier aus dem, ' +
      'was die Menschen in der Stadt brauchen, und machen das Zusammenleben fairer, nachhaltiger und ' +
      'lebenswerter. Sie überzeugen, weil sie den Alltag für alle einfacher machen.',
    emphasis: 'alle',
  },
  keyFigures: {
    heading: 'Digitalisierung in München bedeutet …',
    groups: [
      {
        id: 'nutzerinnen',
        heading: 'NUTZER*INNEN',
        spokenHeading: '',
        figures: [
          figure('buergerinnen', 1_600_000, 'approx', 'Bürger*innen', 'landeshauptstadt', { notation: 'compact' }),
          figure('unternehmen', 90_000, 'approx', 'Unternehmen', 'landesamt'),
          figure('basiskompetenzen', 49, 'more-than', 'verfügen über digitale Basiskompetenzen', 'digital-index', { unit: 'percent' }),
          figure('behoerdendienste', 70, 'more-than', 'wollen digitale Behördendienste nutzen', 'egovernment-monitor', { unit: 'percent' }),
          figure('m-wlan-nutzende', 185_000, 'approx', 'M-WLAN Nutzer*innen je Monat', 'landeshauptstadt'),
          figure('online-antraege', 70_000, 'more-than', 'Online-Anträge mtl.', 'landeshauptstadt'),
          figure('online-termine', 100_000, 'more-than', 'Online-Terminvereinbarungen mtl.', 'landeshauptstadt'),
        ],
      },
      {
        id: 'verwaltung',
        heading: 'VERWALTUNG',
        spokenHeading: '',
        figures: [
          figure('m-wlan-standorte', 650, 'more-than', 'M-WLAN Standorte', 'landeshauptstadt'),
          figure('online-dienste', 300, 'more-than', 'Online Dienste', 'landeshauptstadt'),
          figure('beschaeftigte', 43_000, 'approx', 'Beschäftigte bei der LHM', 'landeshauptstadt'),
          figure('beschaeftigte-it', 1_400, 'more-than', 'Beschäftigte in der IT', 'landeshauptstadt'),
          figure('fachanwendungen', 1_200, 'approx', 'Fachanwendungen', 'landeshauptstadt'),
        ],
      },
    ],
  },
  sources: {
    heading: 'Quellen',
    items: [
      { id: 'digital-index', text: 'digital-Index der Initiative D21 (2024/2025)', href: '' },
      { id: 'landeshauptstadt', text: 'Landeshauptstadt München', href: '' },
      { id: 'landesamt', text: 'Statistisches Landesamt Bayern', href: '' },
      { id: 'egovernment-monitor', text: 'eGovernment Monitor, Initiative D21', href: '' },
    ],
  },
  challenges: {
    heading: 'Herausforderungen',
    society: {
      heading: '… generell für die Gesellschaft',
      topics: ['Klimakrise', 'Nachhaltigkeit', 'Ressourcenmangel', 'Mobilität', 'Demografischer Wandel', 'Urbanisierung', 'Soziale Integration', 'Digitalisierung'],
    },
    administration: {
      heading: '… für die Verwaltung einer Großstadt',
      highlight: { figure: 'Über 7.000', text: 'Beschäftigte scheiden in den nächsten 10 Jahren aus (20 % aller Beschäftigten, Tendenz steigend)' },
      facts: ['Die angespannte Haushaltslage erschwert die Nachbesetzung von Stellen.', 'Fachkräftemangel', 'Konkurrenzfähige Rahmenbedingungen'],
    },
  },
  mission: {
    heading: 'Mission',
    items: [
      { id: 'menschen', title: 'Menschen im Mittelpunkt', text: 'Was die Menschen brauchen, bestimmt, woran wir arbeiten.' },
      { id: 'vernetzt', title: 'Vernetzt', text: 'Wir arbeiten eng mit allen zusammen, die die Stadt mitgestalten.' },
      { id: 'lernend', title: 'Lernend', text: 'Wir lernen bei jedem Schritt dazu und verbessern uns laufend.' },
    ],
  },
  positionings: {
    heading: 'Strategische Positionierung',
    items: [
      {
        id: 'ki',
        heading: 'Die strategische Positionierung',
        subtitle: 'Eine 360°-Sicht auf Themen im digitalen Kontext',
        statement:
          'Wir wollen Rahmenbedingungen schaffen, um #Thema# sinnvoll und verantwortungsvoll in Verwaltung und ' +
          'städtischer Infrastruktur zu nutzen – und zugleich pragmatisch umsetzen, auch wenn der Haushalt knapp ist.',
        topics: ['KI', 'Cloud', 'Digitale Souveränität', 'Open Source'],
        exampleTopic: 'KI',
        dimensions: [
          { id: 'anwendung', title: 'Anwendung von KI-Lösungen', points: ['Fokus auf Anwendung', 'Strategische Evaluierung', 'Integration externer Anwendungen'] },
          {
            id: 'organisation',
            title: 'Organisationsstruktur der KI-Implementierung',
            points: ['KICC – Kompetenzzentrum für Künstliche Intelligenz', 'Beratung zu KI und Beschaffung', 'KI-Ökosystem'],
          },
          {
            id: 'technologie',
            title: 'Technologische Voraussetzungen und Architektur',
            points: ['Skalierbare IT-Infrastruktur', 'Hohe Datenqualität', 'Hohe Verfügbarkeit', 'Green IT – Nachhaltigkeit'],
          },
          { id: 'menschen', title: 'Menschen', points: ['Kultur des Erprobens und Testens', 'KI-Talente und KI-Kompetenzen', 'Befähigen statt ersetzen'] },
          {
            id: 'ethik',
            title: 'Ethik und Regulatorik',
            points: ['Konformität mit Regulatorik', 'Transparenz und Steuerung der KI-Lösungen', 'Ethische Aspekte', 'Schutz vor KI-basierter Kriminalität'],
          },
        ],
      },
    ],
  },
  publications: {
    heading: 'Studie',
    items: [
      {
        id: 'agora',
        title: 'Digitale Transformation der Bundesministerien',
        authors:
          'Dr. Julia Borggräfe, Bernd Eckstein (Metaplan Gesellschaft für Verwaltungsinnovation); ' +
          'Dr. Stefan Heumann, Dr. Florian Theißing (Agora Digitale Transformation)',
        publisher: 'Agora Digitale Transformation',
        date: '2024-06',
        licence: 'CC BY-SA',
        href: 'https://agoradigital.de/uploads/2024-06-26_ADT_Policy_Papier_Digitale_Transformation_der_Regierungsarbeit.pdf',
        format: 'PDF',
        size: '',
        pages: '',
      },
    ],
  },
  recommendations: {
    heading: 'Empfehlungen',
    items: [
      {
        id: 'personal',
        title: 'Personalprozesse an den Anforderungen der Projekte ausrichten',
        highlighted: true,
        startingPoint: ['Digitale Vorhaben brauchen motivierte und gut ausgebildete Leute im Projekt.', 'Personalprozesse folgen noch der Logik der Linienorganisation.'],
        measures: [
          'Bewertung anpassen und Laufbahnen im Projekt ermöglichen',
          'Berufs- und Projekterfahrung bei Einstellungen stärker zählen lassen',
          'Qualifizierung im Projektmanagement anbieten und einfordern',
        ],
      },
      {
        id: 'verantwortung',
        title: 'Verantwortlichkeit zentral verankern',
        highlighted: true,
        startingPoint: ['Die digitale Transformation der Verwaltung braucht klare Steuerung.', 'Verteilte Zuständigkeiten bremsen den Fortschritt.'],
        measures: [
          'Zuständigkeit für die digitale Transformation bündeln',
          'Steuerung, Budget und Entscheidungen an einer Stelle zusammenführen',
          'Die Organisation an der Aufgabe ausrichten',
        ],
      },
      {
        id: 'haushalt',
        title: 'Flexiblen Einsatz von Haushaltsmitteln ermöglichen',
        highlighted: true,
        startingPoint: ['Digitale Vorhaben brauchen finanziellen Spielraum.', 'Das Haushaltsrecht macht flexiblen Mitteleinsatz schwer.'],
        measures: ['Mittel leichter übertragen und gegenseitig decken', 'Eigene Budgets für digitale Vorhaben bereitstellen'],
      },
      { id: 'beteiligung', title: 'Effektive Beteiligungsführung gewährleisten', highlighted: false, startingPoint: [], measures: [] },
      { id: 'zusammenarbeit', title: 'Projektlogik und Werkzeuge für echte Ressort-Zusammenarbeit etablieren', highlighted: false, startingPoint: [], measures: [] },
      { id: 'auftraggeber', title: 'Auftraggeberfähigkeit verbessern', highlighted: false, startingPoint: [], measures: [] },
    ],
  },
  closing: {
    heading: 'Was es braucht',
    pillars: [
      { id: 'rahmen', title: 'Strategischer Rahmen', subtitle: 'Strategisches Handeln' },
      { id: 'nutzende', title: 'Nutzendenorientierung', subtitle: 'Vernetzen und Kooperieren' },
      { id: 'menschen', title: 'Investition in die Menschen', subtitle: 'Neu denken, Motivation, „Herzblut“' },
    ],
    call: 'Mut zum MACHEN …',
    quote: 'Geht nicht. Gibt’s nicht. Geht anders.',
  },
  channels: {
    heading: 'Unsere Kanäle',
    items: [
      { id: 'website', platform: 'website', account: 'muenchen.digital', href: 'https://example.org/', newTab: false },
      { id: 'linkedin', platform: 'linkedin', account: 'München Digital', href: 'https://example.org/linkedin', newTab: true },
      { id: 'instagram', platform: 'instagram', account: 'muenchen.digital', href: 'https://example.org/instagram', newTab: true },
      { id: 'youtube', platform: 'youtube', account: 'muenchendigital', href: 'https://example.org/youtube', newTab: true },
    ],
  },
  contact: {
    heading: 'Kontakt',
    name: 'Team Digitale Kommunikation',
    position: 'Digitalstrategie',
    unit: 'IT-Referat, Landeshauptstadt München',
    email: 'digital@example.org',
    phone: '',
  },
};

function figure(
  id: string,
  value: number,
  qualifier: StrategyDocument['keyFigures']['groups'][number]['figures'][number]['qualifier'],
  label: string,
  sourceId: string,
  options: { unit?: 'percent'; notation?: 'compact' } = {},
) {
  return { id, value, qualifier, unit: options.unit ?? 'none', notation: options.notation ?? 'standard', label, spokenLabel: '', sourceId, asOf: '' } as const;
}

/** A fresh copy of the example document, safe to edit. */
export function createExampleDocument(): StrategyDocument {
  return structuredClone(example);
}
