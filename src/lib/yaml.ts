/**
 * The one way the site reads YAML: js-yaml, the parser Astro uses for
 * frontmatter, so a data file (content/redirects.yaml) and a frontmatter
 * block follow the same rules (dates, merge keys, tags, duplicate keys).
 * Failures become German messages; none of them is a stack trace.
 */
import yaml from 'js-yaml';

export interface YamlProblem {
  message: string;
  /** 1-based line within the YAML text, when the parser knows it. */
  line?: number;
  fix: string;
}

/** More values than any real file has; a few anchors can otherwise multiply into millions ("billion laughs"). */
export const MAX_YAML_VALUES = 10_000;

export const YAML_FIX =
  'Häufige Ursachen: ein Doppelpunkt im Text ohne Anführungszeichen (Text dann in "…" setzen), Einrückung mit Tabulator statt Leerzeichen, ein Feld doppelt.';

/** Parses YAML text; a problem instead of an exception. */
export function loadYaml(text: string): { data: unknown } | { problem: YamlProblem } {
  let data: unknown;
  try {
    data = yaml.load(text);
  } catch (error) {
    return { problem: yamlExceptionProblem(error, 0) };
  }
  const problem = aliasProblem(data);
  return problem ? { problem } : { data };
}

/** Words a js-yaml exception for contributors; `lineOffset` maps its 0-based line to the file. */
export function yamlExceptionProblem(error: unknown, lineOffset: number): YamlProblem {
  const exception = error as { name?: string; reason?: string; mark?: { line: number } } | undefined;
  if (exception?.name !== 'YAMLException') return { message: 'Die Angaben lassen sich nicht lesen.', fix: YAML_FIX };
  const reason = exception.reason ?? '';
  return {
    message: `Kein gültiges YAML: ${yamlReasonInGerman(reason)}`,
    ...(exception.mark ? { line: exception.mark.line + 1 + lineOffset } : {}),
    fix: reason.startsWith('unknown tag')
      ? 'Das Ausrufezeichen am Anfang des Werts entfernen oder den ganzen Wert in Anführungszeichen setzen ("!wichtig").'
      : YAML_FIX,
  };
}

/** Refuses values that expand to too many (or endlessly many) values through anchors and aliases. */
export function aliasProblem(data: unknown): YamlProblem | undefined {
  const size = expandedSize(data);
  if (size !== 'cycle' && size <= MAX_YAML_VALUES) return undefined;
  return {
    message:
      size === 'cycle'
        ? 'Ein Anker (&name) verweist auf sich selbst (*name).'
        : `Die Anker (&name) und Verweise (*name) ergeben mehr als ${MAX_YAML_VALUES.toLocaleString('de-DE')} Werte.`,
    fix: 'Anker und Verweise entfernen und die Angaben ausschreiben.',
  };
}

/** Number of values after expanding aliases (js-yaml shares aliased objects instead of copying them), or 'cycle'. */
function expandedSize(value: unknown, onPath = new Set<object>(), memo = new Map<object, number>()): number | 'cycle' {
  if (value === null || typeof value !== 'object' || value instanceof Date) return 1;
  const known = memo.get(value);
  if (known !== undefined) return known;
  if (onPath.has(value)) return 'cycle';
  onPath.add(value);
  let total = 1;
  for (const child of Object.values(value)) {
    const size = expandedSize(child, onPath, memo);
    if (size === 'cycle') return 'cycle';
    total += size;
    if (total > MAX_YAML_VALUES) break;
  }
  onPath.delete(value);
  memo.set(value, total);
  return total;
}

const REASONS: [RegExp, string][] = [
  [/^duplicated mapping key/, 'Ein Feld kommt doppelt vor.'],
  [/^unknown tag/, 'Ein Wert beginnt mit "!"; YAML liest das als Typangabe, die es nicht kennt.'],
  [/^bad indentation/, 'Die Einrückung stimmt nicht.'],
  [/tab characters? must not be used|tabulation/, 'Zum Einrücken wurde ein Tabulator verwendet; bitte Leerzeichen nehmen.'],
  [/implicit key|multiline key|a key node is missed/, 'Ein Text enthält vermutlich einen Doppelpunkt ohne Anführungszeichen.'],
  [/^unexpected end of the stream within/, 'Ein Anführungszeichen oder eine Klammer wird nicht geschlossen.'],
  [/^missed comma/, 'In einer Liste in eckigen Klammern fehlt ein Komma.'],
  [/^unidentified alias/, 'Ein Verweis (*name) zeigt auf einen Anker (&name), den es nicht gibt.'],
  [/non-printable characters/, 'Der Text enthält unsichtbare Steuerzeichen.'],
  [/cannot merge mappings/, 'Ein Zusammenführen mit "<<:" braucht einen Anker auf eine Gruppe von Feldern.'],
  [/^end of the stream or a document separator is expected/, 'An dieser Stelle steht ein unerwartetes Zeichen.'],
];

function yamlReasonInGerman(reason: string): string {
  return REASONS.find(([pattern]) => pattern.test(reason))?.[1] ?? 'An dieser Stelle stimmt die Schreibweise nicht.';
}
