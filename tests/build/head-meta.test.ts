/** Every page can be found, shared and cited: unique title, description, canonical URL, Open Graph; sitemap and robots.txt. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { parse } from 'yaml';
import { siteConfig } from '../../src/site.config.ts';
import type { SCENARIO } from '../../scripts/synthetic/scenario.ts';
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

test('structured data (JSON-LD) carries the facts of its entry (synthetic site)', () => {
  // Types per collection on every page of both sites: tests/build/page-rules.test.ts. Here the values, from the generated files.
  const fixtures = JSON.parse(fs.readFileSync('tests/.output/synthetic/fixtures.json', 'utf8')) as typeof SCENARIO;
  const data = (collection: string, id: string) =>
    parse(/^---\n([\s\S]*?)\n---/.exec(fs.readFileSync(`tests/.output/synthetic/content/${collection}/${id}.md`, 'utf8'))![1]!) as Record<string, any>;
  const pages = builtPages('tests/.output/synthetic-dist');
  const jsonLd = (url: string) => {
    const page = pages.find((candidate) => candidate.url === url);
    const text = page && /<script type="application\/ld\+json">([^<]*)<\/script>/.exec(page.html)?.[1];
    assert.ok(text, `${url}: no JSON-LD`);
    return JSON.parse(text) as Record<string, unknown>;
  };
  const meetingData = data('meetings', fixtures.meeting);
  const meeting = jsonLd(`/treffen/${fixtures.meeting}/`);
  assert.equal(meeting['@type'], 'Event');
  assert.equal(meeting['startDate'], meetingData.startDate);
  assert.equal(meeting['endDate'], meetingData.endDate);
  assert.equal((meeting['location'] as { name: string }).name, data('cities', meetingData.city).title);
  assert.equal(jsonLd(`/erfolgsgeschichten/${fixtures.stories.naehcafes}/`)['@type'], 'Article');
  const moduleData = data('modules', fixtures.modules.kasse);
  const course = jsonLd(`/lernmodule/${fixtures.modules.kasse}/`);
  assert.equal(course['@type'], 'Course');
  assert.equal(course['timeRequired'], `PT${moduleData.durationMinutes}M`);
  assert.equal(jsonLd(`/partner/${fixtures.partners.gruenhagen}/`)['@type'], 'Organization');
  assert.equal(jsonLd(`/netzwerke/${fixtures.network}/`)['foundingDate'], String(data('networks', fixtures.network).founded));
  const topicPage = pages.find((page) => page.url === `/themen/${fixtures.topics.many}/`);
  assert.ok(topicPage && !topicPage.html.includes('application/ld+json'), 'topic pages carry no invented type');
});
