/**
 * Right-to-left readiness: styles use logical properties (margin-inline-start,
 * inset-inline-end, text-align: start), never left/right, so an Arabic or
 * Farsi interface mirrors the layout with `dir="rtl"` alone. The browser test
 * in tests/e2e/site/languages.spec.ts shows the result on every page type.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';

const PHYSICAL = [
  /\b(?:margin|padding|border)-(?:left|right)\b/,
  /\bborder-(?:top|bottom)-(?:left|right)-radius\b/,
  /(?:^|[\s;{"'])(?:left|right)\s*:/,
  /\b(?:text-align|float|clear)\s*:\s*(?:left|right)\b/,
];

function files(dir: string, extensions: string[]): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => extensions.some((extension) => file.endsWith(extension)))
    .map((file) => path.join(dir, file));
}

/** The CSS in a file: whole stylesheets, <style> blocks and style="" attributes of components. */
function cssOf(file: string): string[] {
  const text = fs.readFileSync(file, 'utf8');
  if (file.endsWith('.css')) return text.split('\n');
  const blocks = [...text.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1]!);
  const attributes = [...text.matchAll(/style="([^"]*)"/g)].map((match) => match[1]!);
  return [...blocks, ...attributes].flatMap((css) => css.split('\n'));
}

test('styles use logical properties only, so right-to-left layouts mirror', () => {
  const sources = [...files('src', ['.css', '.astro']), ...files('public', ['.css'])];
  assert.ok(sources.some((file) => file.endsWith('global.css')), 'the global stylesheet is checked');
  const offences = sources.flatMap((file) =>
    cssOf(file)
      .filter((line) => !line.trim().startsWith('/*') && PHYSICAL.some((pattern) => pattern.test(line)))
      .map((line) => `${file}: ${line.trim()}`),
  );
  assert.deepEqual(offences, []);
});

test('the check recognises physical properties', () => {
  const physical = (css: string) => PHYSICAL.some((pattern) => pattern.test(css));
  assert.ok(physical('margin-left: 1rem'));
  assert.ok(physical('.x { left: 0 }'));
  assert.ok(physical('text-align: right'));
  assert.ok(!physical('margin-inline-start: 1rem'));
  assert.ok(!physical('inset-inline-end: 0'));
  assert.ok(!physical('text-align: start'));
});
