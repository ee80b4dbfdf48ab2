/** A training module's `requires` must lead back to no module: not to itself, not round in a circle. */
import type { ContentProblem } from '../problems.ts';
import type { Rule } from '../view.ts';

export const moduleRequires: Rule = (view) => {
  const problems: ContentProblem[] = [];
  const modules = view.entries.filter((entry) => entry.collection === 'modules');
  const requiresOf = new Map(
    modules.map((entry) => [entry.id, Array.isArray(entry.data['requires']) ? (entry.data['requires'] as unknown[]).filter((id): id is string => typeof id === 'string') : []]),
  );
  // A requirement leads back to its module only inside one strongly connected group; searching the
  // way back from every requirement of every module grew with the square of the modules (docs/incremental-builds.md).
  const groupOf = stronglyConnectedGroups(requiresOf);
  for (const entry of modules) {
    const requires = requiresOf.get(entry.id)!;
    requires.forEach((required, index) => {
      if (required !== entry.id && groupOf.get(required) !== groupOf.get(entry.id)) return;
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

/**
 * Each module's group: modules that can reach each other through `requires`
 * share one (Tarjan's algorithm, without recursion so long chains cannot
 * overflow the stack). Requirements naming no module have no group.
 */
function stronglyConnectedGroups(requiresOf: ReadonlyMap<string, readonly string[]>): Map<string, number> {
  const order = new Map<string, number>();
  const lowest = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groupOf = new Map<string, number>();
  let counter = 0;
  let groups = 0;
  for (const root of requiresOf.keys()) {
    if (order.has(root)) continue;
    const known = (node: string) => (requiresOf.get(node) ?? []).filter((target) => requiresOf.has(target));
    const work: { node: string; targets: string[]; next: number }[] = [{ node: root, targets: known(root), next: 0 }];
    order.set(root, counter);
    lowest.set(root, counter);
    counter += 1;
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work.at(-1)!;
      if (frame.next < frame.targets.length) {
        const target = frame.targets[frame.next]!;
        frame.next += 1;
        if (!order.has(target)) {
          order.set(target, counter);
          lowest.set(target, counter);
          counter += 1;
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, targets: known(target), next: 0 });
        } else if (onStack.has(target)) {
          lowest.set(frame.node, Math.min(lowest.get(frame.node)!, order.get(target)!));
        }
        continue;
      }
      work.pop();
      const parent = work.at(-1);
      if (parent) lowest.set(parent.node, Math.min(lowest.get(parent.node)!, lowest.get(frame.node)!));
      if (lowest.get(frame.node) === order.get(frame.node)) {
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          groupOf.set(member, groups);
        } while (member !== frame.node);
        groups += 1;
      }
    }
  }
  return groupOf;
}
