/** The smallest valid frontmatter per collection, for schema and checker tests. */
import type { CollectionName } from '../../../src/schemas/index.ts';

const base = {
  title: 'Testeintrag für Unit-Tests',
  summary: 'Eine Kurzbeschreibung, die lang genug ist.',
  scope: 'lokal',
  stand: '2026-01-01',
};

const specific: Record<CollectionName, Record<string, unknown>> = {
  meetings: { startDate: '2018-11-28', city: 'teststadt', format: 'Präsenz' },
  stories: { partner: 'testpartner', city: 'teststadt', secured: [{ kind: 'Stellen', label: 'Stellen', count: 2 }], status: 'gesichert' },
  modules: { order: 1, level: 'Einstieg', durationMinutes: 60, goals: ['Ein Ziel'], steps: [{ title: 'Schritt', description: 'Tun' }] },
  experts: { kind: 'extern', funding: { areas: ['Integration & Teilhabe'] }, regions: ['bundesweit'], languages: ['de'] },
  analyses: { city: 'teststadt' },
  partners: { city: 'teststadt' },
  cities: { state: 'Sachsen' },
  networks: { region: 'bundesweit' },
  topics: {},
  pages: {},
};

export function minimalEntry(collection: CollectionName): Record<string, unknown> {
  return { ...base, ...specific[collection] };
}

/** The same entry as a Markdown file. */
export function minimalFile(collection: CollectionName, overrides: Record<string, unknown> = {}, body = ''): string {
  const data = { ...minimalEntry(collection), ...overrides };
  const yaml = Object.entries(data)
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${JSON.stringify(value)}`)
    .join('\n');
  return `---\n${yaml}\n---\n${body}`;
}
