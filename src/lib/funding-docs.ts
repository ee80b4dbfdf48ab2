/**
 * The funding vocabulary as a Markdown table for CONTRIBUTING.md, written
 * from the schema by `npm run schemas:generate` between two marker comments.
 * A unit test fails when the committed guide and the schema disagree, so the
 * guide can never offer a value the checker refuses.
 */
import { de } from '../i18n/de.ts';
import { FUNDING_DIMENSION_KEYS, FUNDING_DIMENSIONS } from '../schemas/funding.ts';

export const VOCABULARY_START = '<!-- funding-vocabulary:start (npm run schemas:generate schreibt diesen Abschnitt) -->';
export const VOCABULARY_END = '<!-- funding-vocabulary:end -->';

export function fundingVocabularyMarkdown(): string {
  const rows = FUNDING_DIMENSION_KEYS.map((key) => {
    const dimension = FUNDING_DIMENSIONS[key];
    const values = dimension.values.map((value) => `\`${value}\``).join(', ');
    return `| ${de.facets[dimension.facet]} | \`${key}\` | ${de.funding.dimensionIntro[key]} | ${values} |`;
  });
  return [VOCABULARY_START, '| Merkmal | Feld unter `funding:` | Bedeutung | Erlaubte Werte |', '| --- | --- | --- | --- |', ...rows, VOCABULARY_END].join('\n');
}

/** The guide with its vocabulary block replaced by the current one; throws when the markers are missing. */
export function withFundingVocabulary(guide: string): string {
  const start = guide.indexOf(VOCABULARY_START);
  const end = guide.indexOf(VOCABULARY_END);
  if (start < 0 || end < start) throw new Error(`CONTRIBUTING.md: Markierungen ${VOCABULARY_START} … ${VOCABULARY_END} fehlen.`);
  return guide.slice(0, start) + fundingVocabularyMarkdown() + guide.slice(end + VOCABULARY_END.length);
}
