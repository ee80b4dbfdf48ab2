/**
 * A YAML data file in content/ (redirects.yaml, search/synonyme.yaml) as
 * the rules read it: its values through the build's own reader (js-yaml,
 * src/lib/yaml.ts), and the line of any field for messages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { isMap, isScalar, LineCounter, parseDocument } from 'yaml';
import { loadYaml } from '../../src/lib/yaml.ts';
import type { ContentProblem } from './problems.ts';
import type { ContentView } from './view.ts';

export interface YamlDataFile {
  /** The path as messages show it. */
  file: string;
  data: unknown;
  /** Line of a field: its name's line, not the first line of its value ("gruppen:" above its list). */
  lineOf: (keys: readonly PropertyKey[]) => number | undefined;
}

/** Nothing when the file is absent or a symlink (the walk reports symlinks; their targets are not read). */
export function readYamlDataFile(view: ContentView, relative: string): YamlDataFile | ContentProblem | undefined {
  const absolute = path.join(view.contentDir, relative);
  if (!fs.existsSync(absolute) || fs.lstatSync(absolute).isSymbolicLink()) return undefined;
  const file = view.display(absolute);
  const text = fs.readFileSync(absolute, 'utf8');
  const loaded = loadYaml(text);
  if ('problem' in loaded) return { file, ...loaded.problem };
  // The values come from loadYaml (the build's reader); this document only finds lines.
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter, uniqueKeys: false, strict: false });
  const lineOf = (keys: readonly PropertyKey[]) => {
    const parent = keys.length === 1 ? document.contents : document.getIn(keys.slice(0, -1), true);
    const named = isMap(parent) ? parent.items.find((pair) => isScalar(pair.key) && pair.key.value === keys.at(-1))?.key : undefined;
    const node = (isScalar(named) ? named : document.getIn(keys, true)) as { range?: [number] } | undefined;
    return node?.range ? lineCounter.linePos(node.range[0]).line : undefined;
  };
  return { file, data: loaded.data ?? {}, lineOf };
}

export function isDataFile(read: YamlDataFile | ContentProblem): read is YamlDataFile {
  return 'lineOf' in read;
}
