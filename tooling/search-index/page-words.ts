/**
 * What the search index step learns from one built page before it talks to
 * Pagefind: whether the page is indexed, its date, the words of its title,
 * and every word of its indexed text as written, with how often each form
 * occurs (the vocabulary keeps a word's most frequent written form).
 *
 * Reading a page means parsing its HTML, the largest part of the step's
 * own work. A page left unchanged by an incremental build has the same
 * bytes as before, so its words are kept in the cache folder by a hash of
 * those bytes and of the code that reads them (page-words-cache.ts).
 */
import { wordsOf } from '../../src/lib/german-text.ts';
import { pageDate } from './date-order.ts';
import { isIndexedPage, pageText } from './page-text.ts';

export type PageWords =
  | { indexed: false }
  | {
      indexed: true;
      date: string | undefined;
      /** Distinct words of the title, in lower case, in order of appearance. */
      title: string[];
      /** Each written form of the indexed text with its number of occurrences, in order of first appearance. */
      forms: Map<string, number>;
    };

export function readPageWords(html: string): PageWords {
  if (!isIndexedPage(html)) return { indexed: false };
  const text = pageText(html);
  const forms = new Map<string, number>();
  for (const word of wordsOf(text.text)) forms.set(word, (forms.get(word) ?? 0) + 1);
  return { indexed: true, date: pageDate(html), title: distinctLower(wordsOf(text.title)), forms };
}

export function distinctLower(words: Iterable<string>): string[] {
  return [...new Set([...words].map((word) => word.toLowerCase()))];
}

/**
 * The cache's form of a page's words. A word is letters and digits only
 * (wordsOf), so a space separates words and a colon a word from its count.
 */
export interface StoredPageWords {
  date?: string;
  title?: string;
  forms?: string;
}

export function storePageWords(words: PageWords): StoredPageWords {
  if (!words.indexed) return {};
  return {
    ...(words.date === undefined ? {} : { date: words.date }),
    title: words.title.join(' '),
    forms: [...words.forms].map(([form, count]) => (count === 1 ? form : `${form}:${count}`)).join(' '),
  };
}

export function restorePageWords(stored: StoredPageWords): PageWords {
  if (stored.forms === undefined) return { indexed: false };
  const forms = new Map<string, number>();
  for (const item of stored.forms ? stored.forms.split(' ') : []) {
    const colon = item.indexOf(':');
    if (colon < 0) forms.set(item, 1);
    else forms.set(item.slice(0, colon), Number(item.slice(colon + 1)));
  }
  return { indexed: true, date: stored.date, title: stored.title ? stored.title.split(' ') : [], forms };
}
