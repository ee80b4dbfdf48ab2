/**
 * Parts of CONTRIBUTING.md written from the schemas by `npm run
 * schemas:generate`, each between two marker comments. A unit test fails
 * when the committed guide and the schemas disagree, so the guide can never
 * offer a value or a file type the checker refuses.
 */
import { de } from '../../src/i18n/de.ts';
import { FUNDING_DIMENSION_KEYS, FUNDING_DIMENSIONS } from '../../src/schemas/funding.ts';
import { DOCUMENT_TYPES, DOWNLOAD_FORMATS, MAX_DOWNLOAD_BYTES } from '../../src/schemas/download-formats.ts';

export interface GuideSection {
  name: string;
  markdown(): string;
}

export const startMarker = (name: string) => `<!-- ${name}:start (npm run schemas:generate schreibt diesen Abschnitt) -->`;
export const endMarker = (name: string) => `<!-- ${name}:end -->`;

export const fundingVocabulary: GuideSection = {
  name: 'funding-vocabulary',
  markdown() {
    const rows = FUNDING_DIMENSION_KEYS.map((key) => {
      const dimension = FUNDING_DIMENSIONS[key];
      const values = dimension.values.map((value) => `\`${value}\``).join(', ');
      return `| ${de.facets[dimension.facet]} | \`${key}\` | ${de.funding.dimensionIntro[key]} | ${values} |`;
    });
    return ['| Merkmal | Feld unter `funding:` | Bedeutung | Erlaubte Werte |', '| --- | --- | --- | --- |', ...rows].join('\n');
  },
};

export const downloadFormats: GuideSection = {
  name: 'download-formats',
  markdown() {
    const rows = DOCUMENT_TYPES.map((type) => {
      const extensions = Object.entries(DOWNLOAD_FORMATS).filter(([, format]) => format.type === type).map(([extension]) => `\`.${extension}\``);
      return extensions.length ? `| \`${type}\` | ${extensions.join(', ')} |` : undefined;
    }).filter(Boolean);
    return [
      `Höchstens ${MAX_DOWNLOAD_BYTES / 1024 / 1024} MB je Datei.`,
      '',
      '| `type` beim Treffen | Dateiendungen |',
      '| --- | --- |',
      ...rows,
    ].join('\n');
  },
};

export const GUIDE_SECTIONS = [fundingVocabulary, downloadFormats] as const;

/** A section with its markers, as it must stand in the guide. */
export const sectionBlock = (section: GuideSection) => [startMarker(section.name), section.markdown(), endMarker(section.name)].join('\n');

/** The guide with every generated section replaced by the current one; throws when markers are missing. */
export function withGeneratedSections(guide: string): string {
  let text = guide;
  for (const section of GUIDE_SECTIONS) {
    const start = text.indexOf(startMarker(section.name));
    const end = text.indexOf(endMarker(section.name));
    if (start < 0 || end < start) throw new Error(`CONTRIBUTING.md: Markierungen ${startMarker(section.name)} … ${endMarker(section.name)} fehlen.`);
    text = text.slice(0, start) + sectionBlock(section) + text.slice(end + endMarker(section.name).length);
  }
  return text;
}
