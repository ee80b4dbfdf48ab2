/**
 * Generates a complete SYNTHETIC site (content/ and public/downloads/) for
 * tests and benchmarks, outside the real content/ folder:
 *
 *   node scripts/synthetic/generate-site.ts --out tests/.output/synthetic --entries 60
 *
 * Every entry is marked as synthetic test data. The real site never reads it.
 * Shares of N: cities 5 %, networks 2 %, partners 10 %, meetings 8 %, stories 30 %,
 * modules 10 %, experts 35 %, plus six topics, two potential analyses (one complete,
 * one partial, the last city has none), a few fixed pages, and the hand-written
 * scenario entries of scenario.ts (states behaviour tests need, subjects the
 * search evaluation asks for), plus content/search/synonyme.yaml with the
 * synthetic synonym groups of scenario.ts. fixtures.json beside content/
 * names the scenario's ids for tests.
 */
import fs from 'node:fs';
import path from 'node:path';
import { STATES } from '../../src/schemas/fields.ts';
import { FUNDING_AREAS, FUNDING_ELIGIBLE, FUNDING_KINDS, FUNDING_REGIONS } from '../../src/schemas/funding.ts';
import {
  CITY_NAMES, createRandom, FIRST_NAMES, HEADINGS, LANGUAGES, LAST_NAMES, ORGANISATION_KINDS, SENTENCES,
} from './text-bank.ts';
import { SCENARIO, scenarioEntries, synonymsYaml } from './scenario.ts';
import { MEETING_DOCUMENTS, writeMeetingDocuments } from './documents.ts';

export interface GenerateOptions {
  out: string;
  entries: number;
  seed?: number;
}

const MARK = 'Synthetischer Testeintrag';

/** A few lines of text for each legal page, so the search has something of each to find. */
const LEGAL_BODIES = {
  impressum: 'Angaben zum Betreiber der Testseite stehen unten, sobald sie eingetragen sind (erfunden). Hier steht auch, wer für die Inhalte verantwortlich ist.',
  datenschutz: 'Die Testseite speichert keine Daten über ihre Besucherinnen und Besucher (erfunden). Sie setzt keine Cookies und lädt keine fremden Schriften oder Karten nach.',
  barrierefreiheit: 'Wer auf der Testseite auf eine Barriere stößt, kann sie hier melden (erfunden). Die Seite soll sich mit Tastatur und Bildschirmleser bedienen lassen.',
} as const;

/** What each generated topic is about, so a topic page answers searches for its subject (the search evaluation asks). */
const TOPIC_BODIES: Record<string, string> = {
  finanzierung: 'Zuschüsse, Spenden, Stiftungen und öffentliche Förderprogramme: womit Vereine ihre Arbeit bezahlen (erfunden).',
  vernetzung: 'Wie Vereine sich zusammentun: gemeinsame Arbeitskreise, Netzwerktreffen und Austausch über Stadtgrenzen hinweg (erfunden).',
  verstetigung: 'Wie die Arbeit weitergeht, wenn eine Förderung endet: Anschlussfinanzierung, feste Stellen und Vereinbarungen mit der Stadt (erfunden).',
  kommunen: 'Wie Vereine mit Ämtern, Stadtrat und Bürgermeisterin ins Gespräch kommen und feste Absprachen treffen (erfunden).',
  bildung: 'Sprachkurse, Lernpaten und Elternabende: Bildungsangebote von Vereinen für Kinder und Erwachsene (erfunden).',
  begegnung: 'Orte und Anlässe, an denen sich Nachbarinnen und Nachbarn kennenlernen: offene Treffs, gemeinsames Kochen und Sport (erfunden).',
};

function yamlString(value: string): string {
  return JSON.stringify(value);
}

