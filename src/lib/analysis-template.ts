/**
 * The blank Markdown template of a potential analysis, offered for download:
 * exactly what `npm run new -- --type analyses` writes, with placeholders
 * for the city and title, so the worksheet can be typed up without a terminal.
 */
import { bodyTemplate, scaffoldEntry } from './scaffold.ts';

export const TEMPLATE_PLACEHOLDERS = {
  title: 'Potenzialanalyse Stadtname',
  city: 'stadtname',
};

const HINT =
  '# Vorlage für eine Potenzialanalyse: "stadtname" und den Titel ersetzen, die Datei als content/analyses/<stadt>.md speichern.';

export function analysisTemplate(today: Date): string {
  const text = scaffoldEntry(
    'analyses',
    { values: { ...TEMPLATE_PLACEHOLDERS }, existingIds: () => [], today },
    bodyTemplate('analyses'),
  );
  return text.replace(/^---\n/, `---\n${HINT}\n`);
}
