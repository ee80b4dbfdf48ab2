/**
 * Runs the built site's own Pagefind search (dist/pagefind/pagefind.js, the
 * code browsers run) in Node, by answering its fetches from the build
 * folder. Used by `npm run search:eval` so the quality check searches the
 * exact index a reader gets.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface PagefindResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

export interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(
    query: string | null,
    options?: { filters?: Record<string, string[] | string>; sort?: Record<string, 'asc' | 'desc'> },
  ): Promise<{ results: { id: string; score: number; data(): Promise<PagefindResultData> }[]; filters: Record<string, Record<string, number>> }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

export async function loadBuiltPagefind(siteDir: string): Promise<PagefindApi> {
  const root = path.resolve(siteDir);
  const realFetch = globalThis.fetch;
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url, 'http://site.invalid/');
    const file = path.join(root, decodeURIComponent(url.pathname));
    if (!file.startsWith(root) || !fs.existsSync(file)) return new Response(null, { status: 404 });
    return new Response(fs.readFileSync(file));
  }) as typeof fetch;
  try {
    const pagefind = (await import(pathToFileURL(path.join(root, 'pagefind', 'pagefind.js')).href)) as PagefindApi;
    await pagefind.options({ basePath: 'http://site.invalid/pagefind/', baseUrl: '/' });
    await pagefind.init();
    return pagefind;
  } finally {
    // pagefind keeps its own reference to the shim once loaded; leave other code untouched.
    void realFetch;
  }
}
