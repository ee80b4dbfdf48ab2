/**
 * The words of built pages from the previous index step, by a hash of each
 * page's bytes (page-words.ts). Kept in the build's cache folder, so a
 * cold build (an empty cache folder) reads every page, and replaced as a
 * whole after each step, holding only the pages of that build.
 *
 * The version hashes the code that reads a page and the lockfile: when
 * either changes, nothing cached is trusted.
 */
import path from 'node:path';
import { codeVersion, contentKey, readVersionedFile, writeVersionedFile } from '../cache/versioned-file.ts';
import { readPageWords, restorePageWords, storePageWords, type PageWords, type StoredPageWords } from './page-words.ts';

const CACHE_FILE = 'search-page-words.json';

/**
 * Files whose code decides what readPageWords returns. The lockfile stands
 * for the HTML parser and entity decoder it uses: any change of
 * dependencies starts the cache afresh, and no path into node_modules/ is
 * assumed.
 */
const READER_CODE = ['./page-words.ts', './page-text.ts', './date-order.ts', '../../public/search/german.js', '../../package-lock.json'];

export interface PageWordsCache {
  /** The page's words, from the cache when its bytes were read before. */
  wordsOf(html: Buffer): PageWords;
  /** Writes the words of the pages read since opening; returns how many came from the cache. */
  save(): { reused: number; read: number };
}

export function openPageWordsCache(cacheDir: string | undefined): PageWordsCache {
  const version = codeVersion(new URL(import.meta.url), READER_CODE);
  const file = cacheDir ? path.join(cacheDir, CACHE_FILE) : undefined;
  const previous = readVersionedFile<StoredPageWords>(file, version);
  const current: Record<string, StoredPageWords> = {};
  let reused = 0;
  let read = 0;
  return {
    wordsOf(html) {
      const key = contentKey(html);
      const known = current[key] ?? previous[key];
      if (known) {
        reused += 1;
        current[key] = known;
        return restorePageWords(known);
      }
      read += 1;
      current[key] = storePageWords(readPageWords(html.toString('utf8')));
      // Restored like a cached page, so a page's words cannot depend on whether they were cached.
      return restorePageWords(current[key]);
    },
    save() {
      writeVersionedFile(file, version, current);
      return { reused, read };
    },
  };
}
