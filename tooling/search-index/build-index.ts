/**
 * The search index of a built site: Pagefind's index of every page with a
 * marked body, each page enriched with the words it should also be found
 * by (compound parts and tails, synonyms), and the site's vocabulary for
 * repairing queries in the browser.
 *
 * Two passes over the HTML: the first learns the site's words (a compound
 * can only be split into words the site knows), the second hands each page
 * with its extra terms to Pagefind. The second pass reads each file again
 * instead of keeping the pages from the first: at 10,000 entries that would
 * hold hundreds of megabytes next to Pagefind's own peak. What the first
 * pass learns from a page is kept in the build's cache folder by the page's
 * bytes (page-words-cache.ts): after an incremental build most pages are
 * unchanged and are not parsed again. The built files
 * themselves are not changed; Astro's pages do not depend on the rest of
 * the site's words.
 */
import fs from 'node:fs';
import path from 'node:path';
import { close, createIndex } from 'pagefind';
import { DATE_ORDER_FILE } from '../../public/search/date-order.js';
import { VOCABULARY_FILE } from '../../public/search/vocabulary.js';
import { stemKey } from '../../src/lib/german-text.ts';
import { compoundSplitter } from './compound-terms.ts';
import { dateOrder } from './date-order.ts';
import { openPageWordsCache } from './page-words-cache.ts';
import { distinctLower } from './page-words.ts';
import { builtPages } from './site-pages.ts';
import { synonymMatcher } from './synonym-terms.ts';
import { readSynonyms } from './synonyms.ts';
import { VocabularyCollector } from './vocabulary-file.ts';


export interface SearchIndexOptions {
  /** The built site (dist/). */
  outDir: string;
  /** The folder holding content/ (for the synonyms). */
  siteDir: string;
  /** Pagefind's folder name inside outDir. */
  indexFolder: string;
  /** The build's cache folder, where each page's words are kept for the next build; none: every page is read. */
  cacheDir?: string;
}

interface PageWords {
  file: string;
  url: string;
  /** Distinct words of the title, in lower case. */
  title: string[];
  /** Distinct words of the whole indexed text, in lower case. */
  all: string[];
}

/** Extra terms by Pagefind weight: the title's count like the title, the rest like body text. */
const TITLE_WEIGHT = 7;
const BODY_WEIGHT = 1;
const MARKER = /<span hidden data-site-terms(?:="")?><\/span>/;
const PAGES_IN_FLIGHT = 8;
const CODE_BLOCKS = /<(style|script)\b[^>]*>[\s\S]*?<\/\1>/g;
const EXTRA_COUNT = /data-pagefind-meta="extraTerms:(\d+)"/;

