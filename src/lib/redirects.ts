/** Reads content/redirects.yaml (see src/schemas/redirects.ts). Absent file: nothing moved or removed. */
import fs from 'node:fs';
import path from 'node:path';
import { loadYaml } from './yaml.ts';
import { redirectsSchema, REDIRECTS_FILE, type Redirects } from '../schemas/redirects.ts';
import { LOCALE_CODES, localizePath } from '../i18n/locales.ts';

export function redirectsFile(contentDir: string): string {
  return path.join(contentDir, REDIRECTS_FILE);
}

export function readRedirects(contentDir: string): Redirects {
  const file = redirectsFile(contentDir);
  if (!fs.existsSync(file)) return { moved: [], removed: [] };
  const loaded = loadYaml(fs.readFileSync(file, 'utf8'));
  const result = redirectsSchema.safeParse('data' in loaded ? (loaded.data ?? {}) : undefined);
  // `npm run check:content` explains problems in detail and runs before every build; this only refuses.
  if (!result.success) throw new Error(`${REDIRECTS_FILE} ist ungültig. Details: npm run check:content`);
  return result.data;
}

/**
 * Astro's `redirects` option: old address → new address, in every interface
 * language. Read while the config loads, before the content check runs: an
 * invalid file gives no redirects here, and the check then stops the build
 * with a German message instead of a stack trace.
 */
export function astroRedirects(contentDir: string): Record<string, string> {
  let moved: Redirects['moved'];
  try {
    moved = readRedirects(contentDir).moved;
  } catch {
    return {};
  }
  return Object.fromEntries(
    moved.flatMap((move) =>
      LOCALE_CODES.map((locale) => [localizePath(move.from, locale), localizePath(move.to, locale)]),
    ),
  );
}
