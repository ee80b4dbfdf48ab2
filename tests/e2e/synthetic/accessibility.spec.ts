/**
 * Once per page type of the synthetic site (what the page loads, see
 * support/axe.ts, and axe), where every template is
 * filled, plus the layout states its scenario entries provide (a title near
 * the length limit, many references, a topic and a city nothing refers to,
 * the largest listing, a complete and a partial analysis, a meeting with a
 * downloadable document, document pages of a PDF and of a scan), each light at desktop and dark at phone width
 * (support/axe.ts, COVERING_VARIANTS). The real site's empty collections are checked in
 * tests/e2e/site/accessibility.spec.ts.
 */
import { onePerPageType, SITES } from '../support/built-pages.ts';
import { checkEveryPageType } from '../support/axe.ts';
import { entries, entry, fixtures } from '../support/synthetic.ts';
import { fundingValueUrl } from '../../../src/lib/funding-browse.ts';

const types = onePerPageType(SITES.synthetic);
const states = [
  { type: 'state: long title, many references', path: entry('stories', fixtures.stories.langerTitel).url },
  { type: 'state: topic without entries', path: entry('topics', fixtures.topics.empty).url },
  { type: 'state: city without entries', path: entry('cities', fixtures.cities.leer).url },
  { type: 'state: topic with the most entries', path: entry('topics', fixtures.topics.many).url },
  { type: 'state: meeting with announced documents and its stories', path: entry('meetings', fixtures.meeting).url },
  { type: 'state: city with an analysis', path: entry('cities', entries('analyses')[0]!.data.city).url },
  ...entries('analyses').map((analysis) => ({ type: 'state: analysis', path: analysis.url })),
  { type: 'state: funding value with stories and experts', path: fundingValueUrl('areas', 'Integration & Teilhabe') },
  { type: 'state: PDF document with preview and pages', path: `${entry('meetings', fixtures.documents.meeting).url}unterlagen/${fixtures.documents.protocol.slug}/` },
  { type: 'state: scanned document without text', path: `${entry('meetings', fixtures.documents.meeting).url}unterlagen/${fixtures.documents.scan.slug}/` },
  { type: 'state: meeting with document previews', path: entry('meetings', fixtures.documents.meeting).url },
].filter((state) => !types.some((chosen) => chosen.path === state.path));

checkEveryPageType([...types, ...states]);