export async function buildSearchIndex(options: SearchIndexOptions) {
  const indexFolder = path.join(options.outDir, options.indexFolder);
  const vocabulary = new VocabularyCollector();
  const nouns = new Set<string>();
  const pages: PageWords[] = [];
  const dates = new Map<string, string>();

  const cache = openPageWordsCache(options.cacheDir);
  for (const page of builtPages(options.outDir, indexFolder)) {
    const words = cache.wordsOf(fs.readFileSync(page.file));
    if (!words.indexed) continue;
    if (words.date) dates.set(page.url, words.date);
    for (const form of words.forms.keys()) if (/^\p{Lu}\p{Ll}/u.test(form)) nouns.add(form);
    vocabulary.addPageForms(words.forms);
    pages.push({ ...page, title: words.title, all: distinctLower(words.forms.keys()) });
  }
  const cached = cache.save();

  const splitter = compoundSplitter(nouns, vocabulary.lowerCaseWords());
  const synonyms = synonymMatcher(readSynonyms(options.siteDir));
  const termsOf = (words: readonly string[]) => {
    const terms = new Set(words.flatMap((word) => splitter.termsOf(word)));
    const stems = new Set([...words, ...terms].map(stemKey));
    for (const term of synonyms.termsFor(stems)) terms.add(term);
    return terms;
  };

  const { index, errors } = await createIndex({});
  if (!index) throw new Error(`Pagefind konnte nicht starten: ${errors.join('; ')}`);
  let extraTerms = 0;
  // Pagefind indexes in its own process; waiting for each page before sending the next left it idle
  // half the time (docs/benchmarks.md), so up to PAGES_IN_FLIGHT pages are on their way at once.
  const inFlight = new Set<Promise<void>>();
  const send = async (url: string, content: string) => {
    const added = await index.addHTMLFile({ url, content });
    if (added.errors.length) throw new Error(`Pagefind-Fehler bei ${url}: ${added.errors.join('; ')}`);
  };
  for (const page of pages) {
    const onPage = new Set(page.all);
    // A title's parts and synonyms weigh like the title even where the body has the word too.
    const titleTerms = [...termsOf(page.title)].filter((term) => !page.title.includes(term));
    const inTitle = new Set(titleTerms);
    const bodyTerms = [...termsOf(page.all)].filter((term) => !onPage.has(term) && !inTitle.has(term));
    vocabulary.addPage([...titleTerms, ...bodyTerms]);
    extraTerms += titleTerms.length + bodyTerms.length;
    const html = forPagefind(withTerms(fs.readFileSync(page.file, 'utf8'), titleTerms, bodyTerms));
    const sent = send(page.url, html).finally(() => inFlight.delete(sent));
    inFlight.add(sent);
    if (inFlight.size >= PAGES_IN_FLIGHT) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  const written = await index.writeFiles({ outputPath: indexFolder });
  if (written.errors.length) throw new Error(`Pagefind-Fehler: ${written.errors.join('; ')}`);
  await close();
  const file = vocabulary.toFile();
  fs.writeFileSync(path.join(indexFolder, VOCABULARY_FILE), JSON.stringify(file));
  fs.writeFileSync(path.join(indexFolder, DATE_ORDER_FILE), JSON.stringify(dateOrder(indexFolder, dates)));
  return { pages: pages.length, words: file.words.length, extraTerms, pagesRead: cached.read, pagesReused: cached.reused };
}

/**
 * The part of a page Pagefind reads, sent to its process as an encoded
 * message: scripts and stylesheets, which it does not index but which are
 * most of a page's bytes (the inlined stylesheet alone is 15 KB), are left
 * out, and so is everything before the marked body (the head and the site
 * header, a third of what remains), when none of it carries a Pagefind
 * attribute. Pagefind then still sees the page's language. The written
 * index is the same byte for byte (docs/incremental-builds.md).
 */
function forPagefind(html: string): string {
  const body = html.indexOf('data-pagefind-body');
  const start = html.lastIndexOf('<', body);
  const lang = /<html[^>]*\slang="([^"]*)"/.exec(html)?.[1];
  const before = html.slice(0, start);
  const fromBody = body < 0 || lang === undefined || before.includes('data-pagefind') ? html : `<html lang="${lang}"><body>${html.slice(start)}`;
  return fromBody.replace(CODE_BLOCKS, '');
}

/** The page as Pagefind should read it: the marker replaced by the extra terms, the excerpt's count raised. */
function withTerms(html: string, titleTerms: readonly string[], bodyTerms: readonly string[]): string {
  const span = (weight: number, terms: readonly string[]) =>
    terms.length ? `<span hidden data-pagefind-weight="${weight}" data-pagefind-index-attrs="data-terms" data-terms="${terms.join(' ')}"></span>` : '';
  const count = titleTerms.length + bodyTerms.length;
  if (count === 0) return html;
  return html
    .replace(MARKER, `${span(TITLE_WEIGHT, titleTerms)}${span(BODY_WEIGHT, bodyTerms)}`)
    .replace(EXTRA_COUNT, (_, before: string) => `data-pagefind-meta="extraTerms:${Number(before) + count}"`);
}
