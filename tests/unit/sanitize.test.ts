/**
 * The Markdown pipeline the build uses (src/lib/markdown/processor.ts) on
 * hostile input: every body in the bad-input corpus is rendered, and the
 * HTML that comes out must hold nothing that runs code or loads from
 * another host, whatever the checker said about it. Allowed markup survives.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { htmlToHast, markdownToHtml, mdxToJs } from 'satteri';
import type { Element, Root, RootContent } from 'hast';
import { markdownOptions } from '../../src/lib/markdown/processor.ts';
import { isForeignSource, SANITIZE_SCHEMA } from '../../src/lib/markdown/sanitize.ts';
import { parseMarkdownFile } from '../../tooling/content-check/frontmatter.ts';

const render = (markdown: string) => markdownToHtml(markdown, markdownOptions).html;

function elements(html: string): Element[] {
  const found: Element[] = [];
  const visit = (node: Root | RootContent) => {
    if (node.type === 'element') found.push(node);
    if ('children' in node) node.children.forEach(visit);
  };
  visit(htmlToHast(html, { fragment: true }) as unknown as Root);
  return found;
}

/** Elements the site's own plugins add after sanitising (table regions). */
const SITE_MARKUP = ['div'];
const SAFE_SCHEMES = /^(https?:|mailto:|tel:|#|\/|\.|[^:]*$)/i;

function assertHarmless(html: string, label: string) {
  for (const element of elements(html)) {
    assert.ok([...(SANITIZE_SCHEMA.tagNames ?? []), ...SITE_MARKUP].includes(element.tagName), `${label}: <${element.tagName}> survived`);
    for (const [key, value] of Object.entries(element.properties)) {
      assert.ok(!/^on/i.test(key), `${label}: ${key} on <${element.tagName}>`);
      assert.notEqual(key, 'style', `${label}: style attribute`);
      if (['href', 'src', 'cite', 'poster', 'srcSet', 'action'].includes(key)) {
        assert.match(String(value), SAFE_SCHEMES, `${label}: ${key}="${String(value)}"`);
      }
      if (['src', 'poster', 'srcSet'].includes(key)) assert.ok(!isForeignSource(String(value)), `${label}: foreign ${key}="${String(value)}"`);
    }
  }
}

describe('every body of the bad-input corpus renders harmless', () => {
  const corpus = path.resolve('tests/fixtures/content-check/bad');
  for (const name of fs.readdirSync(corpus).sort()) {
    const files = fs.readdirSync(path.join(corpus, name), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.md'));
    for (const file of files) {
      const parsed = parseMarkdownFile(fs.readFileSync(path.join(corpus, name, file), 'utf8'));
      if ('message' in parsed) continue;
      test(`${name}/${file}`, () => assertHarmless(render(parsed.body), name));
    }
  }
});

test('hostile HTML and links lose exactly their dangerous parts', () => {
  const html = render([
    'Text <img src="bild.png" alt="Bild" onerror="alert(1)"> <a href="javascript:alert(1)">Link</a>',
    '',
    '[x](JAVASCRIPT:alert(1)) <javascript:alert(1)> ![Foto](https://example.org/f.jpg) ![Foto](//example.org/g.jpg)',
    '',
    '<style>body{display:none}</style><script>alert(1)</script><iframe src="https://example.org/"></iframe>',
  ].join('\n'));
  // The autolink's text stays as text; no attribute keeps a script or a foreign host.
  assert.doesNotMatch(html, /onerror|="javascript|example\.org|<style|<script|<iframe|display:none/i);
  assert.match(html, /<img src="bild\.png" alt="Bild">/);
  assert.match(html, /<a>Link<\/a>/, 'the link text stays, only the target goes');
});

test('allowed HTML and GitHub-flavoured Markdown survive', () => {
  const html = render([
    '<details><summary>Mehr</summary>',
    '',
    'Inhalt mit <kbd>Strg</kbd>, H<sub>2</sub>O.',
    '',
    '</details>',
    '',
    '| A | B |',
    '|---|---|',
    '| 1 | 2 |',
    '',
    '- [x] erledigt',
    '',
    'Mit Fußnote[^1] und [Mail](mailto:info@example.org), [Telefon](tel:+49301234).',
    '',
    '[^1]: Die Fußnote.',
  ].join('\n'));
  for (const expected of ['<details>', '<summary>Mehr</summary>', '<kbd>Strg</kbd>', '<sub>2</sub>', '<table>', 'type="checkbox"', 'href="mailto:info@example.org"', 'href="tel:+49301234"']) {
    assert.ok(html.includes(expected), `${expected} missing in\n${html}`);
  }
  assert.match(html, /role="region"/, 'the accessibility plugin still wraps tables');
});

test('contributed ids are prefixed against DOM clobbering, and in-page links follow them', () => {
  const html = render('[zum Ziel](#ziel) und [^1]\n\n<a id="ziel" name="getElementById">Ziel</a>\n\n[^1]: Fußnote.');
  assert.match(html, /id="user-content-ziel"/);
  assert.match(html, /name="user-content-getElementById"/);
  assert.match(html, /href="#user-content-ziel"/);
  const ids = new Set([...html.matchAll(/id="([^"]+)"/g)].map((match) => match[1]));
  for (const [, target] of html.matchAll(/href="#([^"]+)"/g)) assert.ok(ids.has(target), `#${target} points nowhere in\n${html}`);
});

test('in .mdx, components and expressions stay, HTML written as JSX is cleaned', () => {
  const { code } = mdxToJs(
    'import Hinweis from "../components/Hinweis.astro";\n\n<Hinweis typ="info">Achtung <img src="https://example.org/x.png" alt="x" /></Hinweis>\n\n<a href="javascript:alert(1)" onClick={() => 1}>x</a> {1 + 1}\n',
    markdownOptions,
  );
  assert.match(code, /import Hinweis from/);
  assert.match(code, /_jsxs?\(Hinweis, \{\s*typ: "info"/);
  assert.match(code, /1 \+ 1/);
  assert.doesNotMatch(code, /javascript:|onClick|example\.org/);
});
