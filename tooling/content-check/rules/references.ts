/**
 * Every reference names an entry that exists (the same answer the build
 * gets from src/lib/references.ts), and a published entry never points at a
 * draft. A reference to a renamed entry is told its new name.
 */
import { de } from '../../../src/i18n/de.ts';
import type { z } from 'astro/zod';
import { collections, type CollectionName } from '../../../src/schemas/index.ts';
import { collectReferences, findBrokenReferences } from '../../../src/lib/references.ts';
import { closestMatch, germanSlug } from '../../../src/lib/german-text.ts';
import { collectionUrl, entryUrl } from '../../../src/lib/urls.ts';
import { readRedirects } from '../../../src/lib/redirects.ts';
import type { ContentProblem } from '../problems.ts';
import { pathKeys, type CheckedEntry, type ContentView, type Rule } from '../view.ts';

export const references: Rule = (view) => {
  const problems: ContentProblem[] = [];
  const byKey = new Map(view.entries.map((entry) => [`${entry.collection}/${entry.id}`, entry]));
  const ids = new Map<string, Set<string>>();
  for (const entry of view.entries) {
    if (!ids.has(entry.collection)) ids.set(entry.collection, new Set());
    ids.get(entry.collection)!.add(entry.id);
  }
  const schemaOf = (entry: CheckedEntry) => collections[entry.collection].schema as z.ZodType;
  const renamed = renamedEntries(view);

  // Drafts are checked too: a broken reference in a draft would break the page the day it is published.
  const broken = findBrokenReferences(
    view.entries.map((entry) => ({ collection: entry.collection, id: entry.id, schema: schemaOf(entry), data: entry.data })),
    ids,
  );
  for (const reference of broken) {
    const entry = byKey.get(`${reference.from.collection}/${reference.from.id}`)!;
    const singular = de.collections[reference.target].singular;
    const existing = [...(ids.get(reference.target) ?? [])].sort();
    const newName = renamed.get(entryUrl(reference.target, reference.id));
    const suggestion = newName ?? closestMatch(reference.id, existing);
    const create = germanSlug(reference.id);
    problems.push({
      file: entry.file,
      line: entry.lineOf(pathKeys(reference.path)),
      field: reference.path,
      message: newName
        ? `${singular} "${reference.id}" wurde umbenannt und heißt jetzt "${newName}".`
        : `${singular} "${reference.id}" gibt es nicht (gesucht in content/${reference.target}/).`,
      fix: newName
        ? `"${reference.id}" durch "${newName}" ersetzen.`
        : [
            suggestion ? `Meinten Sie "${suggestion}"?` : '',
            existing.length ? `Vorhanden: ${existing.join(', ')}.` : 'Dort gibt es noch keine Einträge.',
            create && !existing.includes(create) ? `Oder die Datei content/${reference.target}/${create}.md neu anlegen (npm run new).` : '',
          ].filter(Boolean).join(' '),
    });
  }

  if (view.production) {
    for (const entry of view.entries) {
      if (entry.data.draft) continue;
      for (const reference of collectReferences(schemaOf(entry), entry.data)) {
        const target = byKey.get(`${reference.target}/${reference.id}`);
        if (!target?.data.draft) continue;
        problems.push({
          file: entry.file,
          line: entry.lineOf(pathKeys(reference.path)),
          field: reference.path,
          message: `${de.collections[reference.target].singular} "${reference.id}" ist ein Entwurf (draft: true) und wird nicht veröffentlicht.`,
          fix: `Den Entwurf ${target.file} fertigstellen (draft entfernen) oder den Verweis entfernen.`,
        });
      }
    }
  }
  return problems;
};

/** Old address → new entry id, for entries renamed within their collection (content/redirects.yaml). */
function renamedEntries(view: ContentView): Map<string, string> {
  const renamed = new Map<string, string>();
  let moved: { from: string; to: string }[] = [];
  try {
    moved = readRedirects(view.contentDir).moved;
  } catch {
    return renamed; // the redirects rule reports what is wrong with the file
  }
  for (const move of moved) {
    for (const collection of Object.keys(collections) as CollectionName[]) {
      const prefix = collectionUrl(collection);
      if (collections[collection].route && move.from.startsWith(prefix) && move.to.startsWith(prefix)) {
        renamed.set(move.from, move.to.slice(prefix.length).replace(/\/$/, ''));
      }
    }
  }
  return renamed;
}
