// One sample of markup per element of the kit, with every attribute it has set to a usable value:
// what tests that go through every element render (the framework sweep, prerendering).

/** One sample per element, with every attribute it has set to a usable value. */
export const elementSamples: Record<string, string> = {
  'mdk-kpi-tile': `<mdk-kpi-tile value="1600000" qualifier="approx" unit="none" notation="compact" label="Bürger*innen"
    spoken-label="Bürgerinnen und Bürger" source="2" as-of="2025"></mdk-kpi-tile>`,
  'mdk-kpi-group': `<mdk-kpi-group heading="Musterstadt in Zahlen" heading-level="3">
    <mdk-kpi-tile value="70" unit="percent" qualifier="more-than" label="digital"></mdk-kpi-tile></mdk-kpi-group>`,
  'mdk-source-list': `<mdk-source-list heading="Quellen" heading-level="3">
    <mdk-source number="2" href="https://example.org/zahlen">Statistisches Amt</mdk-source></mdk-source-list>`,
  'mdk-source': `<mdk-source number="2" href="https://example.org/zahlen">Statistisches Amt</mdk-source>`,
  'mdk-strategy-card': `<mdk-strategy-card heading="Digitale Teilhabe" heading-level="3"
    points='["Fokus auf Anwendung", "Strategische Evaluierung"]'></mdk-strategy-card>`,
  'mdk-positioning': `<mdk-positioning topic="Positionierung" statement="Wir gestalten" heading-level="3"
    dimensions='[{"title": "Menschen", "points": ["Teilhabe"]}, {"title": "Technik", "points": ["Plattformen"]}]'
    topics='["Daten", "KI"]'></mdk-positioning>`,
  'mdk-recommendation': `<mdk-recommendation heading="Empfehlung" heading-level="3"
    starting-point='["Viele Kanäle"]' measures='["Ein Portal", "Ein Konto"]'></mdk-recommendation>`,
  'mdk-recommendation-list': `<mdk-recommendation-list heading="Empfehlungen" heading-level="3"
    items='["Portal", {"title": "Konto", "highlighted": true}]'></mdk-recommendation-list>`,
  'mdk-pillars': `<mdk-pillars heading-level="3"
    items='[{"title": "Menschen", "text": "Teilhabe"}, {"title": "Daten", "text": "Offen"}, {"title": "Technik"}]'></mdk-pillars>`,
  'mdk-vision': `<mdk-vision heading="Vision" heading-level="3" text-before="Wir sind" emphasis="digital" text-after="und nah."></mdk-vision>`,
  'mdk-statement': `<mdk-statement text="Digital ist normal." heading-level="3"></mdk-statement>`,
  'mdk-quote-cloud': `<mdk-quote-cloud heading="Was wir hören" heading-level="3" terms='["Schneller", "Einfacher"]'></mdk-quote-cloud>`,
  // With no-heading, so a boolean attribute is in the sweep too.
  'mdk-tag-list': `<mdk-tag-list heading="Themen" heading-level="3" no-heading tags='["Klimakrise", "Mobilität"]'></mdk-tag-list>`,
  'mdk-callout': `<mdk-callout figure="24/7" text="erreichbar" label="Hinweis"></mdk-callout>`,
  'mdk-publication': `<mdk-publication heading="Digitalstrategie" heading-level="3" authors="IT-Referat" publisher="Musterstadt"
    date="2025" licence="CC BY 4.0" href="https://example.org/strategie.pdf" format="PDF" size="2 MB" pages="40"></mdk-publication>`,
  'mdk-hero': `<mdk-hero heading="Von der Strategie zum Handeln" heading-level="1" subheading="Digitalstrategie"
    speaker="Erika Mustermann" speaker-role="CDO" date="2025"></mdk-hero>`,
  'mdk-channel-links': `<mdk-channel-links heading="Kanäle" heading-level="3"
    channels='[{"platform": "website", "account": "musterstadt.example", "href": "https://musterstadt.example/"}]'></mdk-channel-links>`,
  'mdk-contact': `<mdk-contact heading="Kontakt" heading-level="3" name="Erika Mustermann" position="CDO" unit="IT-Referat"
    email="digital@musterstadt.example" phone="+49 89 123"></mdk-contact>`,
  'mdk-brand-header': `<mdk-brand-header city="Musterstadt" department="IT-Referat" wordmark="Musterstadt.Digital" home-href="/"
    main-id="inhalt"></mdk-brand-header>`,
  'mdk-brand-footer': `<mdk-brand-footer city="Musterstadt" department="IT-Referat" wordmark="Musterstadt.Digital"
    imprint-href="/impressum" privacy-href="/datenschutz" accessibility-href="/barrierefreiheit"
    links='[{"label": "Kontakt", "href": "/kontakt"}]'></mdk-brand-footer>`,
  'mdk-deck': `<mdk-deck mode="overview" label="Vortrag"><mdk-slide heading="Eins"><p>Text</p></mdk-slide></mdk-deck>`,
  'mdk-slide': `<mdk-slide heading="Eins" heading-level="2"><p>Text</p></mdk-slide>`,
};
