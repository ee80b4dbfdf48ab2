/** A training module's `requires` must lead back to no module: not to itself, not round in a circle. */
import type { ContentProblem } from '../problems.ts';
import type { Rule } from '../view.ts';

export const moduleRequires: Rule = (view) => {
  const problems: ContentProblem[] = [];
  const modules = view.entries.filter((entry) => entry.collection === 'modules');
  const requiresOf = new Map(
    modules.map((entry) => [entry.id, Array.isArray(entry.data['requires']) ? (entry.data['requires'] as unknown[]).filter((id): id is string => typeof id === 'string') : []]),
  );
  for (const entry of modules) {
    const requires = requiresOf.get(entry.id)!;
    requires.forEach((required, index) => {
      const cycle = required === entry.id ? [entry.id, entry.id] : pathBack(required, entry.id, requiresOf);
      if (!cycle) return;
      problems.push({
        file: entry.file,
        line: entry.lineOf(['requires', index]),
        field: `requires[${index}]`,
        message: required === entry.id
          ? 'Das Modul setzt sich selbst voraus.'
          : `Die Voraussetzungen drehen sich im Kreis: ${[entry.id, ...cycle].join(' → ')}. So könnte niemand anfangen.`,
        fix: required === entry.id
          ? `"${required}" aus requires entfernen.`
          : `Bei einem der Module die Voraussetzung streichen, die zurück zum Anfang führt (meist die beim späteren Modul).`,
      });
    });
  }
  return problems;
};

/** The chain of requires from `start` that reaches `goal`, if there is one. */
function pathBack(start: string, goal: string, requiresOf: ReadonlyMap<string, readonly string[]>): string[] | undefined {
  const queue: string[][] = [[start]];
  const seen = new Set<string>([start]);
  while (queue.length > 0) {
    const chain = queue.shift()!;
    const last = chain.at(-1)!;
    if (last === goal) return chain;
    for (const next of requiresOf.get(last) ?? []) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push([...chain, next]);
    }
  }
  return undefined;
}
