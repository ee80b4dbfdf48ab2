/** /treffen/<id>.ics: one meeting for the reader's calendar. */
import type { APIRoute } from 'astro';
import { loadSiteIndex, type Entry } from '../../lib/site-data.ts';
import { meetingsCalendar } from '../../lib/meeting-calendar.ts';

export async function getStaticPaths() {
  const index = await loadSiteIndex();
  return index.all('meetings').map((entry) => ({ params: { id: entry.id }, props: { entry } }));
}

export const GET: APIRoute = async ({ props }) => {
  const index = await loadSiteIndex();
  const body = meetingsCalendar([(props as { entry: Entry<'meetings'> }).entry], index);
  return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
