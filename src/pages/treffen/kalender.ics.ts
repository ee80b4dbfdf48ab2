/** /treffen/kalender.ics: all meetings, past and announced, to subscribe to. */
import type { APIRoute } from 'astro';
import { loadSiteIndex } from '../../lib/site-data.ts';
import { meetingsCalendar } from '../../lib/meeting-calendar.ts';
import { sortForListing } from '../../lib/sorting.ts';

export const GET: APIRoute = async () => {
  const index = await loadSiteIndex();
  return new Response(meetingsCalendar(sortForListing(index.all('meetings')), index), {
    headers: { 'Content-Type': 'text/calendar; charset=utf-8' },
  });
};
