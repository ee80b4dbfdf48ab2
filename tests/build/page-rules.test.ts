/**
 * Rules every built page obeys, checked over every page of both built sites
 * as fast static checks of the HTML (no browser). They name no entry: what a
 * page must show is derived from the page list, the page types and the
 * built HTML, so adding or editing content never needs a test change.
 *
 * - headings: exactly one h1; levels never skip downwards (h2 → h4);
 * - every img has alt; every table has header cells;
 * - html[lang] is set; every lang attribute is a language tag; English pages
 *   mark German content (titles, prose) lang="de";
 * - entry pages: a Stand, an edit link to the entry's own file (and on the
 *   real site, for every committed file, the last change from git);
 * - listings link exactly the entries of their collection that were built,
 *   and say so when there are none;
 * - city pages show their analysis or invite to start one;
 * - the funding overview links only values with a page, with that page's count;
 * - quoted sources name a meeting page of the site;
 * - structured data parses and has the schema.org type of its collection.
 * Each rule is a function proven to fail on a bad sample at the end.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { BUILDS, builtPages, isRedirectStub, type BuiltPage } from './support.ts';
import { pageType } from '../e2e/support/built-pages.ts';
import { collections, type CollectionName } from '../../src/schemas/index.ts';
import { readRedirects } from '../../src/lib/redirects.ts';
import { localeFromPath, unlocalizedPath } from '../../src/i18n/locales.ts';
import { siteConfig } from '../../src/site.config.ts';
import { de } from '../../src/i18n/de.ts';
import { en } from '../../src/i18n/en.ts';

/** The opening tags of an element, with their attribute text. */
const tags = (html: string, name: string) => [...html.matchAll(new RegExp(`<${name}\\b([^>]*)>`, 'gi'))].map((match) => match[1]!);
const attribute = (attributes: string, name: string) => new RegExp(`(?:^|\\s)${name}="([^"]*)"`).exec(attributes)?.[1];
const hasClass = (attributes: string, name: string) => (attribute(attributes, 'class') ?? '').split(/\s+/).includes(name);
const decode = (text: string) => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
/** Internal page links (/…/) of a piece of HTML, without query or fragment. */
const pageLinks = (html: string) =>
  tags(html, 'a').map((a) => attribute(a, 'href')).filter((href): href is string => !!href && href.startsWith('/')).map((href) => href.split(/[?#]/)[0]!).filter((href) => href.endsWith('/'));
/** The HTML of the first element with this opening-tag pattern up to the given closing tag (no nesting of the same element). */
const section = (html: string, opening: RegExp, closing: string) => {
  const start = html.search(opening);
  return start < 0 ? undefined : html.slice(start, html.indexOf(closing, start) + closing.length);
};
const main = (html: string) => section(html, /<main\b/, '</main>') ?? '';

export function headingProblems(html: string): string[] {
  const levels = [...html.matchAll(/<h([1-6])\b/gi)].map((match) => Number(match[1]));
  const problems: string[] = [];
  const h1 = levels.filter((level) => level === 1).length;
  if (h1 !== 1) problems.push(`${h1} h1 elements`);
  levels.forEach((level, index) => {
    // The first heading may be an h2 (the table of contents' "Auf dieser Seite" comes before the article).
    const previous = index === 0 ? 1 : levels[index - 1]!;
    if (level > previous + 1) problems.push(`h${previous} → h${level}`);
  });
  return problems;
}

export function imageAndTableProblems(html: string): string[] {
  const problems = tags(html, 'img').filter((img) => attribute(img, 'alt') === undefined).map((img) => `img without alt: <img${img}>`);
  for (const [table] of html.matchAll(/<table\b[\s\S]*?<\/table>/gi)) {
    if (!/<th\b/i.test(table)) problems.push(`table without header cells: ${table.slice(0, 80)}…`);
  }
  return problems;
}

/** Content files with a commit: only these have a last change from git (a new, uncommitted entry has not). */
const COMMITTED = (() => {
  try {
    return new Set(execFileSync('git', ['log', '--name-only', '--format=', '--', 'content'], { encoding: 'utf8' }).split('\n').filter(Boolean));
  } catch {
    return new Set<string>();
  }
})();

const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

export function languageProblems(html: string, english: boolean, entryPage: boolean): string[] {
  const problems: string[] = [];
  const htmlLang = attribute(tags(html, 'html')[0] ?? '', 'lang');
  if (!htmlLang || !LANGUAGE_TAG.test(htmlLang)) problems.push(`html lang="${htmlLang ?? ''}"`);
  for (const [, value] of html.matchAll(/\slang="([^"]*)"/g)) if (!LANGUAGE_TAG.test(value!)) problems.push(`lang="${value}"`);
  if (english) {
    // German content on an English page says it is German.
    for (const prose of tags(html, '[a-z0-9]+').filter((attributes) => hasClass(attributes, 'prose'))) {
      if (attribute(prose, 'lang') !== 'de') problems.push(`German text block without lang="de": ${prose.trim()}`);
    }
    const h1 = tags(html, 'h1')[0];
    if (entryPage && h1 !== undefined && attribute(h1, 'lang') !== 'de') problems.push('German entry title without lang="de"');
  }
  return problems;
}

export function entryMetaProblems(html: string, expectedFile: string | undefined, gitDates: boolean, labels = de.entry): string[] {
  const meta = section(html, /<p class="entry-meta"/, '</p>');
  if (!meta) return ['no entry meta line (Stand, edit link)'];
  const problems: string[] = [];
  const dated = (label: string) => new RegExp(`${label}: <time datetime="\\d{4}-\\d{2}-\\d{2}">`).test(meta);
  if (!dated(labels.stand)) problems.push('no Stand date');
  if (gitDates && !dated(labels.lastChanged)) problems.push('no last change');
  const edit = tags(meta, 'a').map((a) => attribute(a, 'href')).find((href) => href?.includes('/edit/'));
  const file = edit && /\/edit\/[^/]+\/(.+)$/.exec(decode(edit))?.[1];
  if (!file) problems.push('no edit link');
  else if (expectedFile !== undefined && file !== expectedFile) problems.push(`edit link to ${file}, not ${expectedFile}`);
  return problems;
}

for (const build of BUILDS) {
  const pages = builtPages(build.outDir).filter((page) => !isRedirectStub(page));
  const urls = new Set(pages.map((page) => page.url));
  const removed = new Set(readRedirects(path.join(build.siteDir, 'content')).removed.map((removal) => removal.path));
  const typeOf = (page: BuiltPage) => pageType(unlocalizedPath(page.url), removed);
  const german = pages.filter((page) => localeFromPath(page.url) === 'de');
  const entriesOf = (collection: CollectionName) => german.filter((page) => typeOf(page).startsWith(`entry:${collection}`));
  const check = (name: string, problemsOf: (page: BuiltPage) => string[], among = pages) =>
    test(`${build.name}: ${name}`, () => {
      assert.ok(among.length > 0, 'no pages to check');
      const failures = among.flatMap((page) => problemsOf(page).map((problem) => `${page.url}: ${problem}`));
      assert.deepEqual(failures, []);
    });

  check('every page has exactly one h1 and heading levels never skip', (page) => headingProblems(page.html));
  check('every image has alternative text and every table header cells', (page) => imageAndTableProblems(page.html));
  check('every page states its language; English pages mark German content', (page) =>
    languageProblems(page.html, localeFromPath(page.url) === 'en', typeOf(page).startsWith('entry:')),
  );

  check(
    'every entry page has a Stand and an edit link to its own file' + (build.name === 'site' ? ', and its last change from git once committed' : ''),
    (page) => {
      const [, collection] = typeOf(page).split(':') as [string, CollectionName];
      const id = unlocalizedPath(page.url).split('/').filter(Boolean).at(-1)!;
      const folder = path.join(build.siteDir, 'content', collection);
      const file = ['md', 'mdx'].map((extension) => path.join(folder, `${id}.${extension}`)).find((candidate) => fs.existsSync(candidate));
      if (!file) return [`no file content/${collection}/${id}.md(x)`];
      const labels = localeFromPath(page.url) === 'en' ? en.entry : de.entry;
      const relative = path.relative('.', file).split(path.sep).join('/');
      return entryMetaProblems(page.html, relative, build.name === 'site' && COMMITTED.has(relative), labels);
    },
    pages.filter((page) => typeOf(page).startsWith('entry:')),
  );

  check(
    'every listing links exactly the built entries of its collection, or says it has none',
    (page) => {
      const collection = typeOf(page).slice('listing:'.length) as CollectionName;
      const prefix = `/${collections[collection].route}/`;
      const locale = localeFromPath(page.url) === 'en' ? '/en' : '';
      const built = entriesOf(collection).map((entry) => `${locale}${entry.url}`).sort();
      const linked = [...new Set(pageLinks(main(page.html)).filter((href) => unlocalizedPath(href).startsWith(prefix) && unlocalizedPath(href) !== prefix))]
        .filter((href) => !urls.has(href) || typeOf({ ...page, url: href }).startsWith('entry:'))
        .sort();
      const problems = linked.filter((href) => !urls.has(href)).map((href) => `links ${href}, which was not built`);
      if (built.length === 0) {
        if (/class="card-list"/.test(main(page.html))) problems.push('an empty collection shows a card list');
        // A notice box (experts: "im Aufbau") or the listing's own empty text (EntryList's `empty`).
        const saysSo = /class="notice"/.test(main(page.html)) || [de, en].some((dictionary) => main(page.html).includes(`<p>${dictionary.analysis.empty}</p>`));
        if (!saysSo) problems.push('an empty collection does not say so');
      } else {
        for (const missing of built.filter((href) => !linked.includes(href))) problems.push(`does not link ${missing}`);
      }
      return problems;
    },
    pages.filter((page) => typeOf(page).startsWith('listing:')),
  );

  check(
    'every city page shows its potential analysis or invites to start one',
    (page) => {
      const html = main(page.html);
      const box = section(html, /<(section|aside) class="[^"]*"? ?aria-labelledby="potenzialanalyse"/, '</p>') ?? '';
      const shown = pageLinks(box).filter((href) => unlocalizedPath(href).startsWith('/potenzialanalysen/') && unlocalizedPath(href) !== '/potenzialanalysen/');
      if (shown.length > 0) return shown.filter((href) => !urls.has(href)).map((href) => `links the analysis ${href}, which was not built`);
      const invite = section(html, /<aside class="notice" aria-labelledby="potenzialanalyse"/, '</aside>');
      if (!invite) return ['neither an analysis nor an invitation to start one'];
      const links = pageLinks(invite).map(unlocalizedPath);
      return ['/potenzialanalysen/arbeitsblatt/', '/potenzialanalysen/'].filter((href) => !links.includes(href)).map((href) => `invitation without a link to ${href}`);
    },
    pages.filter((page) => typeOf(page) === 'entry:cities'),
  );

  check(
    'the funding overview links only values that have a page, each with the number of entries that page lists',
    (page) => {
      const problems: string[] = [];
      for (const match of page.html.matchAll(/<a class="badge" href="(\/(?:en\/)?foerderung\/[^"]+\/)"><span>[^<]+<\/span> \((\d+)\)<\/a>/g)) {
        const [, href, count] = match;
        const target = pages.find((candidate) => candidate.url === href);
        if (!target) problems.push(`links ${href}, which was not built`);
        else if ((main(target.html).match(/class="card"/g) ?? []).length !== Number(count)) problems.push(`${href}: says ${count}, lists ${(main(target.html).match(/class="card"/g) ?? []).length}`);
      }
      const valuePages = german.filter((candidate) => typeOf(candidate) === 'funding-value').map((candidate) => candidate.url);
      const locale = localeFromPath(page.url) === 'en' ? '/en' : '';
      for (const url of valuePages) if (!page.html.includes(`href="${locale}${url}"`)) problems.push(`does not link the value page ${url}`);
      if (valuePages.length === 0 && /data-funding-values/.test(page.html)) problems.push('lists values although no entry states one');
      return problems;
    },
    pages.filter((page) => typeOf(page) === 'funding'),
  );

  check('a quoted source names a meeting page of the site', (page) => {
    const problems: string[] = [];
    for (const [figure] of page.html.matchAll(/<figure class="quote">[\s\S]*?<\/figure>/g)) {
      if (!/<blockquote lang="de"><p>[^<]{20,}/.test(figure)) problems.push('quote without German text');
      const sourceLinks = pageLinks(section(figure, /<figcaption/, '</figcaption>') ?? '');
      if (!sourceLinks.some((href) => urls.has(href) && typeOf({ ...page, url: href }) === 'entry:meetings')) problems.push(`quote source ${sourceLinks.join(', ') || '(none)'} is not a meeting page`);
    }
    return problems;
  });

  check('structured data (JSON-LD) parses and has the schema.org type of its collection', (page) => {
    const expected: Partial<Record<string, string>> = {
      'entry:meetings': 'Event', 'entry:stories': 'Article', 'entry:modules': 'Course',
      'entry:partners': 'Organization', 'entry:networks': 'Organization', 'entry:experts': 'Person',
    };
    const blocks = [...page.html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((match) => match[1]!);
    const type = typeOf(page);
    if (type === 'entry:topics' || type === 'entry:cities') return blocks.length ? ['a topic or city page claims a schema.org type'] : [];
    const want = expected[type];
    if (!want) return [];
    if (blocks.length !== 1) return [`${blocks.length} JSON-LD blocks`];
    let data: Record<string, unknown>;
    try {
      data = JSON.parse(blocks[0]!) as Record<string, unknown>;
    } catch (error) {
      return [`JSON-LD does not parse: ${(error as Error).message}`];
    }
    const problems: string[] = [];
    if (data['@type'] !== want) problems.push(`@type ${String(data['@type'])}, expected ${want}`);
    if (data['url'] !== new URL(unlocalizedPath(page.url), siteConfig.url).href && data['url'] !== new URL(page.url, siteConfig.url).href) problems.push(`url ${String(data['url'])}`);
    if (want === 'Event' && !/^\d{4}-\d{2}-\d{2}$/.test(String(data['startDate']))) problems.push(`startDate ${String(data['startDate'])}`);
    if (want === 'Course' && !/^PT\d+M$/.test(String(data['timeRequired']))) problems.push(`timeRequired ${String(data['timeRequired'])}`);
    return problems;
  }, german);
}

test('the rules find what they are about (bad samples)', () => {
  assert.deepEqual(headingProblems('<h1>a</h1><h2>b</h2><h4>c</h4>'), ['h2 → h4']);
  assert.deepEqual(headingProblems('<h2>b</h2><h1>a</h1><h1>c</h1>'), ['2 h1 elements']);
  assert.deepEqual(headingProblems('<h1>a</h1><h3>c</h3>'), ['h1 → h3']);
  assert.equal(imageAndTableProblems('<img src="/a.png"><table><tr><td>1</td></tr></table>').length, 2);
  assert.deepEqual(imageAndTableProblems('<img src="/a.png" alt=""><table><tr><th>x</th></tr></table>'), []);
  assert.deepEqual(languageProblems('<html dir="ltr"><p lang="Deutsch">', false, false), ['html lang=""', 'lang="Deutsch"']);
  assert.deepEqual(languageProblems('<html lang="en"><h1>Titel</h1><div class="prose">Text</div>', true, true), [
    'German text block without lang="de": class="prose"',
    'German entry title without lang="de"',
  ]);
  assert.deepEqual(entryMetaProblems('<p class="entry-meta"><span>Stand: <time datetime="2018-12-04">4. Dezember 2018</time></span><a href="https://x/edit/main/content/stories/b.md">Seite bearbeiten</a></p>', 'content/stories/a.md', true), [
    'no last change',
    'edit link to content/stories/b.md, not content/stories/a.md',
  ]);
});
