/** The generated parts of CONTRIBUTING.md match the schemas (run "npm run schemas:generate" after changing them). */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { endMarker, GUIDE_SECTIONS, sectionBlock, startMarker } from '../../tooling/docs/guide-sections.ts';
import { DOWNLOAD_EXTENSIONS } from '../../src/schemas/download-formats.ts';

const guide = fs.readFileSync('CONTRIBUTING.md', 'utf8');

for (const section of GUIDE_SECTIONS) {
  test(`CONTRIBUTING.md: "${section.name}" is what the schemas say`, () => {
    const start = guide.indexOf(startMarker(section.name));
    const end = guide.indexOf(endMarker(section.name));
    assert.ok(start >= 0 && end > start, `markers for ${section.name} missing`);
    assert.equal(guide.slice(start, end + endMarker(section.name).length), sectionBlock(section));
  });
}

test('the download table names every allowed extension', () => {
  for (const extension of DOWNLOAD_EXTENSIONS) assert.ok(guide.includes(`\`.${extension}\``), extension);
});
