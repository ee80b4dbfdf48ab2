/**
 * No page of either built site names a resource on another host: every
 * address a browser would load by itself (stylesheets, icons, preloads,
 * scripts, images, media, frames, embedded objects, CSS url() in inline
 * styles) is on the site's own origin or a data: URL. A static check over
 * every page; tests/e2e/{site,synthetic}/privacy.spec.ts record what a
 * browser really requests, once per page type. Links a reader follows
 * (<a href>) and addresses that are only named (canonical, alternates) are
 * not loaded and not checked here.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { siteConfig } from '../../src/site.config.ts';
import { BUILDS, builtPages } from './support.ts';

/** <link rel> values that make a browser fetch the address. */
const LOADING_RELS = new Set(['stylesheet', 'icon', 'shortcut', 'apple-touch-icon', 'mask-icon', 'manifest', 'preload', 'prefetch', 'modulepreload', 'preconnect', 'dns-prefetch', 'prerender']);

const decode = (text: string) => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
const attributesOf = (text: string) =>
  Object.fromEntries([...text.matchAll(/([a-zA-Z:-]+)(?:=(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)].map((match) => [match[1]!.toLowerCase(), decode(match[2] ?? match[3] ?? match[4] ?? '')]));
const srcsetUrls = (srcset: string) => srcset.split(',').map((candidate) => candidate.trim().split(/\s+/)[0]!).filter(Boolean);
const cssUrls = (css: string) => [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)]*?))\s*\)/gi)].map((match) => (match[1] ?? match[2] ?? match[3] ?? '').trim());

/** Every address in the page that a browser loads without the reader clicking, with where it stands. */
export function loadedAddresses(html: string): { where: string; url: string }[] {
  const found: { where: string; url: string }[] = [];
  const add = (where: string, url: string | undefined) => {
    if (url) found.push({ where, url });
  };
  for (const [, name, text] of html.matchAll(/<([a-zA-Z][a-zA-Z0-9-]*)\b([^>]*)>/g)) {
    const tag = name!.toLowerCase();
    const attributes = attributesOf(text!);
    if (tag === 'link') {
      const rels = (attributes['rel'] ?? '').toLowerCase().split(/\s+/);
      if (rels.some((rel) => LOADING_RELS.has(rel))) add(`<link rel="${attributes['rel']}">`, attributes['href']);
      if (attributes['imagesrcset']) for (const url of srcsetUrls(attributes['imagesrcset'])) add('<link imagesrcset>', url);
    }
    if (['script', 'img', 'source', 'video', 'audio', 'iframe', 'embed', 'track', 'input', 'frame'].includes(tag)) add(`<${tag} src>`, attributes['src']);
    if (['img', 'source'].includes(tag) && attributes['srcset']) for (const url of srcsetUrls(attributes['srcset'])) add(`<${tag} srcset>`, url);
    if (tag === 'video') add('<video poster>', attributes['poster']);
    if (tag === 'object') add('<object data>', attributes['data']);
    if (tag === 'image' || tag === 'use') add(`<${tag} href>`, attributes['href'] ?? attributes['xlink:href']);
    if (attributes['style']) for (const url of cssUrls(attributes['style'])) add(`<${tag} style>`, url);
    if (attributes['background']) add(`<${tag} background>`, attributes['background']);
  }
  for (const [, css] of html.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) {
    for (const url of cssUrls(css!)) add('<style>', url);
    for (const [, url] of css!.matchAll(/@import\s+["']([^"']+)["']/g)) add('<style> @import', url);
  }
  return found;
}

/** Addresses that leave the site: another host, or a scheme other than the page's own and data:. */
export function foreignResources(html: string, ownOrigin: string): string[] {
  return loadedAddresses(html)
    .filter(({ url }) => {
      if (url.startsWith('#') || /^data:/i.test(url)) return false;
      try {
        return new URL(url, `${ownOrigin}/`).origin !== ownOrigin;
      } catch {
        return true;
      }
    })
    .map(({ where, url }) => `${where} ${url}`);
}

const OWN_ORIGIN = new URL(siteConfig.url).origin;

for (const build of BUILDS) {
  test(`${build.name}: no page loads anything from another host`, () => {
    const pages = builtPages(build.outDir);
    assert.ok(pages.length > 30);
    const failures = pages.flatMap((page) => foreignResources(page.html, OWN_ORIGIN).map((problem) => `${page.url}: ${problem}`));
    assert.deepEqual(failures, []);
  });

  test(`${build.name}: no page has a frame`, () => {
    // axe in the browser tests runs without frame support (tests/e2e/support/axe.ts).
    const framed = builtPages(build.outDir).filter((page) => /<(iframe|frame|frameset)\b/i.test(page.html)).map((page) => page.url);
    assert.deepEqual(framed, []);
  });
}

test('the check finds every kind of foreign resource (bad sample)', () => {
  const sample = [
    '<link rel="stylesheet" href="https://cdn.example.com/a.css">',
    '<link rel="preconnect" href="https://fonts.example.com">',
    '<link rel="canonical" href="https://elsewhere.example.com/">', // named, not loaded: allowed
    '<script src="//cdn.example.com/a.js"></script>',
    '<img src="https://img.example.com/a.png" alt="">',
    '<img src="/ok.png" srcset="/ok-2x.png 2x, https://img.example.com/b.png 3x" alt="">',
    '<picture><source srcset="https://img.example.com/c.webp"></picture>',
    '<video src="https://media.example.com/v.mp4" poster="https://media.example.com/p.jpg"></video>',
    '<audio src="http://media.example.com/a.mp3"></audio>',
    '<iframe src="https://frame.example.com/"></iframe>',
    '<div style="background: url(\'https://img.example.com/bg.png\')"></div>',
    '<style>.x { background: url(https://img.example.com/s.png) } @import "https://cdn.example.com/i.css";</style>',
    '<img src="data:image/png;base64,AAAA" alt=""><a href="https://example.com/">a link is followed, not loaded</a>',
    `<img src="${OWN_ORIGIN}/own.png" alt="">`,
  ].join('\n');
  assert.deepEqual(foreignResources(sample, OWN_ORIGIN), [
    '<link rel="stylesheet"> https://cdn.example.com/a.css',
    '<link rel="preconnect"> https://fonts.example.com',
    '<script src> //cdn.example.com/a.js',
    '<img src> https://img.example.com/a.png',
    '<img srcset> https://img.example.com/b.png',
    '<source srcset> https://img.example.com/c.webp',
    '<video src> https://media.example.com/v.mp4',
    '<video poster> https://media.example.com/p.jpg',
    '<audio src> http://media.example.com/a.mp3',
    '<iframe src> https://frame.example.com/',
    "<div style> https://img.example.com/bg.png",
    '<style> https://img.example.com/s.png',
    '<style> @import https://cdn.example.com/i.css',
  ]);
});