function frontmatter(fields: Record<string, unknown>): string {
  const lines = Object.entries(fields)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${typeof value === 'string' ? yamlString(value) : JSON.stringify(value)}`);
  return `---\n${lines.join('\n')}\n---\n`;
}

export async function generateSite({ out, entries, seed = 2018 }: GenerateOptions): Promise<{ files: number }> {
  const random = createRandom(seed);
  fs.rmSync(out, { recursive: true, force: true });
  const write = (relative: string, text: string | Uint8Array) => {
    const file = path.join(out, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  };
  write('SYNTHETISCH.md', `# ${MARK}e\n\nAlles in diesem Ordner ist erzeugt (scripts/synthetic/generate-site.ts) und beschreibt keine echten Personen oder Organisationen.\n`);

  const count = (share: number, minimum: number) => Math.max(minimum, Math.round(entries * share));
  const paragraph = (sentences: number) => random.some(SENTENCES, sentences).join(' ');
  const body = (sections: number) =>
    random.some(HEADINGS, sections)
      .map((heading) => `## ${heading}\n\n${paragraph(3)}\n\n${paragraph(2)}\n`)
      .join('\n') +
    `\n| Schritt | Zuständig | Stand |\n| --- | --- | --- |\n| Antrag vorbereiten | Koordination | erledigt |\n| Gespräch mit der Kommune | Vorstand | offen |\n`;
  const stand = () => `20${random.int(19, 26)}-0${random.int(1, 9)}-1${random.int(0, 9)}`;

  const topicIds = ['finanzierung', 'vernetzung', 'verstetigung', 'kommunen', 'bildung', 'begegnung'];
  topicIds.forEach((id, index) => {
    write(`content/topics/${id}.md`, frontmatter({
      title: `${id[0]!.toUpperCase()}${id.slice(1)} (synthetisch)`,
      summary: `${MARK}: Thema ${id} für Tests und Messungen.`,
      scope: 'bundesweit', stand: '2026-01-01', order: index + 1,
    }) + (TOPIC_BODIES[id] ? `\n${TOPIC_BODIES[id]}\n` : ''));
  });

  const cityIds: string[] = [];
  const cityNames: string[] = [];
  for (let i = 0; i < count(0.05, 3); i += 1) {
    const name = `${CITY_NAMES[i % CITY_NAMES.length]}${i >= CITY_NAMES.length ? ` ${Math.floor(i / CITY_NAMES.length) + 1}` : ''}`;
    const id = `stadt-${i + 1}`;
    cityIds.push(id);
    cityNames.push(name);
    write(`content/cities/${id}.md`, frontmatter({
      title: name, summary: `${MARK}: erfundene Stadt ${name}.`, scope: 'lokal', stand: stand(),
      state: random.pick(STATES),
      // Every third city has no coordinates, as real ones may not.
      coordinates: i % 3 === 2 ? undefined : { lat: 47.5 + random.next() * 7, lon: 6.5 + random.next() * 8 },
    }));
  }

  const networkIds: string[] = [];
  for (let i = 0; i < count(0.02, 2); i += 1) {
    const id = `netzwerk-${i + 1}`;
    networkIds.push(id);
    write(`content/networks/${id}.md`, frontmatter({
      title: `Netzwerk ${i + 1} (synthetisch)`, summary: `${MARK}: ein überlokales Netzwerk.`, scope: 'überregional',
      stand: stand(), topics: ['vernetzung'], region: i === 0 ? 'bundesweit' : random.pick(STATES),
    }) + `\n${paragraph(3)}\n`);
  }

  const partnerIds: string[] = [];
  for (let i = 0; i < count(0.1, 3); i += 1) {
    const id = `partner-${i + 1}`;
    partnerIds.push(id);
    write(`content/partners/${id}.md`, frontmatter({
      title: `${random.pick(ORGANISATION_KINDS)} ${i + 1} (synthetisch)`, summary: `${MARK}: eine erfundene Partnerorganisation.`,
      scope: 'lokal', stand: stand(), topics: random.some(topicIds, 2), city: random.pick(cityIds),
      networks: random.some(networkIds, 1), role: random.pick(['Partner', 'Träger']),
    }));
  }

  const meetingIds: string[] = [];
  for (let i = 0; i < count(0.08, 2); i += 1) {
    const id = `treffen-${i + 1}`;
    meetingIds.push(id);
    const year = 2016 + (i % 10);
    const withDocument = i === 0;
    const documentFiles = withDocument ? await writeMeetingDocuments(write) : [];
    if (withDocument) {
      write('public/downloads/synthetisch/protokoll-treffen-1.txt', `${MARK}: Protokoll (erfunden).\n`.repeat(40));
    }
    write(`content/meetings/${id}.md`, frontmatter({
      title: `Netzwerktreffen ${i + 1} (synthetisch)`, summary: `${MARK}: Bericht von einem erfundenen Netzwerktreffen im Jahr ${year}.`,
      scope: 'bundesweit', stand: `${year}-12-01`, topics: random.some(topicIds, 3),
      startDate: `${year}-11-0${random.int(1, 5)}`, endDate: `${year}-11-0${random.int(6, 9)}`, city: random.pick(cityIds),
      format: random.pick(['Präsenz', 'Online', 'Hybrid']),
      participantGroups: [{ role: 'Lokale Koordinator*innen' }],
      agenda: ['Begrüßung', 'Austausch in Arbeitsgruppen', 'Verabredungen'],
      workingGroups: { count: 2, question: 'Wie sichern wir die Arbeit vor Ort?', groups: [{ title: 'AG Finanzierung', results: [paragraph(1)] }] },
      outcomes: [{ title: `Idee ${i + 1}`, kind: 'Idee', description: paragraph(2), topics: ['finanzierung'] }],
      followUps: [{ title: 'Protokoll verschicken', status: 'erledigt' }],
      documents: withDocument
        ? { status: 'verfügbar', files: [...documentFiles, { title: 'Protokoll des Treffens (synthetisch)', file: '/downloads/synthetisch/protokoll-treffen-1.txt', type: 'Sonstiges', description: 'Erfundenes Protokoll für Tests.' }] }
        : { status: 'angekündigt' },
    }) + `\n${body(3)}`);
  }

  // Funding facts the way real stories have them: a third states none, the rest one to four dimensions.
  const storyFunding = (i: number) => {
    if (i % 3 === 2) return undefined;
    const funding: Record<string, string[]> = { kinds: [random.pick(FUNDING_KINDS)] };
    if (i % 3 === 0) funding['areas'] = random.some(FUNDING_AREAS, random.int(1, 2));
    if (i % 2 === 0) funding['regions'] = [random.pick(FUNDING_REGIONS)];
    if (i % 4 === 0) funding['eligible'] = [random.pick(FUNDING_ELIGIBLE)];
    return funding;
  };
  for (let i = 0; i < count(0.3, 3); i += 1) {
    write(`content/stories/geschichte-${i + 1}.md`, frontmatter({
      title: `Erfolgsgeschichte ${i + 1} (synthetisch)`, summary: `${MARK}: ${paragraph(1)}`, scope: 'lokal', stand: stand(),
      topics: random.some(topicIds, 2), sources: [{ title: 'Synthetische Quelle', meeting: random.pick(meetingIds) }],
      partner: random.pick(partnerIds), city: random.pick(cityIds),
      secured: [{ kind: random.pick(['Stellen', 'Gebäude', 'Projekt']), label: 'Gesicherte Mittel (erfunden)', count: random.int(1, 4), durationMonths: 12 * random.int(1, 3) }],
      status: 'gesichert', funding: storyFunding(i),
    }) + `\n${body(4)}`);
  }

  const moduleCount = count(0.1, 2);
  for (let i = 0; i < moduleCount; i += 1) {
    write(`content/modules/modul-${i + 1}.md`, frontmatter({
      title: `Lernmodul ${i + 1} (synthetisch)`, summary: `${MARK}: ein erfundenes Lernmodul.`, scope: 'bundesweit', stand: stand(),
      topics: random.some(topicIds, 2), order: i + 1, level: random.pick(['Einstieg', 'Aufbau', 'Vertiefung']),
      durationMinutes: 30 * random.int(1, 6), goals: [paragraph(1)], requires: i > 0 ? [`modul-${i}`] : [],
      steps: [{ title: 'Lesen', description: paragraph(2) }, { title: 'Üben', description: paragraph(2) }],
      exercises: [{ title: 'Übung', description: paragraph(2) }],
    }) + `\n${body(3)}`);
  }

  for (let i = 0; i < count(0.35, 3); i += 1) {
    const name = `${random.pick(FIRST_NAMES)} ${random.pick(LAST_NAMES)} ${i + 1}`;
    write(`content/experts/expertin-${i + 1}.md`, frontmatter({
      title: `${name} (synthetisch)`, summary: `${MARK}: erfundene Person für Tests des Verzeichnisses.`, scope: 'überregional',
      stand: stand(), topics: ['finanzierung'], kind: random.pick(['intern', 'extern']),
      organisation: 'Erfundene Beratungsstelle', funding: { areas: random.some(FUNDING_AREAS, random.int(1, 3)), ...(i % 2 === 0 ? { eligible: ['Verein'] } : {}) },
      regions: random.next() < 0.3 ? ['bundesweit'] : random.some(STATES, random.int(1, 2)), languages: ['de', ...random.some(LANGUAGES.slice(1), random.int(0, 2))],
    }) + `\n${paragraph(2)}\n`);
  }

  // Potential analyses: a complete one and a partial one; the other cities have none. At most one per city.
  write(`content/analyses/${cityIds[0]}.md`, frontmatter({
    title: 'Potenzialanalyse (synthetisch, vollständig)', summary: `${MARK}: eine erfundene Potenzialanalyse mit allen Abschnitten.`,
    scope: 'lokal', stand: '2026-01-01', topics: ['vernetzung'], city: cityIds[0],
    localActors: [
      { name: 'Erfundener Migrantenverein (synthetisch)', kind: 'Migrantenorganisation', partner: partnerIds[0], note: 'Trägt Begegnungsangebote.' },
      { name: 'Erfundene Initiative (synthetisch)', kind: 'Initiative' },
    ],
    municipalContacts: [{ office: 'Integrationsbeauftragte (erfunden)', role: 'Ansprechstelle für Vereine' }],
    welfareAssociations: [{ name: 'Erfundener Wohlfahrtsverband', cooperation: 'im Gespräch', note: 'Gemeinsame Beratung denkbar.' }],
    existingFunding: [{ what: 'Koordinierungsstelle (erfunden)', funder: 'Erfundene Stiftung', kind: 'Zuschuss', until: '2027-12-31' }],
    fundingGaps: ['Räume für Begegnungsangebote (erfunden)'],
    strengths: ['Vertrauen in der Community (erfunden)', 'Viele Sprachen im Team (erfunden)'],
    nextSteps: [{ what: 'Gespräch mit dem Wohlfahrtsverband (erfunden)', who: 'Koordination', by: '2026-06-30', status: 'in Arbeit' }],
  }) + `\n## Wie die Analyse entstanden ist\n\nIn ${cityNames[0]} hat die Koordination dafür mit Vereinen, Verwaltung und dem Wohlfahrtsverband gesprochen (erfunden). ${paragraph(2)}\n`);
  write(`content/analyses/${cityIds[1]}.md`, frontmatter({
    title: 'Potenzialanalyse (synthetisch, unvollständig)', summary: `${MARK}: eine erfundene Potenzialanalyse, in der Abschnitte fehlen.`,
    scope: 'lokal', stand: '2026-01-01', city: cityIds[1],
    localActors: [{ name: 'Erfundener Kulturverein (synthetisch)', kind: 'Verein' }],
    strengths: ['Erfahrung mit Straßenfesten und Flohmärkten im Stadtteil (erfunden)'],
  }));

  // A draft, which production builds must leave out.
  write('content/stories/entwurf.md', frontmatter({
    title: 'Unveröffentlichter Entwurf (synthetisch)', summary: `${MARK}: ein Entwurf, der nicht veröffentlicht wird.`, scope: 'lokal',
    stand: '2026-01-01', partner: partnerIds[0], city: cityIds[0], secured: [{ kind: 'Projekt', label: 'Entwurf' }], status: 'beantragt', draft: true,
  }));
  // One renamed and one removed entry, whose old addresses must keep working.
  write('content/redirects.yaml', [
    'moved:', '  - from: /erfolgsgeschichten/alter-name/', '    to: /erfolgsgeschichten/geschichte-1/', '    date: 2026-01-01',
    'removed:', '  - path: /erfolgsgeschichten/entfernte-geschichte/', '    title: "Entfernte Geschichte (synthetisch)"', '    date: 2026-02-01',
    '    reason: "Die Angaben ließen sich nicht belegen."', '    replacement: /erfolgsgeschichten/', '',
  ].join('\n'));

  for (const [id, title] of [['impressum', 'Impressum'], ['datenschutz', 'Datenschutz'], ['barrierefreiheit', 'Erklärung zur Barrierefreiheit']] as const) {
    write(`content/pages/${id}.md`, frontmatter({ title, summary: `${MARK}: Seite ${title} der Testseite.`, scope: 'bundesweit', stand: '2026-01-01', footer: true }) + `\n${LEGAL_BODIES[id]}\n`);
  }
  // The same GitHub-flavoured Markdown sample as .md and as .mdx, to prove both render it.
  const gfm = fs.readFileSync(path.join(import.meta.dirname, 'gfm-sample.md'), 'utf8');
  for (const extension of ['md', 'mdx']) {
    write(`content/pages/gfm-${extension}.${extension}`, frontmatter({
      title: `GFM-Beispiel ${extension}`, summary: `${MARK}: GitHub-Markdown-Beispiel als .${extension}-Datei.`, scope: 'bundesweit', stand: '2026-01-01',
    }) + `\n${gfm}`);
  }

  for (const entry of scenarioEntries({ topicIds, meetingIds })) {
    write(`content/${entry.collection}/${entry.id}.md`, frontmatter(entry.fields) + (entry.body ? `\n${entry.body}` : ''));
  }
  // Synonym groups the search expands (the real site's content/search/synonyme.yaml has the same format).
  write('content/search/synonyme.yaml', synonymsYaml());
  write('fixtures.json', `${JSON.stringify({ about: 'Ids of the hand-written synthetic entries (scripts/synthetic/scenario.ts), for tests.', ...SCENARIO, documents: { meeting: 'treffen-1', ...MEETING_DOCUMENTS } }, null, 2)}\n`);

  const files = fs.readdirSync(out, { recursive: true }).length;
  return { files };
}

function argument(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index >= 0 ? process.argv[index + 1] : undefined;
}

if (import.meta.main) {
  const out = argument('out');
  if (!out) {
    console.error('Aufruf: node scripts/synthetic/generate-site.ts --out ORDNER [--entries N] [--seed S]');
    process.exit(2);
  }
  const entries = Number(argument('entries') ?? 60);
  await generateSite({ out: path.resolve(out), entries, seed: Number(argument('seed') ?? 2018) });
  console.log(`Synthetische Seite mit etwa ${entries} Einträgen in ${out} erzeugt.`);
}
