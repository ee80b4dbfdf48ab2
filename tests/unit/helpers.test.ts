/** Small helpers whose output readers see. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { formatDate, formatDateRange } from '../../src/lib/dates.ts';
import { formatBytes, formatDuration, formatMonths, joinList, languageName } from '../../src/lib/format.ts';
import { closestMatch } from '../../src/lib/german-text.ts';
import { buildToc, shouldShowToc } from '../../src/lib/toc.ts';
import { missingSections } from '../../src/lib/story-sections.ts';

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);

test('German dates and ranges', () => {
  assert.equal(formatDate(day('2018-12-04')), '4. Dezember 2018');
  assert.equal(formatDateRange(day('2018-11-28'), day('2018-11-29')), '28.–29. November 2018');
  assert.equal(formatDateRange(day('2018-11-28')), '28. November 2018');
  // Intl puts thin spaces around the dash across months; compare the words, not the space width.
  assert.equal(formatDateRange(day('2018-11-30'), day('2018-12-01')).replace(/\s/g, ' '), '30. November – 1. Dezember 2018');
});

test('durations, sizes and lists read naturally in German', () => {
  assert.equal(formatDuration(45), '45 Minuten');
  assert.equal(formatDuration(60), '1 Stunde');
  assert.equal(formatDuration(150), '2,5 Stunden');
  assert.equal(formatMonths(24), '24 Monate (2 Jahre)');
  assert.equal(formatMonths(7), '7 Monate');
  assert.equal(formatBytes(1536), '1,5 KB');
  assert.equal(joinList(['a', 'b', 'c']), 'a, b und c');
  assert.equal(languageName('ar'), 'Arabisch');
});

test('spelling suggestions understand umlauts and typos', () => {
  assert.equal(closestMatch('Lubeck', ['berlin', 'leipzig', 'luebeck']), 'luebeck');
  assert.equal(closestMatch('Lübeck', ['berlin', 'luebeck']), 'luebeck');
  assert.equal(closestMatch('finanzirung', ['finanzierung', 'vernetzung']), 'finanzierung');
  assert.equal(closestMatch('hamburg', ['berlin', 'leipzig']), undefined);
});

test('table of contents nests h3 under h2 and appears only for longer pages', () => {
  const headings = [
    { depth: 2, slug: 'a', text: 'A' },
    { depth: 3, slug: 'a1', text: 'A1' },
    { depth: 2, slug: 'b', text: 'B' },
    { depth: 4, slug: 'b1', text: 'B1' },
  ];
  assert.deepEqual(
    buildToc(headings).map((item) => [item.slug, item.children.map((child) => child.slug)]),
    [['a', ['a1']], ['b', []]],
  );
  assert.equal(shouldShowToc(headings), true);
  assert.equal(shouldShowToc(headings.slice(0, 2)), false);
});

test('a story lists the good-practice sections it does not cover', () => {
  assert.deepEqual(
    missingSections([
      { depth: 2, slug: 'ausgangslage', text: 'Ausgangslage' },
      { depth: 2, slug: 'ergebnis', text: 'Ergebnis' },
    ]),
    ['Ziele', 'Vorgehen', 'Übertragbarkeit'],
  );
});

test('the header lists only collections with entries; empty ones move to the footer', async () => {
  const { footerCollections, headerNavigation } = await import('../../src/lib/navigation.ts');
  const hasEntries = (name: string) => name !== 'experts';
  const header = headerNavigation('de', hasEntries).map((item) => item.href);
  const footer = footerCollections('de', hasEntries).map((item) => item.href);
  assert.ok(!header.includes('/expertinnen/'));
  assert.ok(footer.includes('/expertinnen/'));
  assert.ok(header.includes('/treffen/'));
  assert.deepEqual(headerNavigation('de', () => true).length, headerNavigation('de', hasEntries).length + 1);
});
