/**
 * The meetings timeline: announced meetings (not yet over on the build
 * day) in date order, then past meetings by year, newest first. The site is
 * static, so "today" is the build day; the deploy workflow rebuilds daily
 * so that a meeting moves to the past the day after it ends.
 */
import type { Entry } from './site-data.ts';
import { yearOf } from './dates.ts';

type Meeting = Entry<'meetings'>;

export interface MeetingTimeline {
  upcoming: Meeting[];
  pastByYear: { year: number; meetings: Meeting[] }[];
}

/** The last day of a meeting, so one running today still counts as announced. */
const lastDay = (meeting: Meeting) => meeting.data.endDate ?? meeting.data.startDate;

/** Midnight UTC of the given moment's calendar day: content dates are stored that way. */
export function startOfDayUtc(moment: Date): Date {
  return new Date(Date.UTC(moment.getUTCFullYear(), moment.getUTCMonth(), moment.getUTCDate()));
}

export function meetingTimeline(meetings: readonly Meeting[], today: Date): MeetingTimeline {
  const day = startOfDayUtc(today).getTime();
  const byStart = (a: Meeting, b: Meeting) => a.data.startDate.getTime() - b.data.startDate.getTime();
  const upcoming = meetings.filter((meeting) => lastDay(meeting).getTime() >= day).sort(byStart);
  const past = meetings.filter((meeting) => lastDay(meeting).getTime() < day).sort((a, b) => byStart(b, a));
  const years = [...new Set(past.map((meeting) => yearOf(meeting.data.startDate)))];
  return {
    upcoming,
    pastByYear: years.map((year) => ({ year, meetings: past.filter((meeting) => yearOf(meeting.data.startDate) === year) })),
  };
}

/** The build day; WISSENSNETZ_TODAY (YYYY-MM-DD) fixes it for tests and reproducible builds. */
export function buildDay(): Date {
  const fixed = process.env.WISSENSNETZ_TODAY;
  if (fixed) {
    const parsed = new Date(`${fixed}T00:00:00Z`);
    if (Number.isNaN(parsed.getTime())) throw new Error(`WISSENSNETZ_TODAY="${fixed}" ist kein Datum im Format JJJJ-MM-TT.`);
    return parsed;
  }
  return startOfDayUtc(new Date());
}
