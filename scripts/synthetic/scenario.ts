/**
 * Hand-written SYNTHETIC entries for behaviour tests and the search
 * evaluation, added to every generated site beside the random volume. Each
 * one exists for a state a test needs (a meeting with announced documents
 * and three stories, two stories sharing a phrase in two states, a long
 * title, an entry with many references, a topic nobody uses, modules with
 * several steps) or for a search a reader would make (compound words,
 * umlauts, distinct subjects per collection, words the synthetic synonym
 * groups of SYNONYMS connect). Nothing here describes real people or
 * organisations; every title says "(synthetisch)". The search evaluation's
 * queries (tests/search/synthetic-queries.json) rely on the wording here:
 * change a word and check `npm run search:eval` still finds the page.
 *
 * The generator writes what tests may look up into fixtures.json beside
 * content/ (SCENARIO below), so tests name roles, not magic strings.
 */

const MARK = 'Synthetischer Testeintrag';

export interface ScenarioEntry {
  collection: string;
  id: string;
  fields: Record<string, unknown>;
  body?: string;
}

/** Ids and addresses tests refer to, written to fixtures.json. */
export const SCENARIO = {
  cities: { gruenhagen: 'gruenhagen', muehlbach: 'muehlbach', leer: 'leerstadt' },
  meeting: 'netzwerkkonferenz-2017-gruenhagen',
  stories: {
    naehcafes: 'naehcafes-gruenhagen',
    koordinierung: 'haus-der-vielfalt-muehlbach-koordinierungsstelle',
    aufbau: 'haus-der-vielfalt-gruenhagen-aufbau',
    langerTitel: 'lange-ueberschrift',
  },
  /** The phrase two stories share (in two cities of two states). */
  sharedPhrase: 'Haus der Vielfalt',
  partners: { gruenhagen: 'nachbarschaftsverein-gruenhagen', muehlbach: 'haus-der-vielfalt-muehlbach' },
  network: 'landesnetzwerk-sued',
  modules: { kasse: 'kassenbuch-und-belege', presse: 'pressearbeit-fuer-vereine', antrag: 'zuwendungsantrag' },
  expert: 'stiftungsberaterin',
  /** A second expert, for searches by what they do (language mediation) rather than by name. */
  languageExpert: 'sprachmittlerin',
  topics: { empty: 'ohne-eintraege', many: 'finanzierung' },
} as const;

/**
 * SYNTHETIC synonym groups, written to content/search/synonyme.yaml of every
 * generated site (the file contributors edit on the real site). Each group
 * holds words that really mean the same; for each, a scenario or generated
 * page uses one member and a synonym query in tests/search/synthetic-queries.json
 * uses another that the page never writes.
 */
export const SYNONYMS: readonly (readonly string[])[] = [
  ['Förderantrag', 'Zuwendungsantrag', 'Antrag auf Förderung'],
  ['Kommune', 'Stadtverwaltung', 'Gemeinde'],
  ['Treffpunkt', 'Begegnungsort'],
  ['Beamer', 'Projektor'],
  ['Ehrenamtliche', 'Freiwillige'],
  ['Fortbildung', 'Weiterbildung', 'Schulung'],
  ['Quittung', 'Kassenbon', 'Kassenzettel'],
  ['Pressemitteilung', 'Pressemeldung', 'Presseerklärung'],
  ['Sprachmittlerin', 'Dolmetscherin'],
  ['Elterncafé', 'Elterntreff'],
  ['Ferienfreizeit', 'Ferienlager'],
  ['Anschlussfinanzierung', 'Weiterfinanzierung', 'Folgefinanzierung'],
  ['Flohmarkt', 'Trödelmarkt'],
  ['Migrantenorganisation', 'Migrantenselbstorganisation'],
  ['Bürgerhaus', 'Bürgerzentrum'],
  ['Impressum', 'Anbieterkennzeichnung'],
  ['Barrierefreiheit', 'Zugänglichkeit'],
];

