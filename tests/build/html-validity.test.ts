/**
 * Every built page is valid HTML under the rule set in .htmlvalidate.json:
 * html-validate's recommended rules plus its a11y preset (in html-validate 11
 * every a11y rule is already part of recommended at the same severity; the
 * preset is named so the accessibility rules stay on if that changes).
 * Further accessibility rules html-validate does not have (heading levels,
 * one h1, table headers, lang) are in page-rules.test.ts. no-inline-style stays
 * on: the Content-Security-Policy (src/lib/csp.ts) blocks every style attribute.
 * Exceptions, each with its reason:
 * - long-title: titles are "<entry> – Wissensnetz" and entries may have long German titles.
 * - no-trailing-whitespace, void-style, attribute-boolean-style: formatting of generated markup, not validity.
 * - no-redundant-role: Pagefind-free <form role="search"> is deliberate; older screen readers need it.
 * - valid-id relaxed: heading ids such as "1-was-wird-gebraucht" start with a digit, which HTML5 allows;
 *   the strict variant only protects CSS selectors we do not write.
 * - doctype-style: Astro writes the redirect pages for content/redirects.yaml with a lower-case doctype.
 * - prefer-native-element (region): scrollable tables are wrapped in role="region" with a label (WCAG 2.1.1);
 *   <section> would add an outline entry for every table.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { BUILDS, builtPages } from './support.ts';

const validator = new HtmlValidate(new FileSystemConfigLoader());

for (const build of BUILDS) {
  test(`${build.name}: every page is valid HTML`, async () => {
    const failures: string[] = [];
    for (const page of builtPages(build.outDir)) {
      const report = await validator.validateString(page.html, page.file);
      for (const result of report.results) {
        for (const message of result.messages) failures.push(`${page.url}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
    assert.deepEqual(failures, []);
  });
}
