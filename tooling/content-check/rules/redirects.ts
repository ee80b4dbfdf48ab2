/** content/redirects.yaml: valid, and consistent with the entries that exist (see src/schemas/redirects.ts). */
import { redirectsSchema, REDIRECTS_FILE } from '../../../src/schemas/redirects.ts';
import { pageAddresses } from '../../../src/lib/page-model.ts';
import { issuesToProblems } from '../schema-issues.ts';
import type { ContentProblem } from '../problems.ts';
import type { Rule } from '../view.ts';
import { isDataFile, readYamlDataFile } from '../yaml-data-file.ts';

export const redirects: Rule = (view) => {
  const read = readYamlDataFile(view, REDIRECTS_FILE);
  if (!read) return [];
  if (!isDataFile(read)) return [read];
  const { file, lineOf, data: raw } = read;
  const result = redirectsSchema.safeParse(raw);
  if (!result.success) return issuesToProblems(result.error.issues, redirectsSchema, file, lineOf, raw);

  const published = view.entries.filter((entry) => !(view.production && entry.data.draft));
  const existing = pageAddresses(published);
  const problems: ContentProblem[] = [];
  const froms = new Set(result.data.moved.map((move) => move.from));
  const seen = new Set<string>();
  const claim = (address: string, keys: PropertyKey[]) => {
    if (seen.has(address)) problems.push({ file, line: lineOf(keys), field: keys.join('.'), message: `"${address}" steht mehrfach in der Liste.`, fix: 'Doppelten Eintrag löschen.' });
    seen.add(address);
  };
  result.data.moved.forEach((move, index) => {
    claim(move.from, ['moved', index, 'from']);
    if (existing.has(move.from)) {
      problems.push({ file, line: lineOf(['moved', index, 'from']), field: `moved[${index}].from`, message: `Unter "${move.from}" gibt es einen Eintrag; die Weiterleitung würde ihn verdecken.`, fix: 'Nur alte Adressen eintragen, die es nicht mehr gibt.' });
    }
    if (froms.has(move.to)) {
      problems.push({ file, line: lineOf(['moved', index, 'to']), field: `moved[${index}].to`, message: `"${move.to}" wird selbst weitergeleitet (Kette).`, fix: 'Direkt auf die endgültige Adresse weiterleiten.' });
    } else if (!existing.has(move.to)) {
      problems.push({ file, line: lineOf(['moved', index, 'to']), field: `moved[${index}].to`, message: `Das Ziel "${move.to}" gibt es nicht.`, fix: 'Die neue Adresse des Eintrags eintragen (Ordner-Adresse und Dateiname, z. B. /erfolgsgeschichten/neuer-name/).' });
    }
  });
  result.data.removed.forEach((removal, index) => {
    claim(removal.path, ['removed', index, 'path']);
    if (existing.has(removal.path)) {
      problems.push({ file, line: lineOf(['removed', index, 'path']), field: `removed[${index}].path`, message: `Unter "${removal.path}" gibt es noch einen Eintrag.`, fix: 'Erst den Eintrag löschen oder die Zeile hier entfernen.' });
    }
    if (removal.replacement && !existing.has(removal.replacement)) {
      problems.push({ file, line: lineOf(['removed', index, 'replacement']), field: `removed[${index}].replacement`, message: `Den Ersatz "${removal.replacement}" gibt es nicht.`, fix: 'Eine bestehende Adresse eintragen oder das Feld weglassen.' });
    }
  });
  return problems;
};
