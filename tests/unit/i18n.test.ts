/** The interface languages: complete dictionaries, the URL scheme between languages, and links that stay in the reader's language. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import path from 'node:path';
import { de } from '../../src/i18n/de.ts';
import { en } from '../../src/i18n/en.ts';
import { fill } from '../../src/i18n/index.ts';
import { isLocalizablePath, localeFromPath, localizePath, unlocalizedPath } from '../../src/i18n/locales.ts';
import { localizeLinks } from '../../src/i18n/localize-links.ts';
import { htmlPageFiles, routePattern } from '../../src/integrations/localized-routes.ts';
import { formatDate } from '../../src/lib/dates.ts';
import { formatDuration, joinList } from '../../src/lib/format.ts';

/** Every leaf of a dictionary as "path → value", so two languages can be compared key by key. */
function leaves(value: unknown, prefix = ''): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (value && typeof value === 'object') {
    for (const [key, child] of Object.entries(value)) {
      for (const [leafPath, leaf] of leaves(child, prefix ? `${prefix}.${key}` : key)) found.set(leafPath, leaf);
    }
  } else {
    found.set(prefix, value);
  }
  return found;
}

test('the English dictionary has every German key, of the same kind, and nothing else', () => {
  const german = leaves(de);
  const english = leaves(en);
  assert.deepEqual([...english.keys()].sort(), [...german.keys()].sort());
  for (const [key, value] of german) {
    const translation = english.get(key);
    assert.equal(typeof translation, typeof value, key);
    if (typeof value === 'function') assert.equal((translation as () => string).length, value.length, `${key}: same parameters`);
  }
});

test('every translated string is filled in and keeps the placeholders the search scripts fill', () => {
  const german = leaves(de);
  for (const [key, value] of leaves(en)) {
    if (typeof value !== 'string') continue;
    // The content notice is the one string German pages leave empty: German pages need no notice.
    if (key === 'language.contentNotice') {
      assert.equal(german.get(key), '');
      assert.ok(value.length > 20);
      continue;
    }
    assert.ok(value.trim().length > 0, `${key} is empty`);
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    assert.deepEqual(placeholders(value), placeholders(String(german.get(key))), `${key}: placeholders`);
  }
});

test('fill replaces known placeholders and leaves unknown ones visible', () => {
  assert.equal(fill(de.searchScript.resultMany, { n: 3 }), '3 Ergebnisse');
  assert.equal(fill('{a} {b}', { a: 1 }), '1 {b}');
});

test('German pages live at the root, English ones below /en/', () => {
  assert.equal(localeFromPath('/'), 'de');
  assert.equal(localeFromPath('/treffen/'), 'de');
  assert.equal(localeFromPath('/en/'), 'en');
  assert.equal(localeFromPath('/en'), 'en');
  assert.equal(localeFromPath('/en/treffen/x/'), 'en');
  // A German slug that merely starts with "en" is not English.
  assert.equal(localeFromPath('/entwicklung/'), 'de');
  assert.equal(unlocalizedPath('/en/treffen/x/'), '/treffen/x/');
  assert.equal(unlocalizedPath('/en/'), '/');
  assert.equal(unlocalizedPath('/treffen/'), '/treffen/');
  assert.equal(localizePath('/treffen/', 'en'), '/en/treffen/');
  assert.equal(localizePath('/', 'en'), '/en/');
  assert.equal(localizePath('/treffen/', 'de'), '/treffen/');
});

test('only page paths get a language prefix: files, other sites and already localized paths keep theirs', () => {
  assert.ok(isLocalizablePath('/suche/?q=Förderung'));
  assert.ok(isLocalizablePath('/treffen/x/#unterlagen'));
  assert.ok(!isLocalizablePath('/downloads/bericht.pdf'));
  assert.ok(!isLocalizablePath('/feeds/alle.xml'));
  assert.ok(!isLocalizablePath('/treffen/kalender.ics'));
  assert.ok(!isLocalizablePath('//example.org/'));
  assert.ok(!isLocalizablePath('https://example.org/'));
  assert.ok(!isLocalizablePath('#inhalt'));
  assert.ok(!isLocalizablePath('/en/treffen/'));
});

test('links in a translated page point to pages of the same language', () => {
  const html = [
    '<a href="/treffen/">Meetings</a>',
    '<a class="x" href="/downloads/a.pdf" download>PDF</a>',
    '<form action="/suche/" method="get"></form>',
    '<a href="https://example.org/">x</a>',
    '<a href="#inhalt">skip</a>',
    '<script type="module" src="/search/page.js"></script>',
    // Astro escapes quotes in text, so code samples showing a link never look like an attribute.
    '<code>&lt;a href=&quot;/treffen/&quot;&gt;</code>',
  ].join('');
  const localized = localizeLinks(html, 'en');
  assert.match(localized, /<a href="\/en\/treffen\/">/);
  assert.match(localized, /href="\/downloads\/a\.pdf"/);
  assert.match(localized, /action="\/en\/suche\/"/);
  assert.match(localized, /href="https:\/\/example\.org\/"/);
  assert.match(localized, /src="\/search\/page\.js"/);
  assert.match(localized, /<code>&lt;a href=&quot;\/treffen\/&quot;&gt;<\/code>/);
  assert.equal(localizeLinks(html, 'de'), html);
});

test('every HTML page file is mirrored under the same pattern; the 404 page is not', () => {
  assert.equal(routePattern('index.astro'), '/');
  assert.equal(routePattern(path.join('treffen', 'index.astro')), '/treffen');
  assert.equal(routePattern(path.join('treffen', '[id].astro')), '/treffen/[id]');
  assert.equal(routePattern('[...archived].astro'), '/[...archived]');
  const files = htmlPageFiles(path.resolve('src/pages'));
  assert.ok(files.includes('index.astro'));
  assert.ok(files.includes(path.join('treffen', '[id].astro')));
  assert.ok(!files.includes('404.astro'));
  assert.ok(files.every((file) => file.endsWith('.astro')));
});

test('dates, durations and lists follow the interface language', () => {
  const day = new Date('2018-12-04T00:00:00Z');
  assert.equal(formatDate(day, 'en-GB'), '4 December 2018');
  assert.equal(formatDuration(90, 'en-GB'), '1.5 hours');
  assert.equal(joinList(['a', 'b', 'c'], 'en-GB'), 'a, b and c');
});