/** content/search/synonyme.yaml as a contributor would write it: one flow list per group. */
export function synonymsYaml(groups: readonly (readonly string[])[] = SYNONYMS): string {
  return ['# Synthetische Synonyme für Tests.', 'gruppen:', ...groups.map((group) => `  - [${group.join(', ')}]`), ''].join('\n');
}

export function scenarioEntries(options: { topicIds: readonly string[]; meetingIds: readonly string[] }): ScenarioEntry[] {
  const { cities, stories, partners } = SCENARIO;
  const source = { title: 'Synthetischer Bericht von der Netzwerkkonferenz', date: '2017-09-20', meeting: SCENARIO.meeting };
  return [
    {
      collection: 'cities', id: cities.gruenhagen,
      fields: { title: 'Grünhagen', summary: `${MARK}: erfundene Stadt Grünhagen.`, scope: 'lokal', stand: '2026-01-01', state: 'Niedersachsen', coordinates: { lat: 52.4, lon: 9.7 } },
      body: 'Eine erfundene Kreisstadt mit regem Vereinsleben; die meisten Vereine sitzen im Nordviertel, wo ihnen die Stadtbibliothek einen Gruppenraum leiht.\n',
    },
    {
      collection: 'cities', id: cities.muehlbach,
      fields: { title: 'Mühlbach', summary: `${MARK}: erfundene Stadt Mühlbach.`, scope: 'lokal', stand: '2026-01-01', state: 'Bayern', coordinates: { lat: 48.9, lon: 11.4 } },
      body: 'Eine erfundene Kleinstadt an einem Fluss. Die Vereine nutzen das Bürgerhaus am Marktplatz für Sitzungen und Kurse.\n',
    },
    {
      // A city no entry refers to: its page shows empty lists.
      collection: 'cities', id: cities.leer,
      fields: { title: 'Leerstadt', summary: `${MARK}: eine erfundene Stadt, auf die sich nichts bezieht.`, scope: 'lokal', stand: '2026-01-01', state: 'Thüringen' },
    },
    {
      collection: 'networks', id: SCENARIO.network,
      fields: {
        title: 'Landesnetzwerk Süd (synthetisch)', summary: `${MARK}: ein erfundener Zusammenschluss von Vereinen im Süden.`, scope: 'überregional',
        stand: '2026-01-01', topics: ['vernetzung'], region: 'Bayern', founded: 2015,
      },
      body: 'Im Landesnetzwerk tauschen sich Vereine aus Oberbayern und Schwaben zweimal im Jahr über gemeinsame Projekte aus. Neue Mitglieder werden von einer Patenorganisation begleitet. Einmal im Jahr gibt das Netzwerk seinen Mitgliedern einen kleinen Zuschuss für Ferienfreizeiten mit Kindern (erfunden).\n',
    },
    {
      collection: 'partners', id: partners.gruenhagen,
      fields: {
        title: 'Nachbarschaftsverein Grünhagen (synthetisch)', summary: `${MARK}: ein erfundener Verein für Nachbarschaftshilfe.`, scope: 'lokal',
        stand: '2026-01-01', topics: ['begegnung'], city: cities.gruenhagen, networks: [SCENARIO.network], role: 'Träger',
      },
      body: 'Der Verein organisiert Nachbarschaftshilfe, Hausaufgabenbetreuung und ein wöchentliches Elterncafé im Stadtteil.\n',
    },
    {
      collection: 'partners', id: partners.muehlbach,
      fields: {
        title: 'Haus der Vielfalt Mühlbach (synthetisch)', summary: `${MARK}: ein erfundener Trägerverein.`, scope: 'lokal',
        stand: '2026-01-01', topics: ['vernetzung'], city: cities.muehlbach, networks: [SCENARIO.network], role: 'Partner',
      },
    },
    {
      // Announced documents, three stories citing it, three working groups, four outcomes, a quote and a table in the body.
      collection: 'meetings', id: SCENARIO.meeting,
      fields: {
        title: 'Netzwerkkonferenz 2017 in Grünhagen (synthetisch)',
        summary: `${MARK}: Koordinatorinnen und Koordinatoren ziehen Bilanz und sammeln Ideen für die Arbeit vor Ort.`,
        scope: 'bundesweit', stand: '2017-09-20', topics: ['vernetzung', 'finanzierung', 'verstetigung'], sources: [source],
        startDate: '2017-09-14', endDate: '2017-09-15', city: cities.gruenhagen, format: 'Präsenz', organiser: { network: SCENARIO.network },
        participantGroups: [
          { role: 'Projektleitung', description: 'Zog Bilanz aus zwei Jahren Projektarbeit (erfunden).' },
          { role: 'Lokale Koordinator*innen', description: 'Diskutierten in drei Arbeitsgruppen (erfunden).' },
        ],
        agenda: ['Rückblick auf zwei Jahre Projektarbeit', 'Arbeitsgruppen', 'Verabredungen'],
        workingGroups: { count: 3, question: 'Wie gewinnen wir neue Ehrenamtliche für die Arbeit vor Ort?' },
        outcomes: [
          { title: 'Leihbörse für Veranstaltungstechnik', kind: 'Idee', description: 'Vereine leihen sich Mikrofone, Beamer und Zelte untereinander aus.', topics: ['vernetzung'] },
          { title: 'Patenschaften zwischen erfahrenen und neuen Vereinen', kind: 'Idee', description: 'Erfahrene Vereine begleiten neue ein Jahr lang.', topics: ['vernetzung'] },
          { title: 'Gemeinsamer Kalender der Angebote', kind: 'Idee', description: 'Alle Angebote der Vereine in einem Kalender.', topics: ['begegnung'] },
          { title: 'Jährliche Fortbildung zur Buchhaltung', kind: 'Empfehlung', description: 'Eine Fortbildung pro Jahr zu Kasse und Belegen.', topics: ['finanzierung'] },
        ],
        followUps: [{ title: 'Fotodokumentation der Konferenz bereitstellen', status: 'offen', note: 'Angekündigt, noch nicht erschienen.' }],
        documents: { status: 'angekündigt', note: 'Die Präsentationen der Konferenz sind angekündigt, liegen aber noch nicht vor.' },
      },
      body: [
        'Bei der Netzwerkkonferenz in Grünhagen berichteten die Koordinatorinnen und Koordinatoren von zwei Jahren Arbeit vor Ort. Fotos der Konferenz sollen folgen.',
        '',
        '## Bilanz der Projektleitung',
        '',
        '> Viele Vereine sind in ihren Städten sichtbarer geworden.',
        '>',
        '> — Projektleitung (erfunden)',
        '',
        '### Schwachstellen',
        '',
        '| Bereich | Befund |',
        '| --- | --- |',
        '| Zusammenarbeit mit Sportvereinen | Kaum Kontakte (erfunden). |',
        '| Räume für Treffen | Oft nur kurzfristig verfügbar (erfunden). |',
        '',
      ].join('\n'),
    },
    {
      collection: 'stories', id: stories.naehcafes,
      fields: {
        title: 'Nachbarschaftsverein Grünhagen eröffnet zwei Nähcafés (synthetisch)', summary: `${MARK}: zwei Stellen für Nähcafés im Stadtteil gesichert.`,
        scope: 'lokal', stand: '2017-09-20', topics: ['begegnung', 'finanzierung'], sources: [source],
        partner: partners.gruenhagen, city: cities.gruenhagen,
        secured: [{ kind: 'Stellen', label: 'Stellen für Nähcafés', count: 2 }], status: 'gesichert',
      },
      // Only two of the five good-practice sections, so the page names the missing ones.
      body: '## Ausgangslage\n\nIm Stadtteil fehlte ein Ort, an dem Nachbarinnen Kleidung flicken, Nähmaschinen teilen und dabei ins Gespräch kommen.\n\n## Ergebnis\n\nZwei halbe Stellen leiten jetzt die Nähcafés; an zwei Nachmittagen pro Woche wird dort gemeinsam repariert und genäht, und wer nähen lernen will, bekommt Hilfe.\n',
    },
    {
      collection: 'stories', id: stories.koordinierung,
      fields: {
        title: `${SCENARIO.sharedPhrase} Mühlbach sichert eine Koordinierungsstelle (synthetisch)`, summary: `${MARK}: eine Koordinierungsstelle für zwei Jahre.`,
        scope: 'lokal', stand: '2017-09-20', topics: ['finanzierung', 'verstetigung'], sources: [source],
        partner: partners.muehlbach, city: cities.muehlbach,
        secured: [{ kind: 'Koordinierungsstelle', label: 'Koordinierungsstelle', count: 1, durationMonths: 24 }], status: 'gesichert',
      },
      body: '## Ausgangslage\n\nOhne feste Ansprechperson gingen Anfragen der Stadtverwaltung oft verloren.\n\n## Ergebnis\n\nEine Koordinatorin bündelt für zwei Jahre die Anfragen und hält den Kontakt zum Sozialamt.\n',
    },
    {
      collection: 'stories', id: stories.aufbau,
      fields: {
        title: `Verein in Grünhagen baut ein ${SCENARIO.sharedPhrase} auf (synthetisch)`, summary: `${MARK}: ein Treffpunkt für alle Vereine im Stadtteil entsteht.`,
        scope: 'lokal', stand: '2017-09-20', topics: ['begegnung'], sources: [source],
        partner: partners.gruenhagen, city: cities.gruenhagen,
        secured: [{ kind: 'Gebäude', label: 'Ehemalige Schule als Treffpunkt' }], status: 'gesichert',
      },
      body: '## Ausgangslage\n\nDie Vereine im Stadtteil hatten keinen gemeinsamen Treffpunkt.\n\n## Vorgehen\n\nIn einer ehemaligen Schule entsteht ein Haus, das alle Vereine nutzen können. Das Gebäude gehört der Stadt; der Verein zahlt eine geringe Miete (erfunden).\n',
    },
    {
      // A title near the 140-character limit, to test wrapping in headings, cards, breadcrumbs and share cards; and many references (every topic).
      collection: 'stories', id: stories.langerTitel,
      fields: {
        title: 'Kulturverein sichert nach Verhandlungen mit Stadtverwaltung, Landkreis und drei Stiftungen Beratung, Begegnung und Bildung (synthetisch)',
        summary: `${MARK}: ein Eintrag mit langem Titel und vielen Bezügen.`, scope: 'lokal', stand: '2026-01-01',
        topics: [...options.topicIds], sources: [source, ...options.meetingIds.map((meeting) => ({ title: 'Synthetische Quelle', meeting }))],
        partner: partners.gruenhagen, city: cities.gruenhagen,
        secured: [{ kind: 'Projekt', label: 'Beratung, Begegnung und Bildung (erfunden)', count: 3, durationMonths: 36 }], status: 'gesichert',
        funding: { kinds: ['Zuschuss'], areas: ['Integration & Teilhabe'], regions: ['Bayern'], eligible: ['Verein'] },
      },
      body: '## Ausgangslage\n\nDie Verhandlungen dauerten mehr als ein Jahr.\n',
    },
    ...[
      {
        id: SCENARIO.modules.kasse, order: 7, title: 'Kassenbuch führen und Belege sammeln (synthetisch)',
        summary: `${MARK}: wie ein Verein Einnahmen und Ausgaben nachvollziehbar festhält.`,
        text: 'Jede Ausgabe braucht eine Quittung. Wer die Quittungen nach Datum ablegt und jeden Monat mit dem Kontoauszug vergleicht, hat am Jahresende keine Lücken. Ordentliche Belege machen auch den Jahresabschluss leicht.',
      },
      {
        id: SCENARIO.modules.presse, order: 8, title: 'Pressearbeit für kleine Vereine (synthetisch)',
        summary: `${MARK}: wie die Lokalzeitung vom eigenen Projekt erfährt.`,
        text: 'Eine kurze Pressemitteilung mit Foto und Ansprechperson erreicht die Redaktion der Lokalzeitung am ehesten. Ein Termin vor Ort macht die Berichterstattung leichter.',
      },
      {
        id: SCENARIO.modules.antrag, order: 9, title: 'Den ersten Zuwendungsantrag schreiben (synthetisch)',
        summary: `${MARK}: vom Vorhaben über den Finanzplan bis zur Frist.`,
        text: 'Am Anfang steht die Planung: Was soll das Projekt in einem Jahr erreicht haben, wer macht mit, was kostet es? Der Finanzplan führt jede Ausgabe auf und zeigt den Eigenanteil des Vereins. Die Frist steht in der Ausschreibung; wer eine Woche früher fertig ist, kann Rückfragen noch klären.',
      },
    ].map((module) => ({
      collection: 'modules', id: module.id,
      fields: {
        title: module.title, summary: module.summary, scope: 'bundesweit', stand: '2026-01-01', topics: ['finanzierung'], order: module.order,
        level: 'Einstieg', durationMinutes: 90, goals: ['Die wichtigsten Schritte kennen (erfunden).'],
        steps: ['Lesen', 'Vorbereiten', 'Ausprobieren', 'Besprechen'].map((title) => ({ title, description: `${title}: ein Schritt des synthetischen Moduls.` })),
        exercises: [{ title: 'Übung', description: 'Eine erfundene Übung.' }],
      },
      body: `## Worum es geht\n\n${module.text}\n\n## Schritt für Schritt erklärt\n\n${module.text}\n\n## Häufige Fehler\n\nZu spät anfangen (erfunden).\n\n## Weiterlesen\n\nIn den anderen Modulen (erfunden).\n`,
    })),
    {
      collection: 'experts', id: SCENARIO.expert,
      fields: {
        title: 'Hanna Beispielfrau (synthetisch)', summary: `${MARK}: erfundene Beraterin für Anträge an Stiftungen.`, scope: 'überregional',
        stand: '2026-01-01', topics: ['finanzierung'], kind: 'extern', organisation: 'Erfundene Stiftungsberatung',
        funding: { areas: ['Integration & Teilhabe'], kinds: ['Zuschuss'] }, regions: ['bundesweit'], languages: ['de', 'ar'],
      },
      body: 'Berät Vereine, die zum ersten Mal bei einer Stiftung Geld beantragen: welche Stiftung passt, wie ein Antrag aufgebaut ist und was in den Bericht gehört.\n',
    },
    {
      collection: 'experts', id: SCENARIO.languageExpert,
      fields: {
        title: 'Derya Ausgedacht (synthetisch)', summary: `${MARK}: erfundene Sprachmittlerin für Arabisch, Farsi und Tigrinya.`, scope: 'überregional',
        stand: '2026-01-01', topics: ['bildung'], kind: 'intern', organisation: 'Erfundener Sprachmittlungsdienst',
        funding: { areas: ['Integration & Teilhabe'] }, regions: ['Niedersachsen'], languages: ['de', 'ar', 'fa', 'ti'],
      },
      body: 'Vermittelt Sprachmittlerinnen für Elterngespräche, Arzttermine und Behördengänge. Zeigt Vereinen, wie sie Honorare für Sprachmittlung in einem Antrag einplanen.\n',
    },
    {
      // A topic nothing refers to: its page shows only empty states.
      collection: 'topics', id: SCENARIO.topics.empty,
      fields: { title: 'Thema ohne Einträge (synthetisch)', summary: `${MARK}: ein Thema, dem noch nichts zugeordnet ist.`, scope: 'bundesweit', stand: '2026-01-01', order: 99 },
    },
  ];
}
