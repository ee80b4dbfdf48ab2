/** Every page can be found, shared and cited: unique title, description, canonical URL, Open Graph; sitemap and robots.txt. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { siteConfig } from '../../src/site.config.ts';
import { BUILDS, builtPages, isRedirectStub } from './support.ts';

const meta = (html: string, pattern: RegExp) => pattern.exec(html)?.[1];

for (const build of BUILDS) {
  const pages = builtPages(build.outDir).filter((page) => !isRedirectStub(page));

  test(`${build.name}: every page has a unique title, a description, a canonical URL and Open Graph tags`, () => {
    // Titles are unique within a language; the same page in another interface language keeps its (German) title.
    const titles = new Map<string, string>();
    for (const page of pages) {
      const title = meta(page.html, /<title>([^<]+)<\/title>/);
      assert.ok(title, `${page.url}: no <title>`);
      const key = `${meta(page.html, /<html lang="([^"]+)"/)}:${title}`;
      assert.equal(titles.get(key), undefined, `${page.url} and ${titles.get(key)} share the title "${title}"`);
      titles.set(key, page.url);
      assert.ok((meta(page.html, /<meta name="description" content="([^"]*)"/) ?? '').length >= 20, `${page.url}: description missing or too short`);
      const canonical = meta(page.html, /<link rel="canonical" href="([^"]+)"/);
      if (page.url !== '/404.html') assert.equal(canonical, new URL(page.url, siteConfig.url).href, `${page.url}: canonical`);
      const properties = ['og:title', 'og:description', 'og:type', 'og:locale', 'og:site_name'];
      if (page.url !== '/404.html') properties.push('og:url');
      for (const property of properties) {
        assert.match(page.html, new RegExp(`<meta property="${property}" content="[^"]+"`), `${page.url}: ${property}`);
      }
    }
  });

  test(`${build.name}: sitemap lists every indexable page, robots.txt points to it`, () => {
    const sitemap = fs.readFileSync(`${build.outDir}/sitemap.xml`, 'utf8');
    const listed = new Set([...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => new URL(match[1]!).pathname));
    const indexable = pages.filter((page) => !page.html.includes('<meta name="robots" content="noindex"')).map((page) => page.url);
    assert.deepEqual([...listed].sort(), indexable.sort());
    const robots = fs.readFileSync(`${build.outDir}/robots.txt`, 'utf8');
    assert.match(robots, new RegExp(`Sitemap: ${new URL('/sitemap.xml', siteConfig.url).href}`));
  });
}

test('structured data (JSON-LD) parses and has the expected schema.org types', () => {
  const pages = builtPages('dist');
  const jsonLd = (url: string) => {
    const page = pages.find((candidate) => candidate.url === url);
    const text = page && /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(page.html)?.[1];
    assert.ok(text, `${url}: no JSON-LD`);
    return JSON.parse(text) as Record<string, unknown>;
  };
  const meeting = jsonLd('/treffen/bundesnetzwerktreffen-2018-berlin/');
  assert.equal(meeting['@type'], 'Event');
  assert.equal(meeting['startDate'], '2018-11-28');
  assert.equal(meeting['endDate'], '2018-11-29');
  assert.equal((meeting['location'] as { name: string }).name, 'Berlin');
  assert.equal(jsonLd('/erfolgsgeschichten/mepa-leipzig-begegnungscafes/')['@type'], 'Article');
  const course = jsonLd('/lernmodule/01-projektidee-und-potenzialanalyse/');
  assert.equal(course['@type'], 'Course');
  assert.match(String(course['timeRequired']), /^PT\d+M$/);
  assert.equal(jsonLd('/partner/mepa-leipzig/')['@type'], 'Organization');
  assert.equal(jsonLd('/netzwerke/landesverband-nrw/')['foundingDate'], '2018');
  const topicPage = pages.find((page) => page.url === '/themen/finanzierung/');
  assert.ok(topicPage && !topicPage.html.includes('application/ld+json'), 'topic pages carry no invented type');
});
