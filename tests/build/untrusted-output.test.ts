/**
 * Contributors write the Markdown these pages are built from. Whatever the
 * Markdown pipeline lets through, no built page may carry markup that runs
 * script, loads from another host, frames or embeds other documents, or
 * sends the reader elsewhere by itself; and every page carries the
 * Content-Security-Policy (src/lib/csp.ts) that would stop such markup in
 * the browser. Pages are parsed as a browser would (satteri's HTML parser),
 * so attribute spelling, entities and case cannot hide anything.
 */
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { test } from 'node:test';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { htmlToHast } from 'satteri';
import { siteConfig } from '../../src/site.config.ts';
import { BUILDS, builtPages, isRedirectStub, type BuiltPage } from './support.ts';

const SITE_ORIGIN = new URL(siteConfig.url).origin;
const SAFE_SCHEMES = new Set(['http', 'https', 'mailto', 'tel']);
/** hast property names of attributes holding URLs (srcSet and ping hold several). */
const URL_ATTRIBUTES = ['href', 'xLinkHref', 'src', 'srcSet', 'action', 'formAction', 'poster', 'data', 'cite', 'background', 'ping'];
/** Attributes whose URL the browser fetches or submits to, on any element. */
const LOADING_ATTRIBUTES = new Set(['src', 'srcSet', 'poster', 'data', 'action', 'formAction', 'background']);
/** Elements whose href (or xlink:href) the browser fetches without a click. */
const LOADING_HREF_ELEMENTS = new Set(['link', 'image', 'use', 'feImage', 'script']);
const FORBIDDEN_ELEMENTS = new Set(['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'base']);
const DATA_SCRIPT_TYPES = new Set(['application/ld+json', 'application/json']);
const SCRIPT_TYPES = new Set(['', 'text/javascript', 'module']);

const digest = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

/** Every element in document order, template contents included. */
function* elements(node: Root | RootContent | ElementContent): Generator<Element> {
  if (node.type === 'element') yield node;
  if ('children' in node) for (const child of node.children) yield* elements(child);
  const content = (node as { content?: Root }).content;
  if (content) yield* elements(content);
}

const textOf = (element: Element) =>
  element.children.map((child) => (child.type === 'text' ? child.value : '')).join('');

const values = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(String) : value === undefined || value === null || typeof value === 'boolean' ? [] : [String(value)];

const lowerValues = (element: Element, property: string) => values(element.properties[property]).map((value) => value.toLowerCase());

/** The URLs in an attribute value: srcset candidates lose their width/density descriptors. */
function urlsOf(property: string, value: unknown): string[] {
  if (property === 'srcSet') return values(value).flatMap((item) => item.split(/,\s+/)).map((candidate) => candidate.trim().split(/\s+/)[0] ?? '');
  if (property === 'ping') return values(value).flatMap((item) => item.split(/\s+/)).filter(Boolean);
  return values(value);
}

/** The scheme a browser reads from a URL (it drops tabs and newlines anywhere, spaces at the ends), or '' for a relative URL. */
function schemeOf(url: string): string {
  const cleaned = url.replace(/[\t\n\r]/g, '').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
  return /^([a-z][a-z\d+.-]*):/i.exec(cleaned)?.[1]?.toLowerCase() ?? '';
}

const isSameOrigin = (url: string) => {
  try {
    return new URL(url, `${SITE_ORIGIN}/`).origin === SITE_ORIGIN;
  } catch {
    return false;
  }
};

/** The favicon is an inline SVG: the one data: URL a page may carry. */
const isDataFavicon = (element: Element, url: string) =>
  element.tagName === 'link' && lowerValues(element, 'rel').includes('icon') && /^data:image\//i.test(url);

function isPolicyMeta(element: Element) {
  return element.tagName === 'meta' && lowerValues(element, 'httpEquiv').includes('content-security-policy');
}

/** Directive name → its sources, from the policy text. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (name && !directives.has(name.toLowerCase())) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

/** What is wrong with one page, each problem as "url: problem". */
function problemsOf(page: BuiltPage): string[] {
  const problems: string[] = [];
  const report = (problem: string) => problems.push(`${page.url}: ${problem}`);
  const all = [...elements(htmlToHast(page.html) as Root)];

  const policies = all.filter(isPolicyMeta);
  if (policies.length !== 1) report(`${policies.length} Content-Security-Policy meta tags instead of one`);
  const policyElement = policies[0];
  const policy = parsePolicy(String(policyElement?.properties['content'] ?? ''));
  const policyIndex = policyElement ? all.indexOf(policyElement) : Infinity;

  for (const [index, element] of all.entries()) {
    const { tagName, properties } = element;
    if (FORBIDDEN_ELEMENTS.has(tagName)) report(`<${tagName}>`);
    if (tagName === 'meta' && properties['httpEquiv'] !== undefined && !isPolicyMeta(element)) {
      report(`<meta http-equiv="${values(properties['httpEquiv']).join(' ')}">`);
    }
    for (const [property, value] of Object.entries(properties)) {
      if (/^on/i.test(property)) report(`<${tagName}> has the event handler attribute ${property}`);
      if (property === 'style' && !(policy.get('style-src-attr') ?? []).includes(digest(String(value)))) {
        report(`<${tagName} style="${String(value)}">: style attribute the policy blocks`);
      }
      if (!URL_ATTRIBUTES.includes(property)) continue;
      for (const url of urlsOf(property, value)) {
        const scheme = schemeOf(url);
        if (scheme && !SAFE_SCHEMES.has(scheme) && !isDataFavicon(element, url)) report(`<${tagName} ${property}="${url}">: scheme ${scheme}:`);
        const loads = LOADING_ATTRIBUTES.has(property) || (LOADING_HREF_ELEMENTS.has(tagName) && (property === 'href' || property === 'xLinkHref'));
        if (loads && !isSameOrigin(url) && !isDataFavicon(element, url)) report(`<${tagName} ${property}="${url}"> points to another host`);
      }
    }

    if (tagName === 'script' || tagName === 'style') {
      if (index < policyIndex) report(`<${tagName}> comes before the Content-Security-Policy, which covers only what follows it`);
    }
    // The site inlines its CSS; style-src 'self' would let a stylesheet among the downloads apply.
    if (tagName === 'link' && lowerValues(element, 'rel').includes('stylesheet')) report(`<link rel="stylesheet" href="${String(properties['href'])}">`);
    if (tagName === 'script') {
      const type = String(properties['type'] ?? '').trim().toLowerCase();
      if (properties['src'] !== undefined) {
        if (!isSameOrigin(String(properties['src']))) report(`<script src="${String(properties['src'])}"> from another host`);
      } else if (SCRIPT_TYPES.has(type)) {
        if (!(policy.get('script-src') ?? []).includes(digest(textOf(element)))) {
          report(`an inline script is not in script-src (its hash ${digest(textOf(element))}): ${textOf(element).trim().slice(0, 80)}`);
        }
      } else if (!DATA_SCRIPT_TYPES.has(type)) {
        report(`<script type="${type}"> is neither a script the policy governs nor a known data block`);
      }
    }
    if (tagName === 'style' && !(policy.get('style-src') ?? []).includes(digest(textOf(element)))) {
      report(`an inline stylesheet is not in style-src (its hash ${digest(textOf(element))})`);
    }
  }
  return problems;
}

/** The policy's rules, apart from the hashes, which differ with the site's scripts and styles. */
function policyProblems(page: BuiltPage): string[] {
  const meta = [...elements(htmlToHast(page.html) as Root)].find(isPolicyMeta);
  if (!meta) return [`${page.url}: no Content-Security-Policy`];
  const policy = parsePolicy(String(meta.properties['content']));
  const problems: string[] = [];
  const expectExactly = (directive: string, sources: string[]) => {
    if (JSON.stringify(policy.get(directive)) !== JSON.stringify(sources)) {
      problems.push(`${page.url}: ${directive} is ${JSON.stringify(policy.get(directive))}, expected ${JSON.stringify(sources)}`);
    }
  };
  expectExactly('default-src', ["'self'"]);
  expectExactly('img-src', ["'self'", 'data:']);
  expectExactly('connect-src', ["'self'"]);
  expectExactly('object-src', ["'none'"]);
  expectExactly('base-uri', ["'self'"]);
  expectExactly('form-action', ["'self'"]);
  expectExactly('frame-src', ["'none'"]);
  expectExactly('worker-src', ["'none'"]);
  expectExactly('script-src-attr', ["'none'"]);
  // No style attribute at all: the site writes none, Markdown table alignment comes as classes.
  expectExactly('style-src-attr', ["'none'"]);
  // Only the site itself and hashes: no 'unsafe-inline', no 'unsafe-eval', no host, no scheme.
  const hash = /^'sha(256|384|512)-[A-Za-z\d+/]+=*'$/;
  for (const [directive, allowed] of [
    ['script-src', ["'self'", "'wasm-unsafe-eval'", "'strict-dynamic'"]],
    ['style-src', ["'self'"]],
  ] as const) {
    const sources = policy.get(directive) ?? [];
    const foreign = sources.filter((source) => !(allowed as readonly string[]).includes(source) && !hash.test(source));
    const base = "'self'";
    if (!sources.includes(base) || foreign.length > 0) problems.push(`${page.url}: ${directive} allows ${foreign.join(' ') || `no ${base}`}`);
  }
  // Files on the site's own origin include contributors' downloads: 'self' must not be enough to run one.
  if (!policy.get('script-src')?.includes("'strict-dynamic'")) problems.push(`${page.url}: script-src without 'strict-dynamic' lets any script file on the site run`);
  for (const directive of ['script-src-elem', 'style-src-elem', 'child-src', 'font-src', 'media-src', 'manifest-src']) {
    if (policy.has(directive)) problems.push(`${page.url}: ${directive} overrides its fallback; check it and list it here`);
  }
  return problems;
}

/** What is wrong with a redirect page: anything but a title, a canonical link, a refresh and a link to the new address. */
function redirectProblems(page: BuiltPage): string[] {
  const allowed = new Set(['html', 'head', 'body', 'title', 'meta', 'link', 'a', 'code']);
  const problems: string[] = [];
  for (const element of elements(htmlToHast(page.html) as Root)) {
    const { tagName, properties } = element;
    if (!allowed.has(tagName)) problems.push(`${page.url}: <${tagName}>`);
    const attributes = Object.keys(properties).filter((property) => /^on|^style$/i.test(property));
    if (attributes.length > 0) problems.push(`${page.url}: <${tagName}> with ${attributes.join(', ')}`);
    const target = tagName === 'meta' && lowerValues(element, 'httpEquiv').includes('refresh')
      ? /^\s*\d+\s*;\s*url=(.*)$/i.exec(String(properties['content']))?.[1] ?? ''
      : tagName === 'a' ? String(properties['href'] ?? '') : undefined;
    // A path on this site: one slash, not two (//host is another site).
    if (target !== undefined && !/^\/(?![/\\])/.test(target)) problems.push(`${page.url}: leads to "${target}", not a path on this site`);
    if (tagName === 'link' && !isSameOrigin(String(properties['href'] ?? ''))) problems.push(`${page.url}: <link href="${String(properties['href'])}">`);
  }
  return problems;
}

for (const build of BUILDS) {
  const all = builtPages(build.outDir);
  const pages = all.filter((page) => !isRedirectStub(page));

  test(`${build.name}: no page carries script, foreign resources, frames or self-navigation, and each is covered by its policy`, () => {
    assert.ok(pages.length > 30, 'the built site has pages to check');
    assert.deepEqual(pages.flatMap(problemsOf), []);
  });

  test(`${build.name}: every page's Content-Security-Policy allows only the site itself and its hashed inline code`, () => {
    assert.deepEqual(pages.flatMap(policyProblems), []);
  });

  // Astro writes these for content/redirects.yaml, without a policy: they hold no script or style to govern,
  // so this checks they hold nothing else and lead only to a page of this site.
  test(`${build.name}: redirect pages hold a link and a refresh to a page of this site, nothing else`, () => {
    assert.deepEqual(all.filter(isRedirectStub).flatMap(redirectProblems), []);
  });
}

// The checks above must be able to fail: a page with every kind of markup they exist to catch.
test('the checks find what contributed content could smuggle in', () => {
  const policy = `default-src 'self'; script-src 'self' ${digest('ok()')}; style-src 'self'; style-src-attr 'unsafe-hashes' ${digest('text-align: right')}`;
  const page: BuiltPage = {
    url: '/probe/',
    file: 'probe.html',
    html: `<!doctype html><html><head><script>early()</script><meta http-equiv="Content-Security-Policy" content="${policy}">
      <meta http-equiv="refresh" content="0;url=https://example.org/"><base href="https://example.org/"></head><body>
      <script>ok()</script><script>notHashed()</script><script src="//example.org/x.js"></script><script type="text/x-template">x</script>
      <style>p{}</style><link rel="stylesheet" href="/downloads/x.css"><p style="color:red" ONCLICK="x()">a</p><table><tr><td style="text-align: right">1</td></tr></table><img src="x" onerror="x()"><img srcset="/a.png 1x, https://example.org/b.png 2x">
      <a href="java&#x09;script:alert(1)">b</a><a href=" JAVASCRIPT:alert(1)">c</a><a href="data:text/html,x">d</a><a href="https://example.org/">ok</a>
      <form action="https://example.org/"><button formaction="javascript:x()">e</button></form><video poster="https://example.org/p.png"></video>
      <iframe src="/"></iframe><object data="/x"></object><embed src="/x"><svg><a xlink:href="javascript:x()"><text>f</text></a><image href="https://example.org/i.png"/></svg>
      <template><img src="/t.png" onload="x()"></template></body></html>`,
  };
  const problems = problemsOf(page).join('\n');
  for (const expected of [
    '<script> comes before the Content-Security-Policy', '<meta http-equiv="refresh">', '<base>', 'inline script is not in script-src',
    '<script src="//example.org/x.js"> from another host', '<script type="text/x-template">', 'inline stylesheet is not in style-src',
    '<link rel="stylesheet" href="/downloads/x.css">',
    '<p style="color:red">: style attribute the policy blocks', '<p> has the event handler attribute onClick', '<img> has the event handler attribute onError',
    '<img srcSet="https://example.org/b.png"> points to another host', 'scheme javascript:', 'scheme data:',
    '<form action="https://example.org/"> points to another host', '<button formAction="javascript:x()">: scheme javascript:',
    '<video poster="https://example.org/p.png"> points to another host', '<iframe>', '<object>', '<embed>',
    '<a xLinkHref="javascript:x()">', '<image href="https://example.org/i.png"> points to another host', 'has the event handler attribute onLoad',
  ]) {
    assert.ok(problems.includes(expected), `not reported: ${expected}\n${problems}`);
  }
  assert.equal((problems.match(/scheme javascript:/g) ?? []).length, 4, 'both disguised javascript: links, the formaction and the SVG link');
  assert.ok(!problems.includes('"https://example.org/">:'), 'a plain https link is fine');
  assert.ok(!problems.includes('<td style'), 'a style attribute whose hash the policy lists is fine');
  const redirect = (html: string) => redirectProblems({ url: '/alt/', file: 'alt.html', html }).join('\n');
  assert.equal(redirect('<!doctype html><title>x</title><meta http-equiv="refresh" content="0;url=/neu/"><body><a href="/neu/">x</a></body>'), '');
  assert.match(redirect('<meta http-equiv="refresh" content="0;url=//example.org/">'), /leads to "\/\/example\.org\/"/);
  assert.match(redirect('<a href="javascript:x()">x</a><script>x()</script>'), /leads to "javascript:x\(\)"[\s\S]*<script>/);
  assert.ok(policyProblems(page).some((problem) => problem.includes('object-src')), 'a policy without object-src is refused');
  assert.ok(policyProblems(page).some((problem) => problem.includes("without 'strict-dynamic'")), "a policy without 'strict-dynamic' is refused");
  assert.ok(policyProblems({ ...page, html: page.html.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'") }).some((problem) => problem.includes("style-src allows 'unsafe-inline'")));
});
