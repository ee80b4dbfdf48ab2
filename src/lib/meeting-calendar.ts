/** Meetings as calendar events: one file per meeting and one for all. */
import { calendar, type CalendarEvent } from './ics.ts';
import type { Entry, SiteIndex } from './site-data.ts';
import { absoluteUrl, entryUrl } from './urls.ts';
import { siteConfig } from '../site.config.ts';

export const ALL_MEETINGS_CALENDAR = '/treffen/kalender.ics';

export function meetingCalendarUrl(id: string): string {
  return `/treffen/${id}.ics`;
}

export function meetingEvent(meeting: Entry<'meetings'>, index: SiteIndex): CalendarEvent {
  const city = index.get('cities', meeting.data.city);
  return {
    uid: `${meeting.id}@${new URL(siteConfig.url).hostname}`,
    title: meeting.data.title,
    description: `${meeting.data.summary}\n${absoluteUrl(entryUrl('meetings', meeting.id))}`,
    location: city ? `${city.data.title}, ${city.data.state}` : meeting.data.city,
    url: absoluteUrl(entryUrl('meetings', meeting.id)),
    start: meeting.data.startDate,
    end: meeting.data.endDate ?? meeting.data.startDate,
    stamp: meeting.data.stand,
  };
}

export function meetingsCalendar(meetings: readonly Entry<'meetings'>[], index: SiteIndex): string {
  return calendar(`${siteConfig.name}: Treffen`, meetings.map((meeting) => meetingEvent(meeting, index)));
}
