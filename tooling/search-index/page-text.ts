/**
 * The words Pagefind will index on one built page, read the way Pagefind
 * reads them: the text inside the element marked `data-pagefind-body`,
 * without what is marked `data-pagefind-ignore`, scripts and styles, plus
 * the values of attributes listed in `data-pagefind-index-attrs` (the
 * invisible extra terms of src/components/SearchMeta.astro).
 */
import { decodeHTML } from 'entities';
import { ELEMENT_NODE, parse, TEXT_NODE } from 'ultrahtml';

export interface PageText {
  /** The page's main heading. */
  title: string;
  /** Everything indexed, title included. */
  text: string;
}

interface HtmlNode {
  type: number;
  name?: string;
  value?: string;
  attributes?: Record<string, string>;
  children?: HtmlNode[];
}

const SKIPPED_ELEMENTS = new Set(['script', 'style', 'template', 'noscript']);

/** Whether Pagefind indexes the page at all (only pages with a marked body are indexed on this site). */
export function isIndexedPage(html: string): boolean {
  return html.includes('data-pagefind-body');
}

export function pageText(html: string): PageText {
  // Parse from the marked element on: the head (with the inlined stylesheet) is half of a page's bytes.
  const marker = html.indexOf('data-pagefind-body');
  const start = marker < 0 ? 0 : html.lastIndexOf('<', marker);
  const document = parse(html.slice(start)) as HtmlNode;
  const body = findElement(document, (node) => node.attributes?.['data-pagefind-body'] !== undefined);
  if (!body) return { title: '', text: '' };
  const title = findElement(body, (node) => node.name === 'h1');
  return { title: title ? collectText(title).join(' ') : '', text: collectText(body).join(' ') };
}

function findElement(node: HtmlNode, test: (node: HtmlNode) => boolean): HtmlNode | undefined {
  if (node.type === ELEMENT_NODE && test(node)) return node;
  for (const child of node.children ?? []) {
    const found = findElement(child, test);
    if (found) return found;
  }
  return undefined;
}

function collectText(node: HtmlNode, into: string[] = []): string[] {
  if (node.type === TEXT_NODE) {
    into.push(decodeHTML(node.value ?? ''));
    return into;
  }
  if (node.type === ELEMENT_NODE) {
    const attributes = node.attributes ?? {};
    if (SKIPPED_ELEMENTS.has(node.name ?? '') || attributes['data-pagefind-ignore'] !== undefined) return into;
    for (const name of (attributes['data-pagefind-index-attrs'] ?? '').split(',')) {
      const value = attributes[name.trim()];
      if (value) into.push(decodeHTML(value));
    }
  }
  for (const child of node.children ?? []) collectText(child, into);
  return into;
}
