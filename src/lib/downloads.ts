/** Facts about downloadable files under public/downloads/, read at build time. */
import fs from 'node:fs';
import path from 'node:path';
import type { z } from 'astro/zod';
import { publicDir } from './paths.ts';
import { collections } from '../schemas/index.ts';
import { isDownloadField } from '../schemas/fields.ts';
import { walkValues } from './schema-walk.ts';
import type { AnyEntry } from './site-index.ts';

export interface DownloadInfo {
  href: string;
  bytes: number;
  extension: string;
}

/** Resolves `/downloads/...` to its file; throws when the file is missing so the build stops. */
export function downloadInfo(href: string, usedBy: string): DownloadInfo {
  const file = path.join(publicDir, ...href.split('/').filter(Boolean));
  if (!file.startsWith(path.join(publicDir, 'downloads') + path.sep)) {
    throw new Error(`${usedBy}: "${href}" liegt nicht unter public/downloads/.`);
  }
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(file);
    // A symlink could point anywhere on the build machine; the content check reports it.
    if (!stat.isFile()) throw new Error('not a regular file');
  } catch {
    throw new Error(
      `${usedBy}: Die Datei "${href}" fehlt. Bitte unter public${href} ablegen oder den Eintrag entfernen.`,
    );
  }
  return { href, bytes: stat.size, extension: path.extname(file).slice(1).toUpperCase() };
}

/** Every download field's value in an entry (e.g. a meeting's documents), found by the schema, not by field name. */
export function downloadFields(entry: AnyEntry): string[] {
  const found: string[] = [];
  walkValues(collections[entry.collection].schema as z.ZodType, entry.data, ({ schema, value }) => {
    if (isDownloadField(schema) && typeof value === 'string') found.push(value);
  });
  return found;
}
