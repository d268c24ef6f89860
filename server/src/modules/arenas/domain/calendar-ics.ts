import { TZDate } from '@date-fns/tz';
import { ICalCalendar, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { OSLO_VTIMEZONE } from '../../meetings/domain/oslo-vtimezone.js';

/**
 * Calendar files for arena sessions (ADR 0006 "Calendar"), on the pattern of the dialogue
 * meetings' files (meetings/domain/ics.ts): Oslo wall-clock times with TZID=Europe/Oslo and the
 * VTIMEZONE in the file, DTSTAMP in UTC, one stable UID per session. A cancelled session is a
 * STATUS:CANCELLED event with a higher SEQUENCE, so a calendar that has it removes it; a file with
 * only cancelled sessions says METHOD:CANCEL. Pure: the same input gives the same file.
 */
export const ARENA_PRODID = { company: 'Samhandling', product: 'Samhandling arenas', language: 'NB' } as const;
const ZONE = 'Europe/Oslo';

export interface CalendarSession {
  sessionId: string;
  summary: string;
  description: string;
  location: string;
  startsAt: Date;
  endsAt: Date;
  cancelled: boolean;
  url: string | null;
}

export const sessionUid = (sessionId: string) => `arena-session-${sessionId}@samhandling`;

/** As in meetings/domain/ics.ts: URL is a URI value where a backslash would be literal. */
const uriValue = (url: string) => url.replace(/[,;\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export function arenaCalendar(sessions: readonly CalendarSession[], now: Date, name?: string): string {
  const allCancelled = sessions.length > 0 && sessions.every((s) => s.cancelled);
  const calendar = new ICalCalendar({
    prodId: ARENA_PRODID,
    method: allCancelled ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH,
    timezone: { name: null, generator: (zone: string) => (zone === ZONE ? OSLO_VTIMEZONE : null) },
    ...(name ? { name } : {}),
  });
  for (const s of sessions) {
    calendar.createEvent({
      id: sessionUid(s.sessionId),
      sequence: s.cancelled ? 1 : 0,
      stamp: now,
      start: new TZDate(s.startsAt.getTime(), ZONE),
      end: new TZDate(s.endsAt.getTime(), ZONE),
      timezone: ZONE,
      summary: s.cancelled ? `AVLYST: ${s.summary}` : s.summary,
      description: s.description,
      location: s.location || null,
      url: s.url ? uriValue(s.url) : null,
      status: s.cancelled ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}
