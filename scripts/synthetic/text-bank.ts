/**
 * Building blocks for SYNTHETIC German test text. Nothing here describes the
 * real network: it exists only so tests and benchmarks have realistic-looking
 * volume. Every generated entry is marked "Synthetischer Testeintrag".
 */
/** Never the scenario's cities (Grünhagen, Mühlbach, Leerstadt): a large corpus would otherwise have two cities of one name. */
export const CITY_NAMES = [
  'Aldenburg', 'Birkenfelde', 'Carlshafen', 'Dornstadt', 'Eichwalde', 'Falkenau', 'Gerstenfeld', 'Hohenmoor',
  'Ilmenstedt', 'Jägersdorf', 'Kranichfeld', 'Lindenau', 'Moosbrunn', 'Neuweiler', 'Oberried', 'Quellental',
  'Rosenheide', 'Sandhagen', 'Tannenberg', 'Ulmenhof', 'Vogelsang', 'Wiesental', 'Zedernfeld', 'Buchholzen',
];

export const FIRST_NAMES = ['Alex', 'Samira', 'Jonas', 'Leyla', 'Mehmet', 'Nadia', 'Olena', 'Pavel', 'Rana', 'Tarek', 'Yusuf', 'Zeynep', 'Amira', 'Boris', 'Chiara', 'Dilan'];
export const LAST_NAMES = ['Muster', 'Beispiel', 'Probe', 'Testmann', 'Vorlage', 'Platzhalter', 'Fiktiv', 'Exempel'];

export const ORGANISATION_KINDS = ['Kulturverein', 'Elternnetzwerk', 'Jugendinitiative', 'Frauenverein', 'Begegnungszentrum', 'Bildungswerk'];


export const LANGUAGES = ['de', 'en', 'ar', 'fa', 'tr', 'ru', 'uk', 'fr', 'ku', 'ti'];

export const SENTENCES = [
  'Der Verein hat in den vergangenen Monaten neue Kontakte zur Stadtverwaltung aufgebaut.',
  'Die Koordinatorin hat einen Runden Tisch mit Vertreterinnen und Vertretern der Wohlfahrtsverbände organisiert.',
  'Ehrenamtliche begleiten Familien bei Behördengängen und übersetzen bei Elternabenden.',
  'Für das Begegnungscafé wurden Räume in einem Stadtteilzentrum gefunden.',
  'Die Finanzierung ist zunächst für ein Jahr gesichert; ein Folgeantrag ist in Vorbereitung.',
  'Im Arbeitskreis wurden Erfahrungen mit Förderanträgen ausgetauscht und Vorlagen geteilt.',
  'Kolleginnen aus der Nachbarstadt haben beim Gespräch mit dem Sozialdezernat unterstützt.',
  'Eine Potenzialanalyse hat gezeigt, welche Migrantenorganisationen im Quartier aktiv sind.',
  'Die Projektgruppe hat Meilensteine festgelegt und Verantwortlichkeiten verteilt.',
  'Der Verwendungsnachweis wurde fristgerecht eingereicht und ohne Nachfragen anerkannt.',
  'Viele Teilnehmende wünschen sich mehr Austausch über gelungene Kooperationen mit Kommunen.',
  'Die Beratung findet in mehreren Sprachen statt und wird gut angenommen.',
  'Ein Workshop zur Öffentlichkeitsarbeit hat geholfen, die Arbeit sichtbarer zu machen.',
  'Die Kooperation mit der Volkshochschule ermöglicht regelmäßige Sprachkurse.',
  'Für die Verstetigung braucht es eine feste Ansprechperson in der Verwaltung.',
];

export const HEADINGS = ['Ausgangslage', 'Ziele', 'Vorgehen', 'Ergebnis', 'Übertragbarkeit', 'Erfahrungen', 'Nächste Schritte'];

/** Small deterministic pseudo-random generator (mulberry32), so a seed always gives the same corpus. */
export function createRandom(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    some: <T>(items: readonly T[], count: number): T[] => {
      const pool = [...items];
      const chosen: T[] = [];
      while (chosen.length < count && pool.length) chosen.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
      return chosen;
    },
  };
}
