/** /treffen/<id>.ics: one meeting for the reader's calendar. */
import type { APIRoute } from 'astro';
import { loadSiteIndex, type Entry } from '../../lib/site-data.ts';
import { staticPathsFor } from '../../lib/static-paths.ts';
import { meetingsCalendar } from '../../lib/meeting-calendar.ts';

// The meeting page's key covers the calendar entry: it is made from the same meeting and the city it names.
export const getStaticPaths = () => staticPathsFor('meetings');

export const GET: APIRoute = async ({ props }) => {
  const index = await loadSiteIndex();
  const body = meetingsCalendar([(props as { entry: Entry<'meetings'> }).entry], index);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
