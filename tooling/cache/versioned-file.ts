/**
 * A cache kept as one JSON file in the build's cache folder, valid only for
 * the code that wrote it: its version hashes the files whose code decides
 * what is cached (and the lockfile, for the libraries they use). A file of
 * another version, a missing one or one cut short is read as empty, so
 * the worst a cache can do is cost the time it was meant to save.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

interface VersionedFile<T> {
  version: string;
  entries: Record<string, T>;
}

/**
 * A hash of the given files' bytes and names, the names relative to `base`
 * (the calling module), so a cache stays valid when the project is checked
 * out elsewhere. A missing file (a copy of the project without its lockfile)
 * counts as missing instead of stopping the check or the build that asked.
 */
export function codeVersion(base: URL, files: readonly string[]): string {
  const hash = crypto.createHash('sha256');
  for (const relative of files) {
    const file = new URL(relative, base);
    hash.update(relative).update('\0').update(fs.existsSync(file) ? fs.readFileSync(file) : '\0missing').update('\0');
  }
  return hash.digest('base64url');
}

/** The cached entries if the file exists and was written by this version; otherwise none. */
export function readVersionedFile<T>(file: string | undefined, version: string): Record<string, T> {
  if (!file) return {};
  try {
    const cached = JSON.parse(fs.readFileSync(file, 'utf8')) as VersionedFile<T>;
    return cached.version === version && cached.entries && typeof cached.entries === 'object' ? cached.entries : {};
  } catch {
    return {};
  }
}

/** Replaces the file with these entries only, so it never holds more than the last run used. */
export function writeVersionedFile<T>(file: string | undefined, version: string, entries: Record<string, T>): void {
  if (!file) return;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify({ version, entries } satisfies VersionedFile<T>));
}

/** The usual key: a SHA-256 of the parts, separated so that ("ab", "c") and ("a", "bc") differ. */
export function contentKey(...parts: readonly (string | Buffer)[]): string {
  const hash = crypto.createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('base64url');
}
